import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { violenceAgainstCivilians } from './violence-against-civilians.js';

describe('violence-against-civilians trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(violenceAgainstCivilians);
  });
});
