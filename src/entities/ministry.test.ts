import { describe, expect, test } from 'vitest';
import { ministry, ministryCanonical, ministryKey } from './ministry.js';

describe('ministry', () => {
  test('its example matches and its counter-example does not', () => {
    expect(ministry.find(ministry.matches).map((m) => m.text)).toEqual(["Poland's Foreign Ministry"]);
    expect(ministry.find(ministry.mustNot)).toEqual([]);
  });
  test('spellings of one ministry share a key', () => {
    const texts = [
      "Russia's Defense Ministry announced a withdrawal.",
      'The Russian Defense Ministry announced a withdrawal.',
      'The Russian Ministry of Defense announced a withdrawal.',
      'The Ministry of Defence of the Russian Federation announced a withdrawal.',
    ];
    const keys = texts.map((t) => {
      const [m] = ministry.find(t);
      return ministryKey(m.domain, m.country);
    });
    expect(new Set(keys).size).toBe(1);
    const [m] = ministry.find(texts[0]);
    expect(m.text).toBe("Russia's Defense Ministry");
    expect(ministryCanonical(m.domain, m.country)).toBe('Russian Ministry of Defence');
  });
  test('a bare ministry has no country; another country is another ministry', () => {
    const [bare] = ministry.find('A Defense Ministry spokesman spoke.');
    expect(bare.country).toBeNull();
    expect(bare.text).toBe('Defense Ministry');
    const [ua] = ministry.find("Ukraine's Defence Ministry said so.");
    expect(ministryKey(ua.domain, ua.country)).not.toBe(ministryKey('Defence', 'Russia'));
  });
});
