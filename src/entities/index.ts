import type { Entity, Place, Sentence, Token, ToponymMention } from '../model.js';
import { recogniseMentions } from './recognise.js';
import { resolveArticleEntities } from './resolve-article.js';
import { knowledge } from '../profiles/index.js';
import { territorialSides } from './sides/territorial.js';

export { corpusEntities, resolveEntities, withCorpusSpeakers, type CorpusEntities } from './resolve-corpus.js';
export { recogniseMentions } from './recognise.js';
export { resolveArticleEntities } from './resolve-article.js';

/** Sentence spans rebuilt from the tokens' sentence numbers. */
function sentencesOf(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  tokens.forEach((t, i) => {
    const last = out[out.length - 1];
    if (last && last.index === t.sentence) {
      last.end = t.end;
      last.tokenEnd = i + 1;
    } else out.push({ index: t.sentence, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
  });
  return out;
}

/**
 * The entities of one article: recognised mentions resolved within the article. Toponyms passed
 * with their resolved `place` (Article.toponyms as they are) also give officials tied to a place
 * their side; bare spans only keep place names out of people's names.
 */
export function articleEntities(
  articleId: string,
  text: string,
  tokens: Token[],
  placeSpans: { start: number; end: number; text?: string; place?: Place | null }[] = [],
): Entity[] {
  const entities = leaderSides(resolveArticleEntities(articleId, recogniseMentions(text, tokens, placeSpans)));
  const toponyms = placeSpans.filter((p): p is ToponymMention => !!p.place && typeof p.text === 'string');
  return toponyms.length ? territorialSides(entities, { text, toponyms, sentences: sentencesOf(tokens) }) : entities;
}

/** A person the conflict profiles list as a side's leader or official speaks for that side, when the words around say nothing. */
function leaderSides(entities: Entity[]): Entity[] {
  const k = knowledge();
  return entities.map((e) => {
    if (e.type !== 'person' || e.side) return e;
    const side = k.sideOfPerson(e.canonical);
    return side ? { ...e, side, sideEvidence: `${e.canonical} (a leader of ${side} in the conflict profiles)` } : e;
  });
}
