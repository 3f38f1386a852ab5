import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { readShared, shareFiles, useSharedFiles } from './shared-files.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-shared-'));
afterAll(() => {
  useSharedFiles(new Map());
  rmSync(dir, { recursive: true, force: true });
});

describe('files shared between threads', () => {
  it('reads each file that exists whole into shared memory, and leaves out those that do not', () => {
    const file = join(dir, 'a.bin');
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    writeFileSync(file, bytes);
    const shared = shareFiles([file, join(dir, 'missing.bin')]);
    expect([...shared.keys()]).toEqual([file]);
    expect(shared.get(file)).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared.get(file)!).equals(bytes)).toBe(true);
  });

  it('serves a file’s first reading from its shared copy, and later ones from disk', () => {
    const file = join(dir, 'b.bin');
    writeFileSync(file, 'as shared');
    useSharedFiles(shareFiles([file]));
    // the file rebuilt since it was shared: the first reading is the shared copy, then the disk's
    writeFileSync(file, 'as rebuilt');
    expect(readShared(file).toString()).toBe('as shared');
    expect(readShared(file).toString()).toBe('as rebuilt');
    expect(readShared(file).toString()).toBe('as rebuilt');
  });

  it('hands another thread the same memory, not a copy', async () => {
    const file = join(dir, 'c.bin');
    writeFileSync(file, Buffer.alloc(16));
    const shared = shareFiles([file]);
    // the thread writes into what it was handed; this thread sees it
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       new Uint8Array(workerData.get(${JSON.stringify(file)}))[3] = 42;
       parentPort.postMessage('done');`,
      { eval: true, workerData: shared },
    );
    await new Promise((done) => worker.once('message', done));
    await worker.terminate();
    expect(new Uint8Array(shared.get(file)!)[3]).toBe(42);
  });
});
