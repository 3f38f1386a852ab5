import { describe, expect, test } from 'vitest';
import { compatibleFirst, looseKey, nameKey } from './name-key.js';

describe('nameKey', () => {
  test('transliterations share a key', () => {
    expect(nameKey('Zelensky')).toBe(nameKey('Zelenskiy'));
    expect(nameKey('Zaluzhnyi')).toBe(nameKey('Zaloujny'));
    expect(nameKey('Vitaliy')).toBe(nameKey('Vitaly'));
    expect(nameKey('Vitali')).toBe(nameKey('Vitaly'));
    expect(nameKey('Gantchev')).toBe(nameKey('Ganchev'));
  });
  test('different names keep different keys', () => {
    expect(nameKey('Ganchev')).not.toBe(nameKey('Ganshev'));
    expect(nameKey('Putin')).not.toBe(nameKey('Pushilin'));
  });
  test('the loose key brings sibilant spellings together', () => {
    expect(looseKey('Ganshev')).toBe(looseKey('Ganchev'));
    expect(looseKey('Shoigu')).not.toBe(looseKey('Putin'));
  });
  test('first names', () => {
    expect(compatibleFirst('Vitaliy', 'Vitali')).toBe(true);
    expect(compatibleFirst('V.', 'Vitaly')).toBe(true);
    expect(compatibleFirst(null, 'Vitaly')).toBe(true);
    expect(compatibleFirst('Oleksiy', 'Vitaly')).toBe(false);
  });
});
