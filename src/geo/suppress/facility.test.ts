import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../text/analyse.js';
import { getGazetteer } from '../gazetteer.js';
import { geoparse } from '../index.js';
import { textArticle, type Article } from '../../model.js';
import { contextFor } from './rule.js';
import { facilityModifier as rule } from './facility.js';

function run(sentence: string, surface: string): string | null {
  const { tokens } = tokenize(sentence);
  const ctx = contextFor(sentence, surface, tokens);
  ctx.largest = Math.max(
    ...getGazetteer()
      .lookup(surface)
      .map((c) => c.place.population),
  );
  return rule.applies(ctx);
}

const surfaces = rule.examples.surface.split('|');
const surfaceIn = (s: string) => surfaces.find((x) => new RegExp(`\\b${x}\\b`).test(s)) ?? surfaces[0];
const article = (text: string): Article => textArticle(text);

beforeAll(() => {
  getGazetteer();
}, 600_000);

describe(rule.name, () => {
  for (const s of rule.examples.matches) {
    it('applies: ' + s, () => expect(run(s, surfaceIn(s))).not.toBeNull());
  }
  for (const s of rule.examples.mustNot) {
    it('does not apply: ' + s, () => expect(run(s, surfaceIn(s))).toBeNull());
  }
  it('keeps the town as a toponym, and still drops the medium and the river', () => {
    const names = (s: string) => (geoparse(article(s)).toponyms ?? []).map((t) => t.text);
    expect(names(rule.examples.matches[0])).toContain('Kyiv');
    expect(names(rule.examples.matches[1])).toContain('Vinnytsia');
    expect(names(rule.examples.mustNot[0])).not.toContain('Kyiv');
    expect(names(rule.examples.mustNot[1])).not.toContain('Vinnytsia');
  });
});
