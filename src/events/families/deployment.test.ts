import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { deployment } from './deployment.js';

describe('deployment trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(deployment);
  });
});
