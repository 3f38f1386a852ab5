import { describe, expect, it } from 'vitest';
import { IntervalIndex } from './interval-index.js';

describe('IntervalIndex', () => {
  const spans: [number, number][] = [
    [10, 20],
    [0, 100],
    [30, 40],
    [15, 16],
    [50, 60],
  ];
  const brute = (lo: number, hi: number) =>
    spans
      .map((s, i) => [s, i] as const)
      .filter(([s]) => s[1] >= lo && s[0] <= hi)
      .map(([, i]) => i);
  it('answers what a scan of every span answers, in ascending order', () => {
    const index = new IntervalIndex(spans);
    for (let lo = -5; lo < 110; lo += 3)
      for (let hi = lo; hi < lo + 40; hi += 7) expect(index.query(lo, hi)).toEqual(brute(lo, hi));
  });
  it('finds the spans holding a position with query(at + 1, at)', () => {
    expect(new IntervalIndex(spans).query(16, 15)).toEqual([0, 1, 3]);
    expect(new IntervalIndex([]).query(1, 0)).toEqual([]);
  });
});
