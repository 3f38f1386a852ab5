import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

const REF = '2023-03-10';
const ranges = (text: string) =>
  findTimexes(text, REF).timexes.map((t) => [t.text, t.date, t.endDate ?? null, t.time_precision]);

describe('months', () => {
  it('narrows early / mid / late and keeps precision month', () => {
    expect(ranges('the siege began in late February')).toEqual([['in late February', '2023-02-21', '2023-02-28', 3]]);
    expect(ranges('fighting since mid-May')).toEqual([['since mid-May', '2022-05-11', '2023-03-10', 3]]);
    expect(ranges('by the end of June')).toEqual([['by the end of June', '2022-06-21', '2022-06-30', 3]]);
    expect(ranges('elections in October 2021')).toEqual([['in October 2021', '2021-10-01', '2021-10-31', 3]]);
    expect(ranges('forces withdrew in March')).toEqual([['in March', '2023-03-01', '2023-03-31', 3]]);
  });

  it('leaves verbs, names and days alone', () => {
    expect(ranges('they may march on')).toEqual([]);
    expect(ranges('May said the vote was close')).toEqual([]);
    expect(findTimexes('on March 3', REF).timexes.map((t) => t.precision)).toEqual(['day']);
  });
});
