import { describe, expect, test } from 'vitest';
import { run } from './patterns.testkit.js';
import { quotedBy } from './quoted-by.js';

describe('quoted-by', () => {
  test('its example matches: the speaker is the one quoted', () => {
    const [f] = run(quotedBy, quotedBy.matches);
    expect(f).toMatchObject({ source: 'The local governor', cue: 'said', content: 'the power plant had been shelled' });
  });
  test('without commas', () => {
    const [f] = run(quotedBy, 'The deputy governor quoted by TASS said that two schools were damaged.');
    expect(f).toMatchObject({ source: 'The deputy governor', cue: 'said', content: 'that two schools were damaged' });
  });
  test('its counter-example does not', () => {
    expect(run(quotedBy, quotedBy.mustNot)).toEqual([]);
  });
});
