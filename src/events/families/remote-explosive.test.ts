import { describe, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { remoteExplosive } from './remote-explosive.js';

describe('remote-explosive trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(remoteExplosive);
  });
});
