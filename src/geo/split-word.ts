import { tokenWith, type Token } from '../model.js';

interface SplitWordRule {
  name: string;
  /** The tokens with each word that the tokenizer split at a rare letter joined again. */
  join(tokens: Token[]): Token[];
  examples: { matches: string[]; mustNot: string[] };
}

/**
 * The tokenizer cuts a word at a letter it does not know ("Homieĺ" → "Homie" + "ĺ", as in
 * Łacinka, a Latin script for be): letters that touch a word with no space between belong to it.
 *
 *   matches:  "Trains were unloaded in Homieĺ overnight."   "The convoy passed through Prešov at noon."
 *   must not: "Trains were unloaded in Homiel , overnight."
 */
export const splitWord: SplitWordRule = {
  name: 'words split at a rare letter',
  join(tokens) {
    const out: Token[] = [];
    // "Prešov" comes as "Pre" + "š" + "ov": once joined, the rest of the word follows
    let joined = false;
    for (const t of tokens) {
      const last = out[out.length - 1];
      const touching =
        !!last &&
        last.end === t.start &&
        last.sentence === t.sentence &&
        /^[\p{L}\p{M}]+$/u.test(t.text) &&
        /[\p{L}\p{M}]$/u.test(last.text);
      if (touching && (joined || (/\P{ASCII}/u.test(t.text) && (t.type === 'unk' || last.type === 'unk')))) {
        out[out.length - 1] = tokenWith(last, { end: t.end, text: last.text + t.text, type: 'word' });
        joined = true;
      } else {
        out.push(t);
        joined = false;
      }
    }
    return out;
  },
  examples: {
    matches: ['Trains were unloaded in Homieĺ overnight.', 'The convoy passed through Prešov at noon.'],
    mustNot: ['Trains were unloaded in Homiel , overnight.'],
  },
};
