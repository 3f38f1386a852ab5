/**
 * Split runs on real reporting (part of `npm run soak`): N news texts of TR-News and GeoWebNews
 * (../shared, read in place; most carry no date, so batch dating matters) analysed
 *   - in one run,
 *   - in two runs, the first N - tail and then the last tail,
 *   - by two writers at once, each given half,
 * and each store compared table by table with the one-run store: rows that differ are counted by
 * table. The bar is none.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGritta } from '../eval/geo-data.js';
import { Store } from '../store/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'sitrep.js');
const shared = resolve(root, '..', 'shared', 'eval', 'geoparse');

function dumpTables(db: string): Map<string, string[]> {
  const store = Store.open(db);
  try {
    const tables = new Map<string, string[]>();
    let current = '';
    for (const line of store.dump().split('\n')) {
      if (line.startsWith('== ')) tables.set((current = line.slice(3)), []);
      else if (line) tables.get(current)?.push(line);
    }
    return tables;
  } finally {
    store.close();
  }
}

/** Rows of each table that one store has and the other has not (both ways), by table. */
function differences(a: Map<string, string[]>, b: Map<string, string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const table of new Set([...a.keys(), ...b.keys()])) {
    const x = new Set(a.get(table) ?? []);
    const y = new Set(b.get(table) ?? []);
    let n = 0;
    for (const r of x) if (!y.has(r)) n++;
    for (const r of y) if (!x.has(r)) n++;
    if (n) out.set(table, n);
  }
  return out;
}

const analyze = (files: string[], db: string) =>
  spawnSync(process.execPath, [bin, 'analyze', ...files, '--db', db], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

function analyzeAsync(files: string[], db: string): Promise<number | null> {
  return new Promise((done) =>
    spawn(process.execPath, [bin, 'analyze', ...files, '--db', db], { cwd: root, stdio: 'ignore' }).on('exit', (code) =>
      done(code),
    ),
  );
}

/** Returns true when every split gave the one-run store; false (with what differs) otherwise; null without ../shared. */
export async function splitRuns(dir: string, n: number, tail: number): Promise<boolean | null> {
  if (!existsSync(join(shared, 'tr-news.xml'))) {
    console.log('split runs: ../shared/eval/geoparse is not here; skipped');
    return null;
  }
  const texts = (['tr-news', 'geowebnews'] as const).flatMap((kind) =>
    parseGritta(readFileSync(join(shared, `${kind}.xml`), 'utf8'), kind).docs.map((d) => d.text),
  );
  const inputs = join(dir, 'split-inputs');
  mkdirSync(inputs, { recursive: true });
  const files = texts.slice(0, n).map((text, i) => {
    const file = join(inputs, `report-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const t0 = performance.now();
  const whole = join(dir, 'split-whole.db');
  const r = analyze(files, whole);
  if (r.status !== 0) throw new Error(`the one run failed: ${r.stderr.slice(0, 400)}`);
  const expected = dumpTables(whole);
  const undated = Number(
    (() => {
      const s = Store.open(whole);
      try {
        return s.loadArticles({ layers: false }).filter((a) => a.read_dates || !a.published).length;
      } finally {
        s.close();
      }
    })(),
  );
  console.log(
    `split runs: ${files.length} real reports, ${undated} of them dated from the others or undated; one run ${Math.round((performance.now() - t0) / 1000)} s`,
  );

  let same = true;
  const report = (what: string, db: string) => {
    const diff = differences(expected, dumpTables(db));
    const rows = [...diff];
    if (rows.length) same = false;
    console.log(
      `  ${what}: ${rows.length ? `DIFFERS — ${rows.map(([t, k]) => `${t} ${k} rows`).join(', ')}` : 'equals the one-run store'}`,
    );
  };

  const split = join(dir, 'split-two-runs.db');
  for (const part of [files.slice(0, files.length - tail), files.slice(files.length - tail)]) {
    const run = analyze(part, split);
    if (run.status !== 0) throw new Error(`a split run failed: ${run.stderr.slice(0, 400)}`);
  }
  report(`${files.length - tail} then ${tail}`, split);

  const writers = join(dir, 'split-two-writers.db');
  // the store exists before the writers race for it (two new stores racing is its own test)
  const first = analyze(files.slice(0, 1), writers);
  if (first.status !== 0) throw new Error(`the first article failed: ${first.stderr.slice(0, 400)}`);
  const half = Math.ceil(files.length / 2);
  const codes = await Promise.all([
    analyzeAsync(files.slice(0, half), writers),
    analyzeAsync(files.slice(half), writers),
  ]);
  if (codes.some((c) => c !== 0)) throw new Error(`a writer exited ${codes.join(', ')}`);
  report('two writers given halves at once', writers);
  return same;
}
