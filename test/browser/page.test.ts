/**
 * The page in a real browser (Debian's chromium through playwright-core) over the hand-made
 * corpus of test/server/fixture.ts: the map shows the events, selecting one shows its reports,
 * dispute and checks, the brush filters the list, markup in articles stays text.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { fixtureCorpus, SCRIPT_TEXT, XSS_TITLE } from '../server/fixture.js';
import { buildPage, hasChromium, CHROMIUM, launch, root, type Launched } from './harness.js';

const artifacts = join(root, 'test-artifacts');
// one build of the page for every test in this file
let built: Promise<string> | null = null;
const page_ = () => (built ??= buildPage());
if (!hasChromium)
  console.warn(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set SITREP_CHROMIUM)`);

describe.skipIf(!hasChromium)('the page over a hand-made corpus', () => {
  let app: FastifyInstance;
  let base: string;
  let chrome: Launched;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const webRoot = await page_();
    app = await buildServer({ corpus: fixtureCorpus(), webRoot });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    chrome = await launch();
    page = await chrome.browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 300_000);
  afterAll(async () => {
    await chrome?.close();
    await app?.close();
  });

  const open = async (query = '') => {
    await page.goto(`${base}/${query}`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  };
  const count = async (sel: string, attr: string) => Number(await page.locator(sel).getAttribute(attr));

  it('shows every event on the map and in the list, with outlines and the control map', async () => {
    await open();
    expect(await count('#map', 'data-represented')).toBe(3);
    expect(await count('#list', 'data-count')).toBe(3);
    expect(await page.locator('#list [role=option]').count()).toBe(3);
    expect(await page.locator('#map path.event-marker').count()).toBe(3);
    // country outlines are drawn from the bundled Natural Earth data: many paths beside the markers
    expect(await page.locator('#map .leaflet-land-pane path').count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('.leaflet-control-pane path').count()).toBe(2);
    expect(await page.locator('#control-legend').textContent()).toMatch(/Control map of 2022-09-08 14:00/);
    expect(await page.locator('#series figure[data-series=S1] circle').count()).toBe(2);
    expect(await page.locator('#timeline rect.bar').count()).toBe(3);
    await page.screenshot({ path: join(artifacts, 'page-overview.png') });
  });

  it("names the gazetteer's settlements on the basemap, largest first, none overlapping another", async () => {
    await open();
    await expect
      .poll(async () => Number((await page.locator('#map').getAttribute('data-settlements')) ?? 0))
      .toBeGreaterThan(0);
    const labels = async () =>
      // the settlements' names and the events' place names together
      page.locator('#map .settlement-label span, #map .place-label span').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return {
            name: e.textContent ?? '',
            box: [r.left, r.top, r.right, r.bottom] as [number, number, number, number],
          };
        }),
      );
    const apart = (ls: { name: string; box: [number, number, number, number] }[]) => {
      for (let i = 0; i < ls.length; i++) {
        for (let j = i + 1; j < ls.length; j++) {
          const [a, b] = [ls[i]!.box, ls[j]!.box];
          expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${ls[i]!.name} / ${ls[j]!.name}`).toBe(
            false,
          );
        }
      }
    };
    const first = await labels();
    expect(first.length).toBeGreaterThan(0);
    apart(first);
    // zoomed in, the names are placed again for the new view
    const shown = await page.locator('#map').getAttribute('data-settlements');
    await page.locator('#map .leaflet-control-zoom-in').click();
    await expect.poll(async () => JSON.stringify(await labels())).not.toBe(JSON.stringify(first));
    apart(await labels());
    expect(shown).not.toBeNull();
  });

  it('selecting an event shows its record, reports side by side with highlights, dispute and checks', async () => {
    await open();
    await page.locator('#list [data-event=E1]').click();
    await page.waitForSelector('.event-detail[data-event=E1]');
    expect(page.url()).toContain('event=E1');
    const reports = page.locator('.event-detail .report');
    expect(await reports.count()).toBe(2);
    expect(await reports.nth(0).locator('.outlet').textContent()).toBe('Kharkiv Courier');
    expect(await reports.nth(0).locator('.claimant').textContent()).toMatch(/General Staff of Ukraine.*Ukraine/);
    expect(await reports.nth(0).locator('mark.hl-toponym').first().textContent()).toBe('Balakliia');
    expect(await reports.nth(0).locator('mark.hl-timex').first().textContent()).toBe('Thursday');
    expect(await reports.nth(0).locator('mark.hl-source').first().textContent()).toBe('the General Staff');
    // the title with markup is shown as text, and no element was made from it
    expect(await reports.nth(1).locator('.title').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('.event-detail img').count()).toBe(0);
    expect(await page.locator('.event-detail .disagreements').textContent()).toMatch(/date: 2022-09-08.*vs 2022-09-09/);
    const dispute = page.locator('.event-detail .dispute[data-dispute=D1]');
    expect(await dispute.locator('.claim').count()).toBe(3);
    expect(await dispute.locator('.claim').nth(2).textContent()).toMatch(
      /Vitaliy Ganchev.*2022-09-09.*We have lost control of Balakliya/,
    );
    expect(await page.locator('.event-detail .check .verdict').textContent()).toBe('consistent');
    expect(await page.locator('#map path.event-marker[data-event=E1]').getAttribute('stroke')).toBe('#111');
    await page.screenshot({ path: join(artifacts, 'page-event.png') });
  });

  it('brushing the timeline to one day filters the list and the map, and goes into the URL', async () => {
    await open();
    const bar = page.locator('#timeline rect.bar[data-date="2022-09-10"]');
    const box = (await bar.boundingBox())!;
    const y = (await page.locator('#timeline svg').boundingBox())!.y + 40;
    await page.mouse.move(box.x + box.width / 2 - 5, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 5, y, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => count('#list', 'data-count')).toBe(1);
    expect(await page.locator('#list [role=option]').first().getAttribute('data-event')).toBe('E3');
    expect(await count('#map', 'data-represented')).toBe(1);
    expect(page.url()).toMatch(/from=2022-09-10&to=2022-09-10/);
    await page.screenshot({ path: join(artifacts, 'page-brushed.png') });
    // the same view from its address
    await open('?from=2022-09-09&to=2022-09-10&type=Explosions%2FRemote+violence');
    expect(await count('#list', 'data-count')).toBe(2);
    expect(await page.locator('select[name=type]').inputValue()).toBe('Explosions/Remote violence');
    await page.locator('#clear').click();
    await expect.poll(() => count('#list', 'data-count')).toBe(3);
  });

  it('is reachable from the keyboard: the list moves with the arrow keys', async () => {
    await open();
    await page.locator('#list').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.event-detail[data-event=E1]');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.event-detail[data-event=E2]');
    expect(await page.locator('#list').getAttribute('aria-activedescendant')).toBe('row-1');
    await page.keyboard.press('End');
    await page.waitForSelector('.event-detail[data-event=E3]');
    // the timeline: → chooses the first day, → again the next, Shift+→ widens, Escape clears
    await page.locator('#timeline').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#list').getAttribute('data-count')).toBe('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.url()).toMatch(/from=2022-09-09&to=2022-09-10/);
    expect(await page.locator('#list').getAttribute('data-count')).toBe('2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#list').getAttribute('data-count')).toBe('3');
  });

  it('shows an article with markup as text, its annotations, and links from a span to its event', async () => {
    await open('?event=E1');
    await page.waitForSelector('.event-detail[data-event=E1]');
    await page.locator('.event-detail .report').nth(1).getByRole('button', { name: 'Open article' }).click();
    await page.waitForSelector('.article-view');
    expect(page.url()).toMatch(/view=article&.*article=a2000000000000002/);
    expect(await page.locator('.article-title').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('.article-text').textContent()).toContain(SCRIPT_TEXT);
    expect(await page.locator('.article-view img, .article-text script').count()).toBe(0);
    expect(await page.locator('.article-text mark.focus').count()).toBeGreaterThan(0);
    const toponym = page.locator('.article-text mark.hl-toponym').first();
    expect(await toponym.textContent()).toBe('Balakliya');
    await toponym.focus();
    await page.keyboard.press('Enter');
    await page.locator('.evidence [data-link="event:E1"]').first().click();
    await page.waitForSelector('.event-detail[data-event=E1]');
    expect(page.url()).toContain('event=E1');
    await page.goBack();
    await page.waitForSelector('.article-view');
    // a claim link brings the claim's content into view; a place link lists the events there
    await page.locator('.article-text mark.hl-quantity, .article-text mark.hl-source').first().click();
    await page.locator('.evidence [data-link^="claim:"]').first().click();
    expect(await page.locator('.article-text mark.flash').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'page-article.png') });
    await page.locator('.article-text mark.hl-toponym').first().click();
    await page.locator('.evidence [data-link="place:712926"]').click();
    await expect.poll(() => page.locator('#list').getAttribute('data-count')).toBe('1');
    expect(page.url()).toContain('place=712926');
    expect(await page.locator('#list-count').textContent()).toMatch(/at Balakliia/);
    expect(dialogs).toEqual([]);
  });

  it('lists disputes side by side, and the series as a chart', async () => {
    await open('?view=disputes');
    const c = page.locator('#view-disputes .dispute.kind-contradiction');
    expect(await c.count()).toBe(1);
    expect(await c.locator('.claim .who').allTextContents()).toEqual([
      'Vitaliy GanchevRussian-installed administration',
      'UkraineUkraine',
      'Vitaliy GanchevRussian-installed administration',
    ]);
    expect(await page.locator('#view-disputes figure.series circle').count()).toBe(2);
    // the cards wrap onto more rows rather than running off the right edge
    for (const width of [1440, 700, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page
        .locator('#view-disputes .claims')
        .evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
      expect(
        overflow.every((o) => o <= 0),
        `width ${width}`,
      ).toBe(true);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // the claims' spans inside the page's own quotation marks, none of the text's at their ends
    for (const q of await c.locator('.claim q').allTextContents()) expect(q).not.toMatch(/^["“”«»]|["“”«»]$/);
    await page.screenshot({ path: join(artifacts, 'page-disputes.png') });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('the page over 10,000 generated events', () => {
  it('keeps the DOM small: a virtualised list and clustered markers', async () => {
    const { syntheticCorpus } = await import('../../src/bench/support/synthetic-corpus.js');
    const webRoot = await page_();
    const app = await buildServer({ corpus: syntheticCorpus(10_000), webRoot });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      await page.goto(`${base}/`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      expect(await page.locator('#list').getAttribute('data-count')).toBe('10000');
      expect(await page.locator('#list [role=option]').count()).toBeLessThan(60);
      expect(await page.locator('#map').getAttribute('data-represented')).toBe('10000');
      const drawn =
        (await page.locator('#map path.event-marker').count()) + (await page.locator('#map .cluster').count());
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(500);
      // scrolling to the end draws the last rows, and only those
      await page.locator('#list').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await expect.poll(() => page.locator('#list [role=option]').last().getAttribute('id')).toBe('row-9999');
      expect(await page.locator('#list [role=option]').count()).toBeLessThan(60);
      await page.screenshot({ path: join(artifacts, 'page-10k.png') });
      expect(chrome.blocked).toEqual([]);
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page while the store grows', () => {
  it('polls the server, says how many events are new, and shows them on a click, keeping the selected event', async () => {
    const webRoot = await page_();
    const before = fixtureCorpus();
    let next: ReturnType<typeof fixtureCorpus> | null = null;
    const app = await buildServer({ corpus: before, webRoot, newerCorpus: () => next });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      await page.clock.install();
      await page.goto(`${base}/?event=E1`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      await page.waitForSelector('.event-detail[data-event=E1]');
      expect(await page.locator('#list').getAttribute('data-count')).toBe('3');
      expect(await page.locator('#updated').textContent()).toBe('');
      // a poll with nothing new changes nothing
      await page.clock.fastForward(16_000);
      await page.waitForTimeout(300);
      expect(await page.locator('#updated').textContent()).toBe('');
      // another analyze stored a report of a fourth event
      const copy = before.events[0]!;
      next = {
        ...before,
        events: [...before.events, { ...copy, id: 'E4', date: '2022-09-11', reports: copy.reports }],
      };
      await page.clock.fastForward(16_000);
      await expect.poll(() => page.locator('#updated').textContent()).toBe('1 new event in the store. Show');
      // nothing moves until the analyst asks
      expect(await page.locator('#list').getAttribute('data-count')).toBe('3');
      await page.locator('#show-new').click();
      await expect.poll(() => page.locator('#list').getAttribute('data-count')).toBe('4');
      await expect
        .poll(() => page.locator('#updated').textContent())
        .toMatch(/^Updated at \d\d:\d\d: 4 events from 3 articles \(1 new\)\.$/);
      await page.waitForSelector('.event-detail[data-event=E1]');
      expect(page.url()).toContain('event=E1');
      expect(await page.locator('select[name=type] option').count()).toBe(
        1 + new Set(next.events.map((e) => e.event_type)).size,
      );
      expect(chrome.blocked).toEqual([]);
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page: closing what is hidden, headings of untitled reports', () => {
  it('closes an open event that a filter hides, and heads an untitled report by its outlet and date', async () => {
    const webRoot = await page_();
    const corpus = fixtureCorpus();
    const untitledArticle = { ...corpus.articles[0]!, title: null };
    const app = await buildServer({
      corpus: { ...corpus, articles: [untitledArticle, ...corpus.articles.slice(1)] },
      webRoot,
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      await page.goto(`${base}/?event=E1`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      await page.waitForSelector('.event-detail[data-event=E1]');
      // E1 is a battle: showing only explosions hides it, so it closes and leaves the URL
      await page.selectOption('select[name=type]', 'Explosions/Remote violence');
      await expect.poll(() => page.locator('.event-detail[data-event=E1]').count()).toBe(0);
      expect(page.url()).not.toContain('event=E1');
      expect(page.url()).toContain('type=Explosions');

      await page.goto(`${base}/?view=article&article=${untitledArticle.id}`);
      await page.waitForSelector('.article-view');
      const date = untitledArticle.published ?? untitledArticle.published_on_or_after ?? 'undated';
      expect(await page.locator('.article-title').textContent()).toBe(
        `${untitledArticle.outlet ?? 'Report of an unknown outlet'}, ${date}`,
      );
      expect(await page.locator('.article-title').textContent()).not.toContain(untitledArticle.path);
      expect(chrome.blocked).toEqual([]);
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page on a phone and on a desktop', () => {
  it('never scrolls sideways: the overview, an event opened from the list, the disputes, an article', async () => {
    const webRoot = await page_();
    const app = await buildServer({ corpus: fixtureCorpus(), webRoot });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      for (const [width, height] of [
        [390, 844],
        [1400, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        const fits = async (what: string) => {
          const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scroll, `${what} at ${width} px`).toBeLessThanOrEqual(inner);
        };
        await page.goto(`${base}/`);
        await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
        await fits('the overview');
        const phone = width < 600;
        if (phone) {
          // the map first; the list is the other pane
          expect(await page.locator('#list').isVisible()).toBe(false);
          await page.locator('.panes button[data-pane=list]').click();
          expect(await page.locator('#map').isVisible()).toBe(false);
        }
        for (const id of ['E1', 'E2', 'E3']) {
          await page.locator(`#list [data-event=${id}]`).click();
          await page.waitForSelector(`.event-detail[data-event=${id}]`);
          await fits(`event ${id}`);
          if (phone) {
            // the event fills the screen, and Back returns to the list
            const box = (await page.locator('#detail').boundingBox())!;
            expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 390, 844]);
            await page.locator('.detail-back').click();
            await page.waitForSelector('.event-detail', { state: 'detached' });
            expect(page.url()).not.toContain('event=');
            expect(await page.locator('#list').isVisible()).toBe(true);
          } else expect(await page.locator('.detail-back').isVisible()).toBe(false);
        }
        await page.goto(`${base}/?view=disputes`);
        await page.waitForSelector('html[data-ready="true"]');
        await fits('the disputes');
        await page.goto(`${base}/?view=article&article=a2000000000000002`);
        await page.waitForSelector('.article-view');
        await fits('an article');
        await page.screenshot({ path: join(artifacts, `page-${width}.png`) });
      }
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page: accessibility (axe-core)', () => {
  it('has no accessibility violations on the main views, on a phone and on a desktop', async () => {
    // axe-core from node_modules, evaluated in the page (the page's CSP allows no injected script tag)
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const webRoot = await page_();
    const app = await buildServer({ corpus: fixtureCorpus(), webRoot });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      for (const [width, height] of [
        [1400, 900],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const view of ['', '?event=E1', '?view=disputes', '?view=article&article=a2000000000000002']) {
          await page.goto(`${base}/${view}`);
          await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
          if (view.includes('article=')) await page.waitForSelector('.article-view');
          if (view.includes('event=')) await page.waitForSelector('.event-detail');
          // on a phone, the overview's list in its pane as well
          if (view === '' && width < 600) await page.locator('.panes button[data-pane=list]').click();
          await page.evaluate(axe);
          const violations = await page.evaluate(async () => {
            const { axe } = window as unknown as {
              axe: {
                run(
                  ctx: Document,
                  o: object,
                ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
              };
            };
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(
              (v) =>
                `${v.impact} ${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(' | ')}`,
            );
          });
          expect(violations, `${view || 'overview'} at ${width} px`).toEqual([]);
        }
      }
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page: touch targets on a phone', () => {
  it('gives every control at least 44×44 px at 390 px wide: filters, tabs, buttons, list rows, zoom', async () => {
    const webRoot = await page_();
    const app = await buildServer({ corpus: fixtureCorpus(), webRoot });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      for (const view of ['?event=E1', '?view=disputes', '']) {
        await page.goto(`${base}/${view}`);
        await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
        if (view.includes('event=')) await page.waitForSelector('.event-detail');
        // the overview's list rows, in their pane
        if (view === '') await page.locator('.panes button[data-pane=list]').click();
        // the filters too, once their button has opened them (an open event covers them)
        if (!view.includes('event=')) await page.locator('#filters-toggle').click();
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, select, input, [role=option], .leaflet-bar a')]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
            .map(
              ({ el, r }) =>
                `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
            ),
        );
        expect(small, view).toEqual([]);
      }
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page: filters on a phone', () => {
  it('keeps the filters behind a button that counts those set, and shows them outright on a desktop', async () => {
    const webRoot = await page_();
    const app = await buildServer({ corpus: fixtureCorpus(), webRoot });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chrome = await launch();
    try {
      const page = await chrome.browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      const toggle = page.locator('#filters-toggle');
      expect(await page.locator('#filters').isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      // the map starts within the first fifth of the screen, not under the filters
      expect((await page.locator('#map').boundingBox())!.y).toBeLessThan(844 / 5);
      await toggle.click();
      expect(await page.locator('#filters').isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.locator('#filters select[name=type]').selectOption('Battles');
      await expect.poll(() => toggle.textContent()).toBe('Filters (1)');
      expect(Number(await page.locator('#list').getAttribute('data-count'))).toBe(1);
      await toggle.click();
      expect(await page.locator('#filters').isVisible()).toBe(false);

      await page.setViewportSize({ width: 1400, height: 900 });
      expect(await toggle.isVisible()).toBe(false);
      expect(await page.locator('#filters').isVisible()).toBe(true);
    } finally {
      await chrome.close();
      await app.close();
    }
  }, 300_000);
});

describe.skipIf(!hasChromium)('the page: events stacked at one place', () => {
  let app: FastifyInstance;
  let base: string;
  let chrome: Launched;
  let page: Page;

  beforeAll(async () => {
    const webRoot = await page_();
    const corpus = fixtureCorpus();
    // three events placed at one town
    const at = corpus.events[0]!.place;
    for (const e of corpus.events) e.place = structuredClone(at);
    app = await buildServer({ corpus, webRoot });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    chrome = await launch();
    page = await chrome.browser.newPage();
  }, 300_000);
  afterAll(async () => {
    await chrome?.close();
    await app?.close();
  });

  it('spreads them apart once the cluster opens, each one reachable by a click', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    await page.locator('#map .cluster').first().click();
    await expect.poll(() => page.locator('#map path.event-marker').count()).toBe(3);
    const centres = await page.locator('#map path.event-marker').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
      }),
    );
    // pairwise apart by more than a marker's width
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        expect(Math.hypot(centres[i]![0]! - centres[j]![0]!, centres[i]![1]! - centres[j]![1]!)).toBeGreaterThan(12);
      }
    }
    expect(await page.locator('#map .spread-leg').count()).toBe(3);
    const ids = await page
      .locator('#map path.event-marker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event')!));
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) {
      await page.locator(`#map path.event-marker[data-event="${id}"]`).click();
      await page.waitForSelector(`.event-detail[data-event="${id}"]`);
    }
    await page.screenshot({ path: join(artifacts, 'page-stacked.png') });
  });
});
