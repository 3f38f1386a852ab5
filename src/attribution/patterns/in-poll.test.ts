import { describe, expect, test } from 'vitest';
import { inPoll } from './in-poll.js';
import { documentedExamples, expectFirst, run } from './patterns.testkit.js';

describe('in-poll', () => {
  // a sentence-initial poll, content after the comma
  documentedExamples(inPoll, { source: 'a survey', cue: 'In', content: 'six in ten residents backed the new curfew' });
  test('a named poll mid-sentence: the content is the sentence before it', () => {
    expectFirst(inPoll, 'The mayor leads by ten points in the latest Kyiv Institute poll.', {
      source: 'the latest Kyiv Institute poll',
      cue: 'in',
      content: 'The mayor leads by ten points',
    });
  });
  test('a standing "in the polls" is no claim', () => {
    expect(run(inPoll, 'The mayor has slipped badly in the polls since spring.')).toEqual([]);
  });
});
