/**
 * Bench: the PostgreSQL store and its workers (the scale-out issue), every figure from this run.
 *
 *   1. throughput: the same articles analysed by `analyze --jobs 1` into SQLite, by
 *      `analyze --jobs 1` into PostgreSQL, and queued and drained by one `sitrep worker` and by
 *      two worker processes (each --jobs 1); articles per second from the start of the workers to
 *      the last article stored, model loading included, as a user would see it;
 *   2. the drain: three workers take a queue of --articles (default 2,000); one is killed with
 *      SIGKILL a quarter of the way, another stopped with SIGTERM half way; then `sitrep status`:
 *      every article stored once, no job lost, failures listed.
 *
 * Real news texts (../shared, TR-News and GeoWebNews), each copy with a line of its own.
 * Needs PostgreSQL (SITREP_BENCH_PG, default postgres://postgres@127.0.0.1:5432/test); each run
 * uses schemas of its own and drops them.
 *
 *   npm run bench:queue [-- --articles 2000 --throughput 300]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { QueueStatus } from '../queue/index.js';
import { corpus, NEWS_TEXTS, texts } from './support/news-corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin', 'sitrep.js');
const PG = process.env.SITREP_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });

function storeUrl(schema: string): string {
  const u = new URL(PG);
  u.searchParams.set('schema', schema);
  return u.toString();
}

function status(url: string): QueueStatus {
  const r = cli(['status', '--db', url, '--json']);
  if (r.status !== 0) throw new Error(`status failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as QueueStatus;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function worker(url: string): ChildProcess {
  return spawn(
    process.execPath,
    [bin, 'worker', '--db', url, '--jobs', '1', '--corpus-every', '100000', '--corpus-idle', '2', '--sweep', '5'],
    { stdio: 'ignore' },
  );
}

const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.on('exit', () => r())));

/** Queues `input`, starts `n` workers, returns seconds until every article is stored (the corpus pass not included). */
async function drain(url: string, input: string, articles: number, n: number): Promise<number> {
  const q = cli(['analyze', input, '--db', url, '--queue', '--lease', '120']);
  if (q.status !== 0) throw new Error(q.stderr);
  const t0 = performance.now();
  const workers = Array.from({ length: n }, () => worker(url));
  while (status(url).stored < articles) await sleep(200);
  const seconds = (performance.now() - t0) / 1000;
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map(exited));
  return seconds;
}

/** Completed jobs that needed more than one attempt. */
async function retried(url: string): Promise<number> {
  const schema = new URL(url).searchParams.get('schema')!;
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT retry_count FROM ${schema}_queue.job UNION ALL SELECT retry_count FROM ${schema}_queue.archive) j WHERE retry_count > 0`,
    );
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function dropSchemas(schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  for (const s of schemas)
    await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE; DROP SCHEMA IF EXISTS ${s}_queue CASCADE`);
  await client.end();
}

const fmt = (x: number, d = 1) => x.toFixed(d);

export async function run(argv: string[] = []): Promise<boolean> {
  const { values } = parseArgs({
    args: argv,
    options: { articles: { type: 'string' }, throughput: { type: 'string' } },
  });
  if (!existsSync(NEWS_TEXTS)) {
    console.log(`bench queue: needs ${NEWS_TEXTS}; not run`);
    return true;
  }
  const total = Number(values.articles ?? 2000);
  const tp = Number(values.throughput ?? 300);
  const base = texts();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-bench-'));
  const tag = `bench_${process.pid}`;
  const schemas: string[] = [];
  const fresh = (name: string) => {
    schemas.push(`${tag}_${name}`);
    return storeUrl(`${tag}_${name}`);
  };
  let ok = true;
  try {
    const input = join(dir, 'tp.jsonl');
    writeFileSync(input, corpus(base, tp));
    const rate = (seconds: number) => tp / seconds;

    let t0 = performance.now();
    if (cli(['analyze', input, '--db', join(dir, 'tp.db'), '--jobs', '1']).status !== 0)
      throw new Error('analyze into SQLite failed');
    const sqlite = (performance.now() - t0) / 1000;
    t0 = performance.now();
    if (cli(['analyze', input, '--db', fresh('analyze'), '--jobs', '1']).status !== 0)
      throw new Error('analyze into PostgreSQL failed');
    const postgres = (performance.now() - t0) / 1000;
    const one = await drain(fresh('one'), input, tp, 1);
    const two = await drain(fresh('two'), input, tp, 2);
    console.log(`throughput, ${tp} articles (articles per second, start-up included):`);
    console.log(`| run | wall | articles/s |`);
    console.log(`|---|---|---|`);
    console.log(`| analyze --jobs 1, SQLite | ${fmt(sqlite)} s | ${fmt(rate(sqlite))} |`);
    console.log(`| analyze --jobs 1, PostgreSQL | ${fmt(postgres)} s | ${fmt(rate(postgres))} |`);
    console.log(`| 1 worker (--jobs 1), PostgreSQL queue | ${fmt(one)} s | ${fmt(rate(one))} |`);
    console.log(`| 2 workers (--jobs 1 each), PostgreSQL queue | ${fmt(two)} s | ${fmt(rate(two))} |`);
    const ratio = one / two;
    const met = ratio >= 1.6;
    ok &&= met;
    console.log(`two workers / one: ${fmt(ratio, 2)}× — bar ≥ 1.6×: ${met ? 'met' : 'NOT met'}`);

    // the drain with a kill and a stop
    const url = fresh('drain');
    const drainInput = join(dir, 'drain.jsonl');
    writeFileSync(drainInput, corpus(base, total));
    const q = cli(['analyze', drainInput, '--db', url, '--queue', '--lease', '30']);
    if (q.status !== 0) throw new Error(q.stderr);
    const start = performance.now();
    const workers = [worker(url), worker(url), worker(url)];
    let killed = false;
    let stopped = false;
    for (;;) {
      const s = status(url);
      if (!killed && s.stored >= total / 4) {
        workers[0]!.kill('SIGKILL');
        killed = true;
        console.log(`drain: SIGKILL to a worker at ${s.stored} stored`);
      }
      if (!stopped && s.stored >= total / 2) {
        workers[1]!.kill('SIGTERM');
        stopped = true;
        console.log(`drain: SIGTERM to a worker at ${s.stored} stored`);
      }
      if (s.states.completed === total && s.states.active === 0 && s.awaitingCorpus === 0) break;
      if ((performance.now() - start) / 1000 > total * 2) throw new Error('the drain did not finish');
      await sleep(1000);
    }
    const seconds = (performance.now() - start) / 1000;
    const s = status(url);
    console.log(
      `drain of ${total}: ${fmt(seconds)} s with 3, then 2, then 1 worker; ${cli(['status', '--db', url]).stdout.trim().replace(/\n/g, '\n  ')}`,
    );
    const once = s.stored === total && s.states.completed === total;
    ok &&= once;
    console.log(
      `every article stored exactly once, no job lost: ${once ? 'met' : 'NOT met'} (${s.stored} stored, ${s.states.completed} jobs completed, ${s.states.failed} failed)`,
    );
    console.log(
      `jobs taken again after an attempt failed or its lease ran out (the killed worker's): ${await retried(url)}`,
    );
    workers[2]!.kill('SIGTERM');
    await Promise.all(workers.map(exited));
  } finally {
    await dropSchemas(schemas).catch((err: Error) => console.log(`bench queue: schemas not dropped: ${err.message}`));
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await run(process.argv.slice(2)))) console.log('bench queue: some bars not met (see above)');
}
