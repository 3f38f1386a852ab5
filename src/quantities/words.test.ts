import { describe, expect, it } from 'vitest';
import { S } from './number.js';
import { MODIFIERS, PEOPLE } from './words.js';

const counted = (text: string) =>
  new RegExp(`^\\d[\\d,]*${MODIFIERS}${S}(?:${PEOPLE})\\b`, 'iu').exec(text)?.[0] ?? null;

describe('word slots', () => {
  it('allows up to two modifiers between a number and its noun', () => {
    expect(counted('1,300 paramilitary troops loyal to him')).toBe('1,300 paramilitary troops');
    expect(counted('30,000 Russian-speaking civilians')).toBe('30,000 Russian-speaking civilians');
  });

  it("counts a nationality as people, any country's (world-countries)", () => {
    expect(counted('300 Kenyans were evacuated')).toBe('300 Kenyans');
    expect(counted('12 Sudanese were wounded')).toBe('12 Sudanese');
  });

  it('stops at "of", so a part is not a count', () => {
    expect(counted('12 of the soldiers')).toBeNull();
  });
});
