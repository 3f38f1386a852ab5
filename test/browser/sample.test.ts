/**
 * The page over the bundled sample corpus (examples/kharkiv-2022, written for the project) with
 * the DeepState control maps when ../shared has them, as a user runs it: `analyze`, `control
 * import`, `serve`. Every main view at a phone's width and a desktop's: ready, nothing scrolls
 * sideways, no request leaves the machine; then a later `analyze` into the served store, announced
 * on the page. The screenshots are the documentation's: they go to
 * docs/screenshots/ with SITREP_DOCS_SCREENSHOT=1, else to test-artifacts/. (Only the sample
 * corpus is photographed: the seeds are outside text, which stays out of the repository.)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, hasChromium, launch, root, type Launched } from './harness.js';

const examples = join(root, 'examples', 'kharkiv-2022');
const deepstate = join(root, '..', 'shared', 'reference', 'deepstate');
const shots =
  process.env.SITREP_DOCS_SCREENSHOT === '1'
    ? join(root, 'docs', 'screenshots')
    : join(root, 'test-artifacts', 'sample');

describe.skipIf(!hasChromium)('the page over the sample corpus, on a phone and on a desktop', () => {
  let dir: string;
  let db: string;
  let server: ChildProcess;
  let base: string;
  let chrome: Launched;
  let page: Page;
  const api = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'sitrep-sample-'));
    db = join(dir, 'sample.db');
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/sitrep.js'), ...args, '--db', db], {
        encoding: 'utf8',
        timeout: 300_000,
      });
    const analysed = cli(['analyze', examples]);
    expect(analysed.status, analysed.stderr).toBe(0);
    if (existsSync(deepstate)) expect(cli(['control', 'import', deepstate]).status).toBe(0);
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

  it.each([
    ['phone', 390, 844],
    ['desktop', 1440, 900],
  ])(
    'shows the overview, an event, the disputes and an article on a %s (%d px), none scrolling sideways',
    async (name, width, height) => {
      await page.setViewportSize({ width, height });
      const { events } = await api<{ events: { id: string; reports: number }[] }>('/api/events?limit=1000');
      const top = [...events].sort((a, b) => b.reports - a.reports || (a.id < b.id ? -1 : 1))[0]!;
      const detail = await api<{ reports: { articleId: string }[] }>(`/api/events/${encodeURIComponent(top.id)}`);
      const views: [string, string, string][] = [
        ['overview', '', '#map'],
        ['event', `?event=${encodeURIComponent(top.id)}`, '.event-detail'],
        ['disputes', '?view=disputes', '#view-disputes .dispute'],
        ['article', `?view=article&article=${encodeURIComponent(detail.reports[0]!.articleId)}`, '.article-view'],
      ];
      for (const [view, query, ready] of views) {
        await page.goto(`${base}/${query}`);
        await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
        await page.waitForSelector(ready);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(wide, `${view} at ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(shots, `${view}-${name}.png`) });
      }
      expect(chrome.blocked).toEqual([]);
    },
    120_000,
  );

  it('announces what a later `sitrep analyze` into the served store adds, and shows it on a click', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.clock.install();
    await page.goto(`${base}/`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    const before = Number(await page.locator('#list').getAttribute('data-count'));
    // a new report, in another process, as an analyst's colleague would add it
    const more = join(dir, 'more.txt');
    writeFileSync(
      more,
      'Drone Strike on Fuel Depot\n\n11 September 2022\n\nA drone struck a fuel depot on the edge of Kupiansk on Sunday, the regional governor said.\n',
    );
    const analysed = spawnSync(
      process.execPath,
      [join(root, 'bin/sitrep.js'), 'analyze', more, '--db', db, '--jobs', '1'],
      { encoding: 'utf8' },
    );
    expect(analysed.status, analysed.stderr).toBe(0);
    // the server takes the store in once its writes pause; the page asks every 15 s
    for (let tries = 0; tries < 100; tries++) {
      await page.clock.fastForward(16_000);
      if ((await page.locator('#show-new').count()) > 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await expect.poll(() => page.locator('#updated').textContent()).toMatch(/new events? in the store\. Show$/);
    expect(Number(await page.locator('#list').getAttribute('data-count'))).toBe(before);
    await page.locator('#show-new').click();
    await expect
      .poll(async () => Number(await page.locator('#list').getAttribute('data-count')))
      .toBeGreaterThan(before);
    expect(chrome.blocked).toEqual([]);
  }, 120_000);
});
