import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { sexualViolence } from './sexual-violence.js';

describe('sexual-violence trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(sexualViolence);
  });
});
