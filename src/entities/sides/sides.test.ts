import { describe, expect, test } from 'vitest';
import { genericSideRules, sideOf } from './index.js';

describe('side families', () => {
  for (const rule of genericSideRules) {
    test(`${rule.side}: its example matches, its counter-example does not`, () => {
      expect(rule.re.test(rule.matches)).toBe(true);
      expect(sideOf(rule.mustNot)?.side ?? null).not.toBe(rule.side);
    });
  }
  test('the most specific family wins, and the evidence is the words', () => {
    expect(sideOf('a Moscow-installed official in the region')).toEqual({
      side: 'Russian-installed administration',
      evidence: 'Moscow-installed',
    });
    expect(sideOf('Ukrainian troops near the Russian border')?.side).toBe('Ukraine');
    expect(sideOf('the local baker')).toBeNull();
  });
  test('the profiles’ parties: installed administrations before their patrons, leaders’ possessives', () => {
    expect(sideOf('the Russian-appointed head of the region')?.side).toBe('Russian-installed administration');
    expect(sideOf('an official installed by the Kremlin')?.side).toBe('Russian-installed administration');
    expect(sideOf('Russia’s Defense Ministry')?.side).toBe('Russia');
    expect(sideOf('Ukraine’s armed forces')?.side).toBe('Ukraine');
    expect(sideOf('Russian forces near the Ukrainian border')?.side).toBe('Russia');
    expect(sideOf('a spokesman for the Sudanese army')?.side).toBe('Sudan');
  });
  test('academics and officers out of service speak for themselves, not their government', () => {
    expect(sideOf('a former French navy officer who now teaches')?.side).toBe('independent analyst');
    expect(sideOf('a professor at a Scottish university')?.side).toBe('independent analyst');
    expect(sideOf('a French navy officer')?.side).toBe('Western government');
  });
});
