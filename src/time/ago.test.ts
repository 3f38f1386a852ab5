import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

const got = (text: string) =>
  findTimexes(text, '2023-03-10').timexes.map((t) => [t.text, t.date, t.endDate ?? null, t.precision]);

describe('ago', () => {
  it('counts back from publication', () => {
    expect(got('the bridge was hit two days ago')).toEqual([['two days ago', '2023-03-08', null, 'day']]);
    expect(got('a week ago the town fell')).toEqual([['a week ago', '2023-02-28', '2023-03-06', 'week']]);
    expect(got('10 years ago')).toEqual([['10 years ago', '2013-03-10', null, 'year']]);
  });

  it('needs a count', () => {
    expect(got('days ago')).toEqual([]);
    expect(got('ages ago')).toEqual([]);
  });
});
