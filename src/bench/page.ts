/**
 * Bench: the page with many events, in Debian's chromium (playwright-core), every figure from
 * this run, with 1,000 events as the baseline:
 *   - time to first render: from navigation to the page's `data-ready` (events loaded, map,
 *     list and timeline drawn);
 *   - panning: the map dragged to and fro for two seconds with the mouse, then let go; the
 *     intervals between animation frames meanwhile and during the redraw that follows (p50, p95,
 *     max, and the share of frames slower than 50 ms).
 * The events are generated (src/bench/support/synthetic-corpus.ts), served by the real server
 * in this process; the page is the build in dist/web (`npm run build`).
 *
 *   npm run bench:page [-- --events 20000]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildServer, defaultWebRoot } from '../server/app.js';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../testing/chromium.js';
import { syntheticCorpus } from './support/synthetic-corpus.js';

interface Figures {
  events: number;
  firstRenderMs: number;
  frames: number;
  p50: number;
  p95: number;
  max: number;
  slow: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function measure(events: number, webRoot: string): Promise<Figures> {
  const app = await buildServer({ corpus: syntheticCorpus(events), webRoot });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // a first load warms the server's caches and the browser's code cache, as a returning analyst has
    await page.goto(`${base}/`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    const t0 = performance.now();
    await page.goto(`${base}/`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    const firstRenderMs = performance.now() - t0;

    // frame intervals while the map is dragged
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; recording: boolean };
      w.frames_ = [];
      w.recording = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.frames_.push(t - last);
        last = t;
        if (w.recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const box = (await page.locator('#map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const before = await page.locator('#map .leaflet-map-pane').getAttribute('style');
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const start = performance.now();
    for (let i = 0; performance.now() - start < 2000; i++) {
      // back and forth across a third of the map
      const dx = Math.sin(i / 10) * box.width * 0.33;
      await page.mouse.move(cx + dx, cy + dx / 3);
    }
    await page.mouse.up();
    // the redraw after the drag (clusters for the new view) is part of panning too
    await page.waitForTimeout(750);
    const after = await page.locator('#map .leaflet-map-pane').getAttribute('style');
    if (after === before) throw new Error('the map did not move: the drag missed it');
    const intervals = await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; recording: boolean };
      w.recording = false;
      return w.frames_.slice(1);
    });
    return {
      events,
      firstRenderMs,
      frames: intervals.length,
      p50: quantile(intervals, 0.5),
      p95: quantile(intervals, 0.95),
      max: Math.max(...intervals),
      slow: intervals.filter((x) => x > 50).length / Math.max(1, intervals.length),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

export async function run(argv: string[] = []): Promise<boolean> {
  const { values } = parseArgs({ args: argv, options: { events: { type: 'string' } } });
  const webRoot = defaultWebRoot();
  if (!hasChromium || !webRoot) {
    console.log(`bench page: needs ${CHROMIUM} and the built page (npm run build); not run`);
    return true;
  }
  const n = Number(values.events ?? 20_000);
  const rows = [await measure(1000, webRoot), await measure(n, webRoot)];
  console.log('| events | first render | frames while panning (2 s + redraw) | p50 | p95 | max | frames over 50 ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.events} | ${r.firstRenderMs.toFixed(0)} ms | ${r.frames} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(0)} ms | ${(r.slow * 100).toFixed(1)}% |`,
    );
  }
  const [small, large] = rows as [Figures, Figures];
  console.log(
    `first render ${large.events} / ${small.events}: ${(large.firstRenderMs / small.firstRenderMs).toFixed(2)}×; p95 frame ${large.events} / ${small.events}: ${(large.p95 / small.p95).toFixed(2)}×`,
  );
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
