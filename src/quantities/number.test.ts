import { describe, expect, it } from 'vitest';
import { dayOfMonth, findNumbers, looksLikeYear, QTY, qualifierOf } from './number.js';

const qty = (text: string) => {
  const m = new RegExp(QTY, 'iu').exec(text);
  return m ? { text: m[0], ...m.groups } : null;
};

describe('numbers', () => {
  it('reads qualified numbers, words and ranges', () => {
    expect(qty('some 1,000')).toMatchObject({ text: 'some 1,000', qual: 'some', num: '1,000' });
    expect(qty('up to 1,300')).toMatchObject({ qual: 'up to', num: '1,300' });
    expect(qty('Forty-five')).toMatchObject({ num: 'Forty-five' });
    expect(qty('two to three')).toMatchObject({ num: 'two', num2: 'three' });
    expect(qty('between 5 and 7')).toMatchObject({ bnum: '5', bnum2: '7' });
  });

  it('finds each number once, with its qualifier and range, and skips years and days', () => {
    const text = 'In 2014, about 20 to 30 units moved; on March 3 no one was hurt; moreover 5 more.';
    expect(
      findNumbers(text).map((h) => [text.slice(h.start, h.end), h.value, h.value_max ?? null, h.qualifier]),
    ).toEqual([
      ['about 20 to 30', 20, 30, 'about'],
      ['5', 5, null, null],
    ]);
  });

  it('maps qualifiers onto the Qualifier union', () => {
    expect(qualifierOf('some')).toBe('about');
    expect(qualifierOf('More  than')).toBe('more than');
    expect(qualifierOf('over')).toBe('more than');
    expect(qualifierOf('fewer than')).toBe('less than');
    expect(qualifierOf('as many as')).toBe('up to');
    expect(qualifierOf(undefined)).toBeNull();
  });

  it('tells years and days of the month from counts', () => {
    const t = 'in 2014 troops; on March 3 killed; 2014 troops';
    expect(looksLikeYear(t, t.indexOf('2014'), '2014')).toBe(true);
    expect(looksLikeYear(t, t.lastIndexOf('2014'), '2014')).toBe(false);
    expect(dayOfMonth(t, t.indexOf('3 killed'), '3')).toBe(true);
    expect(dayOfMonth('24 February', 0, '24')).toBe(true);
    expect(dayOfMonth('24 tanks', 0, '24')).toBe(false);
  });
});
