import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileWhole, writePieces } from './write-out.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-write-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function* pieces(n: number, failAfter = Infinity): AsyncGenerator<string> {
  for (let i = 0; i < n; i++) {
    if (i === failAfter) throw new Error('the store went away');
    yield `line ${i}, ${'x'.repeat(1000)}\n`;
  }
}

describe('writing an export as it is made', () => {
  it('writes every piece in order, across many writes', async () => {
    const path = join(dir, 'out.txt');
    await writeFileWhole(path, pieces(500));
    const expected = Array.from({ length: 500 }, (_, i) => `line ${i}, ${'x'.repeat(1000)}\n`).join('');
    expect(readFileSync(path, 'utf8')).toBe(expected);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('leaves the earlier file as it was, and no temporary file, when the text fails part-way', async () => {
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'the earlier export\n');
    await expect(writeFileWhole(path, pieces(500, 300))).rejects.toThrow('the store went away');
    expect(readFileSync(path, 'utf8')).toBe('the earlier export\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
    await expect(writeFileWhole(join(dir, 'new.txt'), pieces(500, 300))).rejects.toThrow();
    expect(existsSync(join(dir, 'new.txt'))).toBe(false);
  });

  it('reads no further ahead than the stream takes: a stalled reader holds the writer back', async () => {
    let made = 0;
    async function* endless(): AsyncGenerator<string> {
      for (;;) {
        made++;
        yield 'y'.repeat(1024);
      }
    }
    // takes the first write and never acknowledges it
    const stalled = new Writable({ highWaterMark: 1024, write: () => {} });
    const writing = writePieces(endless(), stalled);
    for (let i = 0; i < 2000; i++) await new Promise((r) => setImmediate(r));
    // one 64 KiB batch handed to the stream, the next waiting: not the 2,000 turns' worth
    expect(made).toBeLessThanOrEqual(2 * 64 + 2);
    stalled.destroy(new Error('stop'));
    await expect(writing).rejects.toThrow();
  });
});
