/**
 * Debian's chromium, as the browser tests and the page bench drive it through playwright-core
 * (no browser is downloaded): where it is, and the flags for a headless run in a container.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
