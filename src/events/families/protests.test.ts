import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { protestActions, protests } from './protests.js';

describe('protests trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(protests);
  });
});

describe('protest-actions trigger family', () => {
  it('finds a protest in crowd actions with a grievance, and none without', () => {
    checkFamily(protestActions);
  });
});
