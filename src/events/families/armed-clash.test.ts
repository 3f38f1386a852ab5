import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { armedClash } from './armed-clash.js';

describe('armed-clash trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(armedClash);
  });
});
