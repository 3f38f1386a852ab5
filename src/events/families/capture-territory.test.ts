import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { captureTerritory } from './capture-territory.js';

describe('capture-territory trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(captureTerritory);
  });
});
