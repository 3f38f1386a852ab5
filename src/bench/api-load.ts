/**
 * Bench: the HTTP API under load. autocannon drives each GET route on 127.0.0.1 with 100
 * connections (30 s each by default) over two corpora — the five seed reports analysed with their
 * control maps, when ../shared holds them, and 20,000 generated events — and prints requests per
 * second, p50 and p99 latency, errors and the server's RSS before and after. Then the list route
 * again while articles are being POSTed one after another (each runs the pipeline), as an analyst's
 * GETs would meet a colleague's upload. Bars: no errors, p99 under 200 ms on every GET route, also
 * during the POSTs.
 *
 *   npm run bench:server [-- --duration SECONDS] [--connections N] [--events N]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { Corpus } from '../model.js';
import { buildServer, defaultWebRoot } from '../server/app.js';
import { threadWriter } from '../server/writer.js';
import { saveControlSnapshot } from '../store/control.js';
import { Store } from '../store/index.js';
import { loadSnapshots, runPipeline } from '../eval/seeds.js';
import { syntheticCorpus } from './support/synthetic-corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared');
const TOKEN = 'bench-token-0123456789';
const BAR_P99_MS = 200;

interface Row {
  route: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function drive(url: string, connections: number, duration: number): Promise<Omit<Row, 'route'>> {
  const r = await autocannon({ url, connections, duration });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const mb = () => Math.round(process.memoryUsage().rss / 1e6);

/**
 * The server runs in a worker thread of its own, so that autocannon (on this thread) does not
 * share its event loop: the figures are the server's, not the client's.
 */
interface Served {
  url: string;
  events: number;
  articles: number;
  heaviest: { id: string; reports: number } | null;
}

async function corpusOf(kind: 'seeds' | 'generated', events: number): Promise<Corpus> {
  if (kind === 'generated') return syntheticCorpus(events);
  const maps = join(shared, 'reference', 'deepstate');
  const control = existsSync(maps) ? loadSnapshots(maps).snapshots : undefined;
  return (await runPipeline(join(shared, 'corpus', 'seeds'), control)).corpus;
}

/** The corpus written to a new store in `dir`, as `analyze` and `control import` leave one. */
function storeOf(corpus: Corpus, dir: string): string {
  const db = join(dir, 'bench.db');
  const store = Store.open(db);
  store.db.transaction(() => {
    for (const a of corpus.articles) store.saveArticle(a);
    for (const s of corpus.control ?? []) saveControlSnapshot(store, s);
  })();
  store.saveCorpus(corpus);
  store.close();
  return db;
}

async function serveInWorker(): Promise<void> {
  const { kind, events } = workerData as { kind: 'seeds' | 'generated'; events: number };
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  // served as `sitrep serve` serves a store: read, followed and written by the writer thread
  const writer = await threadWriter({ db: storeOf(await corpusOf(kind, events), dir), warm: true });
  const corpus = writer.takeInitial();
  const app = await buildServer({ corpus, writer, webRoot: defaultWebRoot(), allowWrite: true, token: TOKEN });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const heaviest = [...corpus.events].sort((a, b) => b.reports.length - a.reports.length)[0];
  const served: Served = {
    url,
    events: corpus.events.length,
    articles: corpus.articles.length,
    heaviest: heaviest ? { id: heaviest.id, reports: heaviest.reports.length } : null,
  };
  parentPort!.postMessage(served);
  parentPort!.on(
    'message',
    () =>
      void app.close().then(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      }),
  );
}

async function loadCorpus(
  name: 'seeds' | 'generated',
  events: number,
  opts: { connections: number; duration: number },
): Promise<boolean> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { kind: name, events } });
  const served = await new Promise<Served>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
  const base = served.url;
  let ok = true;
  try {
    const routes: [string, string][] = [
      ['list of 100 events', '/api/events?limit=100'],
      [`one event (${served.heaviest?.reports ?? 0} reports)`, `/api/events/${served.heaviest?.id ?? 'none'}`],
      ['OpenAPI document', '/api/openapi.json'],
      ['the page', '/'],
    ];
    const before = mb();
    console.log(
      `\n${name}: ${served.events} events, ${served.articles} articles; ${opts.connections} connections, ${opts.duration} s per route; process RSS ${before} MB`,
    );
    const rows: Row[] = [];
    for (const [route, path] of routes)
      rows.push({ route, ...(await drive(base + path, opts.connections, opts.duration)) });
    // the list again while articles are POSTed one after another
    let posted = 0;
    let postFailed = 0;
    let stop = false;
    const poster = (async () => {
      while (!stop) {
        const text = `Troops shelled the outskirts of a frontline town on Monday, the regional governor said in bulletin ${posted + 1}. Two people were wounded.`;
        const res = await fetch(`${base}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({
            text,
            title: `Bulletin ${posted + 1}`,
            published: '2022-09-12',
            outlet: 'Bench Wire',
          }),
        });
        if (res.status === 201) posted++;
        else postFailed++;
      }
    })();
    rows.push({
      route: 'list of 100 events, while POSTs are analysed',
      ...(await drive(`${base}/api/events?limit=100`, opts.connections, opts.duration)),
    });
    stop = true;
    await poster;

    const after = mb();
    for (const r of rows) {
      const met = r.errors === 0 && r.non2xx === 0 && r.p99 < BAR_P99_MS;
      ok &&= met;
      console.log(
        `  ${r.route.padEnd(48)} ${Math.round(r.rps).toString().padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  errors ${r.errors}  non-2xx ${r.non2xx} — bar p99 < ${BAR_P99_MS} ms, no errors: ${met ? 'met' : 'NOT met'}`,
      );
    }
    console.log(`  POSTs analysed during the last run: ${posted} (${postFailed} failed); RSS ${before} → ${after} MB`);
  } finally {
    worker.postMessage('stop');
    await new Promise((done) => worker.once('exit', done));
  }
  return ok;
}

export async function run(argv: string[] = process.argv.slice(2)): Promise<boolean> {
  const { values } = parseArgs({
    args: argv,
    options: { duration: { type: 'string' }, connections: { type: 'string' }, events: { type: 'string' } },
  });
  const opts = { duration: Number(values.duration ?? 30), connections: Number(values.connections ?? 100) };
  let ok = true;
  const seeds = join(shared, 'corpus', 'seeds');
  if (existsSync(seeds)) {
    ok = (await loadCorpus('seeds', 0, opts)) && ok;
  } else console.log(`bench server: the seeds part skipped, ${seeds} is absent`);
  ok = (await loadCorpus('generated', Number(values.events ?? 20_000), opts)) && ok;
  return ok;
}

if (!isMainThread) await serveInWorker();
else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ok = await run();
  if (!ok) console.log('\nbench server: some bars not met (see above)');
}
