import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

const ranges = (text: string) =>
  findTimexes(text, '2023-03-10').timexes.map((t) => [t.text, t.date, t.endDate ?? null, t.time_precision]);

describe('years', () => {
  it('reads a year after a preposition with precision year', () => {
    expect(ranges('the peninsula was annexed in 2014')).toEqual([['in 2014', '2014-01-01', '2014-12-31', 3]]);
    expect(ranges('fighting has gone on since 2014')).toEqual([['since 2014', '2014-01-01', '2023-03-10', 3]]);
    expect(ranges('by mid-2023')).toEqual([['mid-2023', '2023-05-01', '2023-08-31', 3]]);
    expect(ranges('in the summer of 2021')).toEqual([['the summer of 2021', '2021-06-01', '2021-08-31', 3]]);
  });

  it('leaves quantities and bare numbers alone', () => {
    expect(ranges('gains in 2000 square kilometres')).toEqual([]);
    expect(ranges('in 1500 people')).toEqual([]);
    expect(ranges('2022')).toEqual([]);
  });
});
