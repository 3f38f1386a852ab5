/**
 * `npm run eval:attribution`: source, cue and content spans against PolNeAR dev (BRAT standoff).
 * Where an article has several annotators' files, it is scored against each and the counts are
 * averaged, so every article weighs the same. Prints a table and writes eval-results/attribution.json.
 * `--split train` scores the train split instead (for studying patterns; dev is for measuring).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAttributions } from '../attribution/attribute.js';
import { textArticle } from '../model.js';
import { analyseText } from '../text/analyse.js';
import { parseBrat } from './brat.js';
import { type Counts, anyOverlap, matchSpans, prf, uniqueSpans } from './span-score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROLES = ['source', 'cue', 'content'] as const;
type Role = (typeof ROLES)[number];
const MODES = ['exact', 'overlap'] as const;
const BARS: Record<Role, number> = { source: 0.8, cue: 0.8, content: 0.8 };

function main(): number {
  const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
  const limit = process.argv.includes('--limit') ? Number(process.argv[process.argv.indexOf('--limit') + 1]) : Infinity;
  const dir = join(root, '..', 'shared', 'eval', 'attribution', 'polnear', split);
  if (!existsSync(join(dir, 'text'))) {
    console.log(`eval:attribution skipped: ${dir} not found (PolNeAR lives in ../shared)`);
    return 0;
  }
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann'));
  const byArticle = new Map<string, string[]>();
  for (const f of annFiles) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    byArticle.set(base, [...(byArticle.get(base) ?? []), f]);
  }
  const totals: Record<string, Counts> = {};
  for (const r of ROLES) for (const m of MODES) totals[`${r}/${m}`] = { tp: 0, predicted: 0, gold: 0 };
  // lenient overlap (reported for comparison with papers that use it; the bars use one-to-one)
  const lenient: Record<Role, { predictedHit: number; predicted: number; goldHit: number; gold: number }> = {
    source: { predictedHit: 0, predicted: 0, goldHit: 0, gold: 0 },
    cue: { predictedHit: 0, predicted: 0, goldHit: 0, gold: 0 },
    content: { predictedHit: 0, predicted: 0, goldHit: 0, gold: 0 },
  };
  let articles = 0;
  let annotations = 0;
  let claims = 0;
  const started = Date.now();
  for (const name of [...byArticle.keys()].sort()) {
    if (articles >= limit) break;
    const textPath = join(dir, 'text', `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const article = textArticle(text, name, { path: textPath });
    const found = findAttributions(analyseText(article)).claims;
    claims += found.length;
    const predicted: Record<Role, [number, number][]> = {
      source: uniqueSpans(found.flatMap((c) => (c.source ? [c.source] : []))).map((s) => [s.start, s.end]),
      cue: uniqueSpans(found.flatMap((c) => (c.cue ? [c.cue] : []))).map((s) => [s.start, s.end]),
      content: uniqueSpans(found.map((c) => c.content)).map((s) => [s.start, s.end]),
    };
    const files = byArticle.get(name)!;
    const sums: Record<string, Counts> = {};
    for (const k of Object.keys(totals)) sums[k] = { tp: 0, predicted: 0, gold: 0 };
    for (const f of files) {
      const rels = parseBrat(readFileSync(join(dir, 'attributions', f), 'utf8'), text);
      annotations++;
      for (const r of ROLES) {
        const gold = uniqueSpans(rels.flatMap((x) => (x[r] ? [x[r]] : [])));
        const l = anyOverlap(text, predicted[r], gold);
        lenient[r].predictedHit += l.predictedHit / files.length;
        lenient[r].predicted += l.predicted / files.length;
        lenient[r].goldHit += l.goldHit / files.length;
        lenient[r].gold += l.gold / files.length;
        for (const m of MODES) {
          const c = matchSpans(text, predicted[r], gold, m);
          const s = sums[`${r}/${m}`];
          s.tp += c.tp;
          s.predicted += c.predicted;
          s.gold += c.gold;
        }
      }
    }
    for (const k of Object.keys(totals)) {
      totals[k].tp += sums[k].tp / files.length;
      totals[k].predicted += sums[k].predicted / files.length;
      totals[k].gold += sums[k].gold / files.length;
    }
    articles++;
  }
  const seconds = (Date.now() - started) / 1000;
  const results: Record<
    string,
    { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }
  > = {};
  const lines = [
    `PolNeAR ${split}: ${articles} articles, ${annotations} annotation files, ${claims} claims found (${seconds.toFixed(1)} s)`,
    '',
  ];
  lines.push('span     match      P      R      F1     bar');
  for (const r of ROLES) {
    for (const m of MODES) {
      const c = totals[`${r}/${m}`];
      const s = prf(c);
      results[`${r}/${m}`] = { ...s, tp: round(c.tp), predicted: round(c.predicted), gold: round(c.gold) };
      const bar = m === 'overlap' ? `${s.f1 >= BARS[r] ? 'met' : 'NOT met'} (>= ${BARS[r].toFixed(2)})` : '';
      lines.push(
        `${r.padEnd(8)} ${m.padEnd(8)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  ${bar}`,
      );
    }
  }
  const lenientResults: Record<string, { precision: number; recall: number; f1: number }> = {};
  for (const r of ROLES) {
    const l = lenient[r];
    const precision = l.predicted ? l.predictedHit / l.predicted : 0;
    const recall = l.gold ? l.goldHit / l.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    lenientResults[`${r}/any-overlap`] = { precision, recall, f1 };
    lines.push(
      `${r.padEnd(8)} ${'any-ovl'.padEnd(8)} ${precision.toFixed(3)}  ${recall.toFixed(3)}  ${f1.toFixed(3)}  (lenient, not one-to-one; for comparison only)`,
    );
  }
  console.log(lines.join('\n'));
  const out = join(root, 'eval-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, split === 'dev' ? 'attribution.json' : `attribution-${split}.json`),
    JSON.stringify(
      {
        dataset: `PolNeAR ${split}`,
        articles,
        annotationFiles: annotations,
        claims,
        seconds,
        bars: BARS,
        barsUse: 'overlap, one-to-one',
        results,
        lenient: lenientResults,
      },
      null,
      2,
    ) + '\n',
  );
  return 0;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

process.exitCode = main();
