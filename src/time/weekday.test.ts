import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { resolveWeekday } from './weekday.js';

// 2023-03-10 is a Friday.
const REF = '2023-03-10';
const dates = (text: string, ref = REF) => findTimexes(text, ref).timexes.map((t) => [t.text, t.date]);

describe('weekday', () => {
  it('takes the most recent such day on or before publication in past-tense reporting', () => {
    expect(dates('the governor said on Tuesday')).toEqual([['on Tuesday', '2023-03-07']]);
    expect(dates('late Monday the convoy left')).toEqual([['late Monday', '2023-03-06']]);
    expect(dates('Sunday night was calm')).toEqual([['Sunday night', '2023-03-05']]);
    // The publication weekday is the publication day itself.
    expect(dates('earlier on Friday the mayor spoke')).toEqual([['earlier on Friday', '2023-03-10']]);
    expect(dates('strikes resumed Friday morning')).toEqual([['Friday morning', '2023-03-10']]);
  });

  it('takes the next one in the future tense, and honours last / next', () => {
    expect(dates('talks will resume on Wednesday')).toEqual([['on Wednesday', '2023-03-15']]);
    expect(dates('The envoys will meet on Friday.')).toEqual([['on Friday', '2023-03-17']]);
    expect(dates('On Monday, the ministers are due to meet.')).toEqual([['On Monday', '2023-03-13']]);
    expect(dates('Kyiv said Thursday it will keep going')).toEqual([['Thursday', '2023-03-09']]);
    expect(dates('the mayor, who will step down, said on Monday')).toEqual([['on Monday', '2023-03-06']]);
    expect(dates('it happened last Friday')).toEqual([['last Friday', '2023-03-03']]);
    expect(dates('they meet next Tuesday')).toEqual([['next Tuesday', '2023-03-14']]);
  });

  it('leaves newspapers, holidays and habits alone', () => {
    expect(dates('the Sunday Times reported')).toEqual([]);
    expect(dates('a march on Good Friday')).toEqual([]);
    expect(dates('markets close on Mondays')).toEqual([]);
    expect(dates('Friday prayers were held')).toEqual([]);
  });

  it('resolves from a bare reference date', () => {
    expect(resolveWeekday('2023-03-10', 5, 'past')).toBe('2023-03-10');
    expect(resolveWeekday('2023-03-10', 5, 'last')).toBe('2023-03-03');
    expect(resolveWeekday('2023-03-10', 6, 'past')).toBe('2023-03-04');
  });
});
