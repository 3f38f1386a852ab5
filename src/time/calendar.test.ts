import { describe, expect, it } from 'vitest';
import { daysInMonth, iso, mondayOf, monthIndex, sentenceInitial, toDate, weekdayIndex } from './calendar.js';

describe('calendar', () => {
  it('names months and weekdays from full names and abbreviations', () => {
    expect(monthIndex('Sept.')).toBe(8);
    expect(monthIndex('May')).toBe(4);
    expect(monthIndex('Foo')).toBe(-1);
    expect(weekdayIndex('Thursday')).toBe(4);
  });

  it('computes in UTC days', () => {
    expect(iso(mondayOf(toDate('2023-03-12')!))).toBe('2023-03-06');
    expect(iso(mondayOf(toDate('2023-03-06')!))).toBe('2023-03-06');
    expect(daysInMonth(2024, 1)).toBe(29);
    expect(toDate('2022-09-08T23:30:00+03:00') && iso(toDate('2022-09-08T23:30:00+03:00')!)).toBe('2022-09-08');
    expect(toDate('yesterday')).toBeNull();
  });

  it('knows where a sentence starts', () => {
    const t = 'It ended. Today the army said';
    expect(sentenceInitial(t, t.indexOf('Today'))).toBe(true);
    const name = 'according to India Today';
    expect(sentenceInitial(name, name.indexOf('Today'))).toBe(false);
  });
});
