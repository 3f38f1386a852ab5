import { describe, expect, it } from 'vitest';
import { interCodes } from './inter.js';

describe('interCodes', () => {
  it('codes actors written in ACLED style', () => {
    expect(interCodes.of('Military Forces of Ukraine (2019-)')).toBe(1);
    expect(interCodes.of('Military Forces of Russia (2000-)')).toBe(1);
    expect(interCodes.of('Police Forces of Russia (2000-)')).toBe(1);
    expect(interCodes.of('Civilians (Ukraine)')).toBe(7);
    expect(interCodes.of('Protesters (Russia)')).toBe(6);
    expect(interCodes.of('Rioters (Russia)')).toBe(5);
    expect(interCodes.of('Wagner Group')).toBe(8);
    expect(interCodes.of('Unidentified Armed Group (Ukraine)')).toBe(3);
    expect(interCodes.of('Tribal Militia (Sudan)')).toBe(4);
  });

  it('codes a state’s forces outside their own country as external forces, and a profile’s armed groups by the profile', () => {
    expect(interCodes.of('Military Forces of Russia (2000-)', 'UA')).toBe(8);
    expect(interCodes.of('Military Forces of Russia (2000-)', 'RU')).toBe(1);
    expect(interCodes.of('Military Forces of Sudan (2019-) Rapid Support Forces', 'SD')).toBe(1);
    expect(interCodes.of('KIA: Kachin Independence Army')).toBe(2);
    expect(interCodes.of('Protesters (Sudan)', 'SD')).toBe(6);
  });

  it('gives 0 for no actor or one it cannot place, rather than a guess', () => {
    expect(interCodes.of(null)).toBe(0);
    expect(interCodes.of('Kraken unit of Ukraine')).toBe(0);
  });

  it('concatenates the codes smaller first', () => {
    expect(interCodes.interaction(1, 1)).toBe('11');
    expect(interCodes.interaction(7, 1)).toBe('17');
    expect(interCodes.interaction(1, 0)).toBe('10');
    expect(interCodes.interaction(0, 0)).toBe('');
  });
});
