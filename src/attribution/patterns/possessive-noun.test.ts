import { describe, test } from 'vitest';
import { documentedExamples, expectFirst } from './patterns.testkit.js';
import { possessiveNoun } from './possessive-noun.js';

describe('possessive-noun', () => {
  documentedExamples(possessiveNoun, {
    source: 'The governor',
    cue: 'claim',
    content: 'that the dam was mined alarmed the villagers',
  });
  test('a complement with "of"', () => {
    expectFirst(possessiveNoun, "Kyiv's denial of the strike came within hours.", {
      source: 'Kyiv',
      cue: 'denial',
      content: 'the strike came within hours',
    });
  });
});
