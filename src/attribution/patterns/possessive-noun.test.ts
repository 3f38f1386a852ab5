import { describe, expect, test } from 'vitest';
import { documentedExamples, run } from './patterns.testkit.js';
import { possessiveNoun } from './possessive-noun.js';

describe('possessive-noun', () => {
  documentedExamples(possessiveNoun, {
    source: 'The governor',
    cue: 'claim',
    content: 'that the dam was mined alarmed the villagers',
  });
  test('a complement with "of"', () => {
    const [f] = run(possessiveNoun, "Kyiv's denial of the strike came within hours.");
    expect(f).toMatchObject({ source: 'Kyiv', cue: 'denial', content: 'the strike came within hours' });
  });
});
