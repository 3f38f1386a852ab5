/**
 * Benchmark of the attribution stage with its learned tagger: per article, the stage (patterns,
 * tagger, entities, linking) against the whole per-article analysis it is part of
 * (analyseArticle: text, geo, quantities, time, attribution, events, checks) and against the
 * patterns alone, measured in the same run over the same text. Bar: attribution is at most
 * BAR_SHARE of the whole analysis, so the tagger is never the stage a user waits for. Reading
 * the model file is timed on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAttributions, patternFindings } from '../attribution/attribute.js';
import { shippedModel } from '../attribution/tagger/index.js';
import { textArticle, type Article } from '../model.js';
import { analyseArticle } from '../pipeline.js';
import { analyseText } from '../text/analyse.js';
import { ms, timeEach } from './support/timing.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BAR_SHARE = 0.5;

const article = (path: string): Article => textArticle(readFileSync(path, 'utf8'), path);

export function run(): void {
  const dirs = [join(root, 'examples', 'kharkiv-2022'), resolve(root, '../shared/corpus/seeds')].filter(existsSync);
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => join(d, f)),
  );
  const t0 = process.hrtime.bigint();
  const model = shippedModel();
  console.log(
    model
      ? `model read in ${ms(t0).toFixed(0)} ms (${model.features.size} features; ${model.trainedOn})`
      : 'no model file: patterns only',
  );
  analyseArticle(article(files[0])); // the gazetteer loads on first use
  console.log('article | sentences | claims | patterns ms | attribution ms | whole analysis ms | attribution share');
  let whole = 0;
  let full = 0;
  let patterns = 0;
  let sentences = 0;
  let tokens = 0;
  for (const f of files) {
    const a = article(f);
    const analysed = analyseText(a);
    const tPatterns = timeEach(() => patternFindings(analysed.text, analysed.tokens!, analysed.sentences!));
    const tFull = timeEach(() => findAttributions(analysed));
    const tWhole = timeEach(() => analyseArticle(a));
    const claims = findAttributions(analysed).claims.length;
    whole += tWhole;
    full += tFull;
    patterns += tPatterns;
    sentences += analysed.sentences!.length;
    tokens += analysed.tokens!.length;
    console.log(
      `${f.slice(root.length + 1)} | ${analysed.sentences!.length} | ${claims} | ${tPatterns.toFixed(2)} | ${tFull.toFixed(2)} | ${tWhole.toFixed(2)} | ${((tFull / tWhole) * 100).toFixed(0)}%`,
    );
  }
  const share = full / whole;
  console.log(
    `all ${files.length} articles, ${tokens} tokens: patterns ${patterns.toFixed(1)} ms, attribution ${full.toFixed(1)} ms (${((tokens / full) * 1000).toFixed(0)} tokens/s, ${((sentences / full) * 1000).toFixed(0)} sentences/s), whole analysis ${whole.toFixed(1)} ms`,
  );
  console.log(
    `attribution share of the whole analysis ${(share * 100).toFixed(0)}% — bar <= ${BAR_SHARE * 100}%: ${share <= BAR_SHARE ? 'met' : 'NOT met'}`,
  );
}
