import { describe, expect, it } from 'vitest';
import { dateProblem, epochTime, isoDateProblem, timeProblem } from './valid-date.js';

describe('valid-date: one rule for dates from outside', () => {
  it('accepts real dates between 1900 and 2100', () => {
    expect(dateProblem(2022, 9, 8)).toBeNull();
    expect(dateProblem(2024, 2, 29)).toBeNull();
    expect(isoDateProblem('2022-09-08T10:00:00Z')).toBeNull();
    expect(epochTime(1662647935)).toEqual({ ms: 1662647935000 });
    expect(epochTime(1662647935000)).toEqual({ ms: 1662647935000 });
  });
  it('refuses days that do not exist and years outside the range, saying why', () => {
    expect(isoDateProblem('9999-99-99')).toBe('not a calendar date');
    expect(dateProblem(2022, 2, 30)).toBe('not a calendar date');
    expect(dateProblem(2023, 2, 29)).toBe('not a calendar date');
    expect(dateProblem(1899, 12, 31)).toMatch(/outside 1900–2100/);
    expect(isoDateProblem('2101-01-01')).toMatch(/outside 1900–2100/);
    expect(timeProblem(99999999999 * 1000)).toMatch(/the year 5138/);
  });
  it('refuses microsecond and nanosecond timestamps rather than storing the year 54657', () => {
    expect(epochTime(1662647935000000)).toEqual({
      reason: expect.stringMatching(/outside 1900–2100 \(the year 54657\)/),
    });
    expect(epochTime(1662647935000000000)).toEqual({ reason: expect.stringMatching(/outside 1900–2100/) });
    expect(epochTime(1e20)).toEqual({ reason: expect.stringMatching(/outside 1900–2100/) });
  });
});
