import { describe, expect, test } from 'vitest';
import { sideOf, sideRules } from './index.js';

describe('side families', () => {
  for (const rule of sideRules) {
    test(`${rule.side}: its example matches, its counter-example does not`, () => {
      expect(rule.re.test(rule.matches)).toBe(true);
      expect(sideOf(rule.mustNot)?.side ?? null).not.toBe(rule.side);
    });
  }
  test('the most specific family wins, and the evidence is the words', () => {
    expect(sideOf('a Moscow-installed official in the region')).toEqual({ side: 'Russian-installed administration', evidence: 'Moscow-installed' });
    expect(sideOf('Ukrainian troops near the Russian border')?.side).toBe('Ukraine');
    expect(sideOf('the local baker')).toBeNull();
  });
});
