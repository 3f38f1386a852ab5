import { describe, expect, test } from 'vitest';
import { articleOf } from '../../testing/article.js';
import { articleEntities } from '../index.js';
import { possessiveRole } from './possessive-role.js';

function entitiesOf(text: string) {
  return articleEntities('t', text, articleOf(text).tokens!, []);
}
const person = (text: string, last: string) =>
  entitiesOf(text).find((e) => e.type === 'person' && e.variants.includes(last))!;

describe('a role held for someone takes their side', () => {
  test('its example matches, its counter-example does not', () => {
    const lead = 'Russian President Carlos Lopez spoke first. ';
    expect(person(lead + possessiveRole.matches + ', said the talks were over.', 'Ruiz')).toMatchObject({
      side: 'Russia',
    });
    expect(person(lead + possessiveRole.mustNot + ', said the talks were over.', 'Ruiz').side).toBeNull();
  });
  test('"X’s permanent envoy to the United Nations" and "an adviser to X"', () => {
    const t =
      'Ukrainian President Ivan Bondar flew to Rome. Bondar’s permanent envoy to the United Nations, Olha Marchenko, said the vote was fixed. An adviser to Bondar, Yuriy Tkach, agreed.';
    const envoy = person(t, 'Marchenko');
    expect(envoy.side).toBe('Ukraine');
    expect(envoy.sideEvidence).toContain('envoy');
    expect(person(t, 'Tkach').side).toBe('Ukraine');
  });
  test('no side when the one served has none', () => {
    expect(person('Carlos Lopez’s spokesman, Anna Ruiz, said nothing.', 'Ruiz').side).toBeNull();
  });
});
