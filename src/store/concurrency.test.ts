/**
 * Several processes opening one store at once. Each child imports the built store (dist/, which
 * vitest's global setup compiles), says it is ready, and opens the store only when the parent
 * says go, to all of them together: the widest race window a test can make without timing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from './index.js';
import { migrations } from './migrations.js';

const root = resolve(import.meta.dirname, '../..');
const distStore = join(root, 'dist/store/index.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-race-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `n` children running `body` (with `Store` in scope) at one go; resolves with each one's outcome. */
async function together(n: number, body: string): Promise<Outcome[]> {
  const script = `const { Store } = await import(${JSON.stringify(pathToFileURL(distStore).href)});
    process.stdout.write('ready\\n');
    process.stdin.once('data', () => { ${body}; process.exit(0); });`;
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] }),
  );
  const outcomes = children.map(
    (child) =>
      new Promise<Outcome>((done) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => done({ code, stdout, stderr }));
      }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((ready, failed) => {
          child.stdout.once('data', () => ready());
          child.once('close', () => failed(new Error('a child ended before it was ready')));
        }),
    ),
  );
  for (const child of children) child.stdin.end('go\n');
  return Promise.all(outcomes);
}

describe.skipIf(!existsSync(distStore))('Store: processes opening one new store at once', () => {
  it('all open it, and the schema is applied once (4 processes, 10 trials)', async () => {
    const all = migrations.map(({ version, name }) => ({ version, name }));
    for (let trial = 0; trial < Number(process.env.SITREP_RACE_TRIALS ?? 10); trial++) {
      const path = join(dir, `race-${trial}.db`);
      const outcomes = await together(4, `const s = Store.open(${JSON.stringify(path)}); s.close()`);
      for (const o of outcomes)
        expect({ trial, code: o.code, stderr: o.stderr }).toEqual({ trial, code: 0, stderr: '' });
      const store = Store.open(path);
      expect(store.schemaVersions()).toEqual(all);
      store.close();
    }
  });
});
