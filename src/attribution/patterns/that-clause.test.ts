import { describe, expect, test } from 'vitest';
import { run } from './patterns.testkit.js';
import { thatClause } from './that-clause.js';

describe('that-clause', () => {
  test('its example matches', () => {
    const [f] = run(thatClause, thatClause.matches);
    expect(f).toMatchObject({ source: 'The regional mayor', cue: 'conceded', content: 'that the bridge had been lost' });
  });
  test('its counter-example does not', () => {
    expect(run(thatClause, thatClause.mustNot)).toEqual([]);
  });
});
