import { describe, test } from 'vitest';
import { documentedExamples, expectFirst } from './patterns.testkit.js';
import { quotedBy } from './quoted-by.js';

describe('quoted-by', () => {
  // the speaker is the one quoted
  documentedExamples(quotedBy, {
    source: 'The local governor',
    cue: 'said',
    content: 'the power plant had been shelled',
  });
  test('without commas', () => {
    expectFirst(quotedBy, 'The deputy governor quoted by TASS said that two schools were damaged.', {
      source: 'The deputy governor',
      cue: 'said',
      content: 'that two schools were damaged',
    });
  });
});
