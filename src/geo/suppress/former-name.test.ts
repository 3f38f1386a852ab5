import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../text/analyse.js';
import { getGazetteer } from '../gazetteer.js';
import { contextFor } from './rule.js';
import { formerName as rule } from './former-name.js';

function run(sentence: string, surface: string): string | null {
  const { tokens } = tokenize(sentence);
  const ctx = contextFor(sentence, surface, tokens);
  ctx.candidates = getGazetteer().lookup(surface);
  return rule.suppress(ctx);
}

beforeAll(() => {
  getGazetteer();
}, 600_000);

describe(rule.name, () => {
  for (const s of rule.examples.matches) {
    it('suppresses: ' + s, () => expect(run(s, rule.examples.surface)).not.toBeNull());
  }
  for (const s of rule.examples.mustNot) {
    it('keeps: ' + s, () => expect(run(s, rule.examples.surface)).toBeNull());
  }
  it("keeps a town's own name before a facility", () => {
    expect(run('Shells fell near Kharkiv Park on Sunday.', 'Kharkiv')).toBeNull();
  });
});
