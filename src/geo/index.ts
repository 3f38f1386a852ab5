/**
 * The geo stage: toponyms in an article, each resolved to a GeoNames place, a first-level
 * region or a country, with a confidence and the evidence for it.
 */
import type { Article, DemonymMention, ToponymMention } from '../model.js';
import { tokenize } from '../text/analyse.js';
import { getGazetteer } from './gazetteer.js';
import { recognise } from './recognise.js';
import { resolveAll } from './resolve.js';

export { getGazetteer, type Candidate, type Gazetteer } from './gazetteer.js';
export { distanceKm, initialBearing } from './distance.js';
export { nameKey, fold, nameSimilarity } from './normalise.js';

/** Stage: fills `article.toponyms` and, apart from them, `article.demonyms`. */
export function geoparse(article: Article): Article {
  const tokens = article.tokens ?? tokenize(article.text).tokens;
  const gazetteer = getGazetteer();
  const { found } = recognise(article.text, tokens, gazetteer);
  const toponyms: ToponymMention[] = [];
  const demonyms: DemonymMention[] = [];
  // demonyms take part in resolution (they say which country a story is about) but are no places
  for (const { demonym, ...t } of resolveAll(article.text, found, gazetteer)) {
    if (demonym && t.place)
      demonyms.push({ start: t.start, end: t.end, text: t.text, place: t.place, confidence: t.confidence });
    else toponyms.push(t);
  }
  return { ...article, toponyms, demonyms };
}
