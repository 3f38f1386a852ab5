import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

const got = (text: string) => findTimexes(text, null).timexes.map((t) => [t.text, t.date]);

describe('ISO dates', () => {
  it('reads them without a reference date', () => {
    expect(got('updated 2022-09-08')).toEqual([['2022-09-08', '2022-09-08']]);
    expect(got('stamp 2022-09-08T14:00Z')).toEqual([['2022-09-08', '2022-09-08']]);
  });

  it('leaves ambiguous and impossible forms alone', () => {
    expect(got('09/08/2022')).toEqual([]);
    expect(got('2022-02-30 and 2022-13-40')).toEqual([]);
    expect(got('1-800-555-0100')).toEqual([]);
  });
});
