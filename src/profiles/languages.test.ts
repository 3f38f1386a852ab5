import { describe, expect, it } from 'vitest';
import { knowledge } from './index.js';

describe('Knowledge.languages', () => {
  it("names the languages of the profiles' countries, from world-countries", () => {
    const all = knowledge().languages();
    expect(all).toEqual(expect.arrayContaining(['Russian', 'Ukrainian', 'Arabic', 'Burmese']));
    expect(all).not.toContain('Sudanese');
  });

  it("with a forced profile, only that profile's countries", () => {
    const sudan = knowledge({ id: 'sudan', by: 'forced' }).languages();
    expect(sudan).toContain('Arabic');
    expect(sudan).not.toContain('Burmese');
  });
});
