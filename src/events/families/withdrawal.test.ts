import { describe, expect, it } from 'vitest';
import { checkFamily } from '../testing.js';
import { withdrawal } from './withdrawal.js';

describe('withdrawal trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(withdrawal);
  });
});

import { eventsOf } from '../testing.js';

describe('withdrawal anchors', () => {
  it('places a regrouping where the troops leave, not where they go', () => {
    const [e] = eventsOf(
      'The ministry said its troops in the Lyman area were being regrouped to reinforce the Siversk direction.',
    );
    expect(e.location?.text).toBe('Lyman');
  });
});
