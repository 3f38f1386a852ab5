import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/analyse.js';
import { contextFor } from './rule.js';
import { organisation as rule } from './organisation.js';
import { FIRST_NAMES, TITLES } from './lexicon.js';

// The surname set the recogniser builds: words after a first name or a title.
function run(sentence: string, surface: string): string | null {
  const { tokens } = tokenize(sentence);
  const ctx = contextFor(sentence, surface, tokens);
  ctx.demonym = surface === 'Russian';
  ctx.largest = surface === 'Kentucky' ? 1e7 : 0; // a first-level region
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1].text.toLowerCase();
    if (FIRST_NAMES.has(prev) || TITLES.has(prev)) ctx.persons.add(tokens[i].text);
  }
  return rule.suppress(ctx);
}

const surfaces = rule.examples.surface.split('|');
const surfaceIn = (s: string) => surfaces.find((x) => new RegExp(`\\b${x}\\b`).test(s)) ?? surfaces[0];

describe(rule.name, () => {
  for (const s of rule.examples.matches) {
    it('suppresses: ' + s, () => expect(run(s, surfaceIn(s))).not.toBeNull());
  }
  for (const s of rule.examples.mustNot) {
    it('keeps: ' + s, () => expect(run(s, surfaceIn(s))).toBeNull());
  }
});
