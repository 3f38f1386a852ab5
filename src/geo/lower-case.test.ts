import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../text/analyse.js';
import { getGazetteer } from './gazetteer.js';
import { lowerCasePlace as rule } from './lower-case.js';

const surfaces = rule.examples.surface.split('|');
function run(sentence: string): number {
  const { tokens } = tokenize(sentence);
  const i = tokens.findIndex((t) => surfaces.includes(t.text));
  return rule.candidates(tokens, i, getGazetteer()).length;
}

beforeAll(() => {
  getGazetteer();
}, 600_000);

describe(rule.name, () => {
  for (const s of rule.examples.matches) {
    it('finds a town in: ' + s, () => expect(run(s)).toBeGreaterThan(0));
  }
  for (const s of rule.examples.mustNot) {
    it('finds none in: ' + s, () => expect(run(s)).toBe(0));
  }
});
