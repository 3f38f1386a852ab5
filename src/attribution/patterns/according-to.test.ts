import { describe, expect, test } from 'vitest';
import { accordingTo } from './according-to.js';
import { run } from './patterns.testkit.js';

describe('according-to', () => {
  test('its example matches: source after the cue, content after the comma', () => {
    const [f] = run(accordingTo, accordingTo.matches);
    expect(f).toMatchObject({ source: 'the regional governor', cue: 'According to', content: 'three villages lost power overnight' });
  });
  test('its counter-example does not', () => {
    expect(run(accordingTo, accordingTo.mustNot)).toEqual([]);
  });
  test('content before the cue', () => {
    const [f] = run(accordingTo, 'Two bridges were destroyed last week, according to the Institute for the Study of War.');
    expect(f).toMatchObject({ source: 'the Institute for the Study of War', content: 'Two bridges were destroyed last week' });
  });
});
