import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { shelling } from './shelling.js';

describe('shelling trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(shelling);
  });
});
