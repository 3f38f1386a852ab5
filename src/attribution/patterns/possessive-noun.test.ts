import { describe, expect, test } from 'vitest';
import { run } from './patterns.testkit.js';
import { possessiveNoun } from './possessive-noun.js';

describe('possessive-noun', () => {
  test('its example matches', () => {
    const [f] = run(possessiveNoun, possessiveNoun.matches);
    expect(f).toMatchObject({ source: 'The governor', cue: 'claim', content: 'that the dam was mined alarmed the villagers' });
  });
  test('its counter-example does not', () => {
    expect(run(possessiveNoun, possessiveNoun.mustNot)).toEqual([]);
  });
  test('a complement with "of"', () => {
    const [f] = run(possessiveNoun, "Kyiv's denial of the strike came within hours.");
    expect(f).toMatchObject({ source: 'Kyiv', cue: 'denial', content: 'the strike came within hours' });
  });
});
