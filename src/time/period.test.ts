import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

// 2023-03-10 is a Friday; its week started on Monday 2023-03-06.
const REF = '2023-03-10';
const ranges = (text: string) =>
  findTimexes(text, REF).timexes.map((t) => [t.text, t.date, t.endDate ?? null, t.precision]);

describe('periods', () => {
  it('anchors weeks, months and years to publication', () => {
    expect(ranges('earlier this week the army said')).toEqual([
      ['earlier this week', '2023-03-06', '2023-03-10', 'week'],
    ]);
    expect(ranges('over the past week')).toEqual([['over the past week', '2023-03-03', '2023-03-10', 'week']]);
    expect(ranges('since the beginning of the month')).toEqual([
      ['since the beginning of the month', '2023-03-01', '2023-03-10', 'month'],
    ]);
    expect(ranges("last year's offensive")).toEqual([["last year's", '2022-01-01', '2022-12-31', 'year']]);
    expect(ranges('in the past few days')).toEqual([['in the past few days', '2023-03-07', '2023-03-10', 'week']]);
    expect(ranges('retaken in the last 48 hours')).toEqual([
      ['in the last 48 hours', '2023-03-08', '2023-03-10', 'week'],
    ]);
    expect(ranges('over the next several months')).toEqual([
      ['next several months', '2023-03-10', '2023-08-07', 'year'],
    ]);
    expect(ranges('last week')).toEqual([['last week', '2023-02-27', '2023-03-05', 'week']]);
    expect(ranges('these last days the army held')).toEqual([['last days', '2023-03-07', '2023-03-10', 'week']]);
    expect(ranges('this month')).toEqual([['this month', '2023-03-01', '2023-03-10', 'month']]);
  });

  it('needs an anchor to publication', () => {
    expect(ranges('a week-long siege')).toEqual([]);
    expect(ranges('every week')).toEqual([]);
  });
});
