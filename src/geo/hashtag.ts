import { tokenWith, type Token } from '../model.js';

interface HashtagRule {
  name: string;
  /** The hashtag as a word token without its "#" (offsets moved past it), or null. */
  word(t: Token): Token | null;
  examples: { matches: string[]; mustNot: string[] };
}

/**
 * A capitalised hashtag ("#Kherson") names what the post is about, often its place: its word
 * is looked up like any other. Lower-case and camel-case tags ("#standwithukraine",
 * "#StandWithUkraine") are slogans, not names.
 *
 *   matches:  "Protesters gathered in #Kherson on Sunday."
 *   must not: "Rallies were held under #standwithukraine."
 */
export const hashtag: HashtagRule = {
  name: 'hashtags',
  word(t) {
    if (t.type !== 'hashtag' || !/^#\p{Lu}[\p{Ll}’'-]+$/u.test(t.text)) return null;
    return tokenWith(t, { start: t.start + 1, text: t.text.slice(1), type: 'word', pos: 'PROPN' });
  },
  examples: {
    matches: ['Protesters gathered in #Kherson on Sunday.'],
    mustNot: ['Rallies were held under #standwithukraine.', 'Rallies were held under #StandWithUkraine.'],
  },
};
