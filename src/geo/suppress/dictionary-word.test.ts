import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../text/analyse.js';
import { getGazetteer } from '../gazetteer.js';
import { contextFor } from './rule.js';
import { dictionaryWord as rule } from './dictionary-word.js';

// the candidates come from the real gazetteer: the rule weighs how each one matched
function run(sentence: string, surface: string): string | null {
  const { tokens } = tokenize(sentence);
  const ctx = contextFor(sentence, surface, tokens);
  ctx.candidates = getGazetteer().lookup(surface);
  return rule.suppress(ctx);
}

const surfaces = rule.examples.surface.split('|');
const surfaceIn = (s: string) => surfaces.find((x) => new RegExp(`\\b${x}\\b`).test(s)) ?? surfaces[0];

beforeAll(() => {
  getGazetteer();
}, 600_000);

describe(rule.name, () => {
  for (const s of rule.examples.matches) {
    it('suppresses: ' + s, () => expect(run(s, surfaceIn(s))).not.toBeNull());
  }
  for (const s of rule.examples.mustNot) {
    it('keeps: ' + s, () => expect(run(s, surfaceIn(s))).toBeNull());
  }
  it('ignores words outside the dictionary and words without candidates', () => {
    expect(run('Shelling hit Kupiansk overnight.', 'Kupiansk')).toBeNull();
    const { tokens } = tokenize('Tank destroyed near the village.');
    expect(rule.suppress(contextFor('Tank destroyed near the village.', 'Tank', tokens))).toBeNull();
  });
});
