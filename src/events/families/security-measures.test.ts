import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { securityMeasures } from './security-measures.js';

describe('security-measures trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(securityMeasures);
  });
});
