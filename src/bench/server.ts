/**
 * Bench: the page ready (API answered, map, timeline and list drawn) over a generated corpus of
 * 10,000 events, in Debian's chromium, against a baseline measured in the same run — the same
 * page over an empty corpus. The generated corpus is written to a SQLite store first and read
 * back as `sitrep serve` reads it, and the server's start (store read + indices) is timed too.
 * Also the time to apply a filter and to open an event at that size. Bar: ready in under 2 s.
 *
 *   npm run build && node dist/bench/server.js [--events N] [--runs N]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Corpus } from '../model.js';
import { buildServer, defaultWebRoot } from '../server/app.js';
import { Store } from '../store/index.js';
import { syntheticCorpus } from './support/synthetic-corpus.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
// prettier-ignore
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(browser: BrowserContext, corpus: Corpus, webRoot: string, runs: number) {
  const app = await buildServer({ corpus, webRoot });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const ready: number[] = [];
  const filter: number[] = [];
  const select: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage();
      await page.goto(`${base}/`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      // navigation start → the page's own 'sitrep-ready' mark
      const t = await page.evaluate('performance.getEntriesByName("sitrep-ready")[0].startTime');
      if (i > 0) ready.push(t as number); // the first run warms the server and the disk cache
      if (corpus.events.length > 0 && i > 0) {
        filter.push(
          (await page.evaluate(`(async () => {
            const list = document.querySelector('#list');
            const before = list.dataset.count;
            const sel = document.querySelector('select[name=type]');
            const t0 = performance.now();
            sel.value = sel.options[1].value;
            sel.dispatchEvent(new Event('change', { bubbles: true }));
            while (list.dataset.count === before) await new Promise((r) => setTimeout(r, 0));
            await new Promise((r) => requestAnimationFrame(() => r()));
            return performance.now() - t0;
          })()`)) as number,
        );
        select.push(
          (await page.evaluate(`(async () => {
            const row = document.querySelector('#list [role=option]');
            const id = row.dataset.event;
            const t0 = performance.now();
            row.click();
            while (!document.querySelector('.event-detail[data-event="' + id + '"]')) await new Promise((r) => setTimeout(r, 0));
            await new Promise((r) => requestAnimationFrame(() => r()));
            return performance.now() - t0;
          })()`)) as number,
        );
      }
      await page.close();
    }
  } finally {
    await app.close();
  }
  return {
    ready: median(ready),
    filter: filter.length ? median(filter) : null,
    select: select.length ? median(select) : null,
  };
}

interface ServerBenchResult {
  /** the printed report */
  text: string;
  /** the bar (ready < 2 s) is met */
  pass: boolean;
}

/** Runs the bench; null (with the reason on stderr) when chromium or the built page is missing. */
async function runServerBench(n = 10000, runs = 5): Promise<ServerBenchResult | null> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `bench server: no chromium at ${CHROMIUM} (apt-get install chromium, or set SITREP_CHROMIUM)\n`,
    );
    return null;
  }
  const webRoot = defaultWebRoot();
  if (!webRoot) {
    process.stderr.write('bench server: the page is not built; run `npm run build` first\n');
    return null;
  }
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const empty = await measure(
      browser,
      { articles: [], entities: [], events: [], disputes: [], checks: [] },
      webRoot,
      runs,
    );
    // the generated corpus goes through a store, as `sitrep serve` would read it
    const generated = syntheticCorpus(n);
    const dbPath = join(profile, 'bench.db');
    const writer = Store.open(dbPath);
    writer.db.transaction(() => {
      for (const a of generated.articles) writer.saveArticle(a);
    })();
    writer.saveCorpus(generated);
    writer.close();
    const t0 = performance.now();
    const store = Store.open(dbPath);
    const corpus = store.loadCorpus();
    store.close();
    const probe = await buildServer({ corpus, webRoot });
    const start = performance.now() - t0;
    await probe.close();
    const full = await measure(browser, corpus, webRoot, runs);
    const ratio = full.ready / empty.ready;
    const pass = full.ready < 2000;
    const lines = [
      `server bench: page ready in chromium, median of ${runs} runs`,
      `  baseline (empty corpus)   ready ${empty.ready.toFixed(0)} ms`,
      `  ${n.toLocaleString('en')} events (${corpus.articles.length.toLocaleString('en')} articles)  ready ${full.ready.toFixed(0)} ms  = ${ratio.toFixed(2)}× baseline`,
      `  server start over the store (read ${corpus.events.length.toLocaleString('en')} events, build indices): ${start.toFixed(0)} ms`,
      `  filter by event_type: ${full.filter?.toFixed(0)} ms; open an event: ${full.select?.toFixed(0)} ms`,
      `  bar: ready < 2000 ms — ${pass ? 'met' : 'NOT met'}`,
    ];
    return { text: lines.join('\n'), pass };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** For `npm run bench`: the default sizes, printed. */
export async function run(): Promise<void> {
  const result = await runServerBench();
  if (result) console.log(result.text);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { events: { type: 'string' }, runs: { type: 'string' } } });
  const result = await runServerBench(Number(values.events ?? 10000), Number(values.runs ?? 5));
  if (!result) return 2;
  process.stdout.write(result.text + '\n');
  return result.pass ? 0 : 1;
}

// run when executed (node dist/bench/server.js), not when imported by the bench index
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`bench server: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
