import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { disruptedWeapons } from './disrupted-weapons.js';

describe('disrupted-weapons trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(disruptedWeapons);
  });
});
