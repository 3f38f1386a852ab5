import { describe, expect, it } from 'vitest';
import { fold, nameKey, nameSimilarity } from './normalise.js';

describe('nameKey', () => {
  it('gives person names one key across romanisations (for the entities stage too)', () => {
    expect(nameKey('Zelensky')).toBe(nameKey('Zelenskiy'));
    expect(nameKey('Volodymyr Zelensky')).toBe(nameKey('Volodymyr Zelenskyy'));
    expect(nameKey('Zaluzhnyi')).toBe(nameKey('Zaloujny'));
    expect(nameKey('Ganchev')).toBe(nameKey('Gantchev'));
    expect(nameKey('Vitaliy')).toBe(nameKey('Vitaly'));
    expect(nameKey('Vitaliy')).toBe(nameKey('Vitalii'));
  });
  it('keeps different names apart', () => {
    expect(nameKey('Zelensky')).not.toBe(nameKey('Zelenko'));
    expect(nameKey('Putin')).not.toBe(nameKey('Puchkov'));
    expect(nameKey('Kharkiv')).not.toBe(nameKey('Kherson'));
  });
  it('ignores case, accents, apostrophes and hyphens', () => {
    expect(fold('Kup’yans’k')).toBe('kupyansk');
    expect(fold('Ozerné')).toBe('ozerne');
    expect(fold('Kupiansk-Vuzlovyi')).toBe('kupiansk vuzlovyi');
    expect(nameKey('ХАРКІВ')).toBe(nameKey('Kharkiv'));
  });
  it('scores similarity after folding', () => {
    expect(nameSimilarity('Izyum', 'Izyum')).toBe(1);
    expect(nameSimilarity('Izyum', 'Izium')).toBeCloseTo(0.8);
    expect(nameSimilarity('Kyiv', 'Lviv')).toBeLessThan(0.6);
  });
});
