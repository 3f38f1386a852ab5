import { describe, test } from 'vitest';
import { accordingTo } from './according-to.js';
import { documentedExamples, expectFirst } from './patterns.testkit.js';

describe('according-to', () => {
  // source after the cue, content after the comma
  documentedExamples(accordingTo, {
    source: 'the regional governor',
    cue: 'According to',
    content: 'three villages lost power overnight',
  });
  test('content before the cue', () => {
    expectFirst(accordingTo, 'Two bridges were destroyed last week, according to the Institute for the Study of War.', {
      source: 'the Institute for the Study of War',
      content: 'Two bridges were destroyed last week',
    });
  });
});
