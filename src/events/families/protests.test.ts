import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { protests } from './protests.js';

describe('protests trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(protests);
  });
});
