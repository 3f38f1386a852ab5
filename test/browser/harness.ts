/**
 * Browser-test harness: Debian's chromium driven by playwright-core, a fresh profile per launch,
 * no network beyond the loopback server; and the page built with Vite into a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../../src/testing/chromium.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../src/testing/chromium.js';
export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Launched {
  browser: BrowserContext;
  /** requests the page tried to make beyond the loopback server (refused) */
  blocked: string[];
  close(): Promise<void>;
}

/** A persistent context so that the profile (--user-data-dir) is a fresh folder we own and remove. */
export async function launch(): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    offline: false,
  });
  // the page must work without the internet: refuse every request that is not to our server
  const blocked: string[] = [];
  await browser.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route) => {
    const url = route.request().url();
    if (!url.startsWith('data:')) blocked.push(url);
    return route.abort();
  });
  return {
    browser,
    blocked,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the page into a fresh folder (not dist/web, which a concurrent build may be writing). */
export async function buildPage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'web/vite.config.ts'),
    build: { outDir: out, emptyOutDir: true },
    logLevel: 'error',
  });
  return out;
}

export type { Browser };
