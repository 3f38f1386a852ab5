/** Spawning the built CLI (`node bin/sitrep.js`) from tests; vitest's global setup builds dist/ first. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '../../src/store/index.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'bin', 'sitrep.js');
export const examples = join(root, 'examples', 'kharkiv-2022');
export const shared = resolve(root, '..', 'shared');
export const hasShared = existsSync(join(shared, 'corpus', 'seeds'));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function sitrep(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The content of every table of a store, rows sorted. */
export function dumpStore(path: string): string {
  const store = Store.open(path);
  try {
    return store.dump();
  } finally {
    store.close();
  }
}
