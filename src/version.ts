import { readFileSync } from 'node:fs';

/** sitrep's version, from its package.json (for --version, the API document, the feed watcher's User-Agent). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
