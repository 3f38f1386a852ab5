/**
 * The geo stage: toponyms in an article, each resolved to a GeoNames place, a first-level
 * region or a country, with a confidence and the evidence for it.
 */
import type { Article } from '../model.js';
import { tokenize } from '../text/analyse.js';
import { getGazetteer } from './gazetteer.js';
import { recognise } from './recognise.js';
import { resolveAll } from './resolve.js';

export { getGazetteer, type Candidate, type Gazetteer } from './gazetteer.js';
export { distanceKm, initialBearing } from './distance.js';
export { nameKey, fold, nameSimilarity } from './normalise.js';

/** Stage: fills `article.toponyms`. */
export function geoparse(article: Article): Article {
  const tokens = article.tokens ?? tokenize(article.text).tokens;
  const gazetteer = getGazetteer();
  const { found } = recognise(article.text, tokens, gazetteer);
  const toponyms = resolveAll(article.text, found, gazetteer);
  return { ...article, toponyms };
}
