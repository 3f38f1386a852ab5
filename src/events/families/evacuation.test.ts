import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { evacuation } from './evacuation.js';

describe('evacuation trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(evacuation);
  });
});
