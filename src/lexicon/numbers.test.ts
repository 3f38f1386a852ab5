import { describe, expect, it } from 'vitest';
import { NUMBER, parseNumber } from './numbers.js';

describe('numbers', () => {
  it('reads digits, thousands separators, scales and words', () => {
    expect(parseNumber('76')).toBe(76);
    expect(parseNumber('1,300')).toBe(1300);
    expect(parseNumber('2.2 billion')).toBe(2.2e9);
    expect(parseNumber('1.4 million')).toBe(1_400_000);
    expect(parseNumber('27 thousand')).toBe(27_000);
    expect(parseNumber('Forty-five')).toBe(45);
    expect(parseNumber('two hundred and fifty')).toBe(250);
    expect(parseNumber('one hundred and twenty')).toBe(120);
    expect(parseNumber('a thousand')).toBe(1000);
    expect(parseNumber('three hundred thousand')).toBe(300_000);
    expect(parseNumber('one hundred and twenty-five thousand')).toBe(125_000);
    expect(parseNumber('twenty one hundred')).toBe(2100);
  });

  it('refuses what is not a cardinal number', () => {
    expect(parseNumber('000')).toBeNull();
    expect(parseNumber('a')).toBeNull();
    expect(parseNumber('dozen')).toBeNull();
    expect(parseNumber('several')).toBeNull();
    expect(parseNumber('forty-fifth')).toBeNull();
  });

  it('its source matches a whole number inside a phrase, and nothing vague or part of a name', () => {
    const m = new RegExp(`(${NUMBER})\\s+kilometers`, 'i').exec('Forty-five kilometers away');
    expect(m?.[1]).toBe('Forty-five');
    const re = new RegExp(NUMBER, 'iu');
    for (const vague of ['a few', 'dozens', 'hundreds of', 'the A-50', 'the forty-fifth day'])
      expect(re.test(vague), vague).toBe(false);
  });
});
