/**
 * Bench: `sitrep export` holds a row at a time, not the corpus. Two stores of a generated corpus
 * (fused events, each with one to three reports and their articles; ./support/synthetic-corpus.ts),
 * one ten times the other, are exported in every format; each export's peak RSS on the large
 * store is a ratio against the same format on the small one, measured in the same run.
 *
 *   npm run bench:export [-- --events 10000,100000]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formats } from '../export/index.js';
import { Store } from '../store/index.js';
import { measured } from './support/measured.js';
import { syntheticCorpus } from './support/synthetic-corpus.js';

// peak RSS exporting 10× the events, against the small store: what a whole-corpus load could not meet
export const EXPORT_RSS_BAR = 1.5;

const fmt = (x: number, d = 1) => x.toFixed(d);

function buildStore(path: string, events: number): { articles: number; events: number } {
  const corpus = syntheticCorpus(events);
  const store = Store.open(path);
  try {
    store.db.transaction(() => {
      for (const a of corpus.articles) store.saveArticle(a);
    })();
    store.saveCorpus(corpus, corpus.articles);
    return { articles: corpus.articles.length, events: corpus.events.length };
  } finally {
    store.close();
  }
}

export async function run(argv: string[] = []): Promise<boolean> {
  const { values } = parseArgs({ args: argv, options: { events: { type: 'string' } } });
  const [small, large] = (values.events ?? '10000,100000').split(',').map(Number) as [number, number];
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-bench-'));
  let ok = true;
  try {
    const stores = [small, large].map((n) => {
      const db = join(dir, `store-${n}.db`);
      const built = buildStore(db, n);
      console.log(
        `store of ${built.events} events, ${built.articles} articles: ${fmt(statSync(db).size / 2 ** 20, 0)} MB`,
      );
      return db;
    });
    for (const format of Object.keys(formats)) {
      const [s, l] = stores.map((db) => {
        const out = join(dir, `out.${format}`);
        const usage = measured(['export', '--format', format, '--db', db, '-o', out]);
        if (usage.status !== 0) throw new Error(`export --format ${format} failed (${usage.status})`);
        return { ...usage, mb: statSync(out).size / 2 ** 20 };
      });
      const ratio = l!.maxRssMb / s!.maxRssMb;
      const met = ratio <= EXPORT_RSS_BAR;
      ok &&= met;
      console.log(
        `export --format ${format}: ${small} events ${fmt(s!.wallMs / 1000)} s, peak RSS ${fmt(s!.maxRssMb, 0)} MB (${fmt(s!.mb, 0)} MB written); ${large} events ${fmt(l!.wallMs / 1000)} s, peak RSS ${fmt(l!.maxRssMb, 0)} MB (${fmt(l!.mb, 0)} MB written): ${fmt(ratio, 2)}× — bar ≤ ${EXPORT_RSS_BAR}×: ${met ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await run(process.argv.slice(2)))) console.log('bench export: some bars not met (see above)');
}
