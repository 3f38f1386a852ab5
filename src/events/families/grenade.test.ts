import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { grenade } from './grenade.js';

describe('grenade trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(grenade);
  });
});
