import { describe, expect, test } from 'vitest';
import { accordingTo } from './according-to.js';
import { documentedExamples, run } from './patterns.testkit.js';

describe('according-to', () => {
  // source after the cue, content after the comma
  documentedExamples(accordingTo, {
    source: 'the regional governor',
    cue: 'According to',
    content: 'three villages lost power overnight',
  });
  test('content before the cue', () => {
    const [f] = run(
      accordingTo,
      'Two bridges were destroyed last week, according to the Institute for the Study of War.',
    );
    expect(f).toMatchObject({
      source: 'the Institute for the Study of War',
      content: 'Two bridges were destroyed last week',
    });
  });
});
