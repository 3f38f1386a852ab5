import { describe, expect, test } from 'vitest';
import { run } from './patterns.testkit.js';
import { reportedly } from './reportedly.js';

describe('reportedly', () => {
  test('its example matches: no source, the clause is the content', () => {
    const [f] = run(reportedly, reportedly.matches);
    expect(f).toMatchObject({ source: null, cue: 'reportedly', content: 'The ferry reportedly left the port before dawn' });
  });
  test('its counter-example does not: the reporting verb next to it is the cue', () => {
    expect(run(reportedly, reportedly.mustNot)).toEqual([]);
  });
});
