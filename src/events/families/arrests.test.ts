import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { arrests } from './arrests.js';

describe('arrests trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(arrests);
  });
});
