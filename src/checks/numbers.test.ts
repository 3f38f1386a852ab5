import { describe, expect, it } from 'vitest';
import { numbers } from './numbers.js';

describe('numbers', () => {
  it('reads digits, thousands separators and words', () => {
    expect(numbers.parse('76')).toBe(76);
    expect(numbers.parse('1,000')).toBe(1000);
    expect(numbers.parse('Forty-five')).toBe(45);
    expect(numbers.parse('one hundred and twenty')).toBe(120);
    expect(numbers.parse('1.4 million')).toBe(1_400_000);
    expect(numbers.parse('27 thousand')).toBe(27_000);
  });
  it('refuses what is not a cardinal number', () => {
    expect(numbers.parse('forty-fifth')).toBeNull();
    expect(numbers.parse('several')).toBeNull();
  });
  it('its source matches inside a phrase', () => {
    const m = new RegExp(`(${numbers.source})\\s+kilometers`, 'i').exec('Forty-five kilometers away');
    expect(m?.[1]).toBe('Forty-five');
  });
});
