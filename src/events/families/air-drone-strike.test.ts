import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { airDroneStrike } from './air-drone-strike.js';

describe('air-drone-strike trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(airDroneStrike);
  });
});
