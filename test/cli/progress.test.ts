import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, s: { isTTY, columns: 100, write: (c: string) => (chunks.push(c), true) } };
}

describe('progress', () => {
  it('is silent when stderr is not a terminal', () => {
    const { chunks, s } = stream(false);
    const bar = progress('analysing', 3, s);
    bar.tick('a');
    bar.done();
    expect(chunks).toEqual([]);
  });

  it('draws a bar with the count on a terminal and clears it at the end', () => {
    const { chunks, s } = stream(true);
    const bar = progress('analysing', 2, s);
    bar.tick('one.txt');
    bar.tick('two.txt');
    bar.done();
    expect(chunks.some((c) => c.includes('2/2') && c.includes('two.txt'))).toBe(true);
    expect(chunks.at(-1)).toBe('\r\x1b[2K');
  });

  it('without a known total, counts the articles alone', () => {
    const { chunks, s } = stream(true);
    const bar = progress('analysing', null, s);
    bar.tick('one.txt');
    bar.done();
    expect(chunks.some((c) => c.endsWith('analysing 1  one.txt'))).toBe(true);
    expect(chunks.some((c) => c.includes('░') || c.includes('/'))).toBe(false);
  });
});
