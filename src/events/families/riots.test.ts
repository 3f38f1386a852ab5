import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { riots } from './riots.js';

describe('riots trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(riots);
  });
});
