import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { regainsTerritory } from './regains-territory.js';

describe('regains-territory trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(regainsTerritory);
  });
});
