import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { inferYear } from './date.js';

const REF = '2023-03-10';
const dates = (text: string, ref: string | null = REF) =>
  findTimexes(text, ref).timexes.map((t) => [t.text, t.date, t.precision]);

describe('calendar dates', () => {
  it('reads month-day and day-month, with and without a year', () => {
    expect(dates('the offensive began on August 29')).toEqual([['on August 29', '2022-08-29', 'day']]);
    expect(dates('a photo taken on 17 September 2022')).toEqual([['on 17 September 2022', '2022-09-17', 'day']]);
    expect(dates('by Oct. 3 the front had moved')).toEqual([['Oct. 3', '2022-10-03', 'day']]);
    expect(dates('March 8th rallies')).toEqual([['March 8th', '2023-03-08', 'day']]);
    expect(dates('police said on Wednesday, April 4, 2018, that')).toEqual([
      ['on Wednesday, April 4, 2018', '2018-04-04', 'day'],
    ]);
    expect(dates('Friday 3 March')).toEqual([['Friday 3 March', '2023-03-03', 'day']]);
    expect(dates('the post of September 08, 2022')).toEqual([['September 08, 2022', '2022-09-08', 'day']]);
  });

  it('puts a day without a year on or before publication, or after it in the future tense', () => {
    expect(inferYear(REF, 11, 24, false)).toBe(2022);
    expect(inferYear(REF, 11, 24, true)).toBe(2023);
    expect(dates('the vote will take place on May 9')).toEqual([['on May 9', '2023-05-09', 'day']]);
  });

  it('leaves verbs and times of day alone', () => {
    expect(dates('the troops will march 5 km')).toEqual([]);
    expect(dates('they may 3 times')).toEqual([]);
    expect(dates('at 6:30 p.m. local time')).toEqual([]);
  });

  it('resolves a date with a year even without a publication date', () => {
    expect(dates('on 17 September 2022', null)).toEqual([['on 17 September 2022', '2022-09-17', 'day']]);
  });
});
