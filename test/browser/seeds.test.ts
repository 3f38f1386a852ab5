/**
 * The page over the seeds, end to end as a user runs it: `sitrep analyze ../shared/corpus/seeds`,
 * `sitrep control import ../shared/reference/deepstate`, `sitrep serve`, then chromium with every
 * request beyond the loopback server refused. Skips, saying why, when ../shared or chromium is
 * absent. Screenshots go to test-artifacts/ only: the seeds are outside text, which stays out of the
 * repository (the documentation's screenshots are of the sample corpus: sample.test.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, hasChromium, launch, root, type Launched } from './harness.js';

const shared = join(root, '..', 'shared');
const seeds = join(shared, 'corpus', 'seeds');
const deepstate = join(shared, 'reference', 'deepstate');
const artifacts = join(root, 'test-artifacts');
const skip = !hasChromium || !existsSync(seeds);
if (!existsSync(seeds)) console.warn(`seeds browser test skipped: ${seeds} is absent`);

interface ApiEvent {
  id: string;
  sub_event_type: string;
  event_type: string;
  location: string | null;
  lat: number | null;
  date: string | null;
  reports: number;
}

const BALAKLIIA = 712926;

describe.skipIf(skip)('the page over the seeds (analyze, control import, serve)', () => {
  let dir: string;
  let server: ChildProcess;
  let base: string;
  let chrome: Launched;
  let page: Page;
  const api = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'sitrep-seeds-'));
    const db = join(dir, 'seeds.db');
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/sitrep.js'), ...args, '--db', db], {
        encoding: 'utf8',
        timeout: 300_000,
      });
    const analysed = cli(['analyze', seeds]);
    expect(analysed.status, analysed.stderr).toBe(0);
    if (existsSync(deepstate)) {
      const imported = cli(['control', 'import', deepstate]);
      expect(imported.status, imported.stderr).toBe(0);
    }
    const webRoot = await buildPage();
    server = spawn(process.execPath, [join(root, 'bin/sitrep.js'), 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, SITREP_WEB_ROOT: webRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      server.on('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${out}`)));
    });
    chrome = await launch();
    page = await chrome.browser.newPage();
  }, 600_000);

  afterAll(async () => {
    await chrome?.close();
    server?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (query = '') => {
    await page.goto(`${base}/${query}`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  };

  it('shows every located event of the store on the map, with the control map, without the network', async () => {
    await open();
    const { events } = await api<{ events: ApiEvent[] }>('/api/events?limit=10000');
    const located = events.filter((e) => e.lat !== null).length;
    console.log(`seeds: ${events.length} fused events, ${located} located (the gold has 12)`);
    expect(located).toBeGreaterThan(0);
    expect(Number(await page.locator('#map').getAttribute('data-represented'))).toBe(located);
    expect(Number(await page.locator('#list').getAttribute('data-count'))).toBe(events.length);
    if (existsSync(deepstate)) {
      await expect.poll(() => page.locator('.leaflet-control-pane path').count()).toBeGreaterThan(0);
    }
    // no place name over another (the seeds put events at neighbouring villages and an oblast)
    const boxes = await page.locator('#map .place-label span, #map .settlement-label span').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [e.textContent ?? '', r.left, r.top, r.right, r.bottom] as const;
      }),
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[1] < b[3] && b[1] < a[3] && a[2] < b[4] && b[2] < a[4], `${a[0]} / ${b[0]}`).toBe(false);
      }
    }
    await page.screenshot({ path: join(artifacts, 'seeds-overview.png') });
    expect(chrome.blocked).toEqual([]);
  });

  it('selecting the Balakliia event (G1) shows all its reports and the Balakliia dispute (C1)', async () => {
    const { events } = await api<{ events: ApiEvent[] }>(`/api/events?place=${BALAKLIIA}&event_type=Battles&limit=100`);
    const g1 = events.sort((a, b) => b.reports - a.reports)[0];
    expect(g1, 'a Battles event at Balakliia').toBeDefined();
    await open(`?event=${encodeURIComponent(g1!.id)}`);
    await page.waitForSelector('.event-detail');
    const detail = await api<{ reports: { articleId: string }[]; disputes: { id: string; topic: string }[] }>(
      `/api/events/${encodeURIComponent(g1!.id)}`,
    );
    const articles = new Set(detail.reports.map((r) => r.articleId));
    console.log(
      `seeds: G1 has ${detail.reports.length} reports from ${articles.size} articles (the gold: all 5); disputes: ${detail.disputes.map((d) => d.topic).join('; ') || 'none'}`,
    );
    expect(await page.locator('.event-detail .report').count()).toBe(detail.reports.length);
    expect(await page.locator('.event-detail .dispute').count()).toBe(detail.disputes.length);
    // its own checks only (another town's control check is that town's event's), and the place's
    // history on the maps in a section of its own
    const own = await api<{ checks: { eventId?: string | null }[]; place_control: { runs: unknown[] } | null }>(
      `/api/events/${encodeURIComponent(g1!.id)}`,
    );
    expect(own.checks.every((c) => !c.eventId || c.eventId === g1!.id)).toBe(true);
    expect(await page.locator('.event-detail .check').count()).toBe(own.checks.length);
    if (existsSync(deepstate)) {
      expect(own.place_control?.runs.length).toBeGreaterThan(0);
      expect(await page.locator('.event-detail .place-control li').count()).toBe(own.place_control!.runs.length);
      await expect
        .poll(() => page.locator('.event-detail .place-control h3').textContent())
        .toMatch(/^Control of .+ on the maps$/);
    }
    await page.screenshot({ path: join(artifacts, 'seeds-g1.png') });

    const all = await api<{ disputes: { kind: string }[] }>('/api/disputes');
    await open('?view=disputes');
    expect(await page.locator('#view-disputes .dispute.kind-contradiction').count()).toBe(
      all.disputes.filter((d) => d.kind === 'contradiction').length,
    );
    expect(await page.locator('#series figure.series').count()).toBe(
      all.disputes.filter((d) => d.kind === 'series').length,
    );
    await page.screenshot({ path: join(artifacts, 'seeds-disputes.png') });
  });

  it('brushing the timeline to 10 September changes the list to that day’s events', async () => {
    await open();
    const total = Number(await page.locator('#list').getAttribute('data-count'));
    const day = await api<{ total: number }>('/api/events?from=2022-09-10&to=2022-09-10&limit=1');
    const bar = page.locator('#timeline rect.bar[data-date="2022-09-10"]');
    expect(await bar.count(), 'the timeline covers 10 September').toBe(1);
    const box = (await bar.boundingBox())!;
    const y = (await page.locator('#timeline svg').boundingBox())!.y + 40;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 1, y, { steps: 2 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#list').getAttribute('data-count')).toBe(String(day.total));
    expect(day.total).not.toBe(total);
    expect(page.url()).toContain('from=2022-09-10&to=2022-09-10');
    await page.screenshot({ path: join(artifacts, 'seeds-brushed.png') });
    expect(chrome.blocked).toEqual([]);
  });
});
