/** The tests every suppression rule gets from its own examples; only the rules' tests import this file. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/analyse.js';
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { TITLES } from '../../lexicon/titles.js';
import { contextFor, type SuppressContext, type SuppressionRule } from './rule.js';

/** What a rule's test assumes of the context beyond the sentence (a demonym, a population). */
type Prepare = (ctx: SuppressContext, surface: string) => void;

/** `rule` on the first `surface` of `sentence`, with the surname set the recogniser builds: words after a first name or a title. */
function runRule(rule: SuppressionRule, sentence: string, surface: string, prepare?: Prepare): string | null {
  const { tokens } = tokenize(sentence);
  const ctx = contextFor(sentence, surface, tokens);
  prepare?.(ctx, surface);
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1].text.toLowerCase();
    if (FIRST_NAMES.has(prev) || TITLES.has(prev)) ctx.persons.add(tokens[i].text);
  }
  return rule.suppress(ctx);
}

/** The surface of the examples ("a|b") that stands as a word in `sentence`, else the first. */
export function surfaceIn(rule: SuppressionRule, sentence: string): string {
  const surfaces = rule.examples.surface.split('|');
  return surfaces.find((x) => new RegExp(`\\b${x}\\b`).test(sentence)) ?? surfaces[0];
}

/** The rule's `matches` are suppressed; its `mustNot` are kept. */
export function describeExamples(rule: SuppressionRule, prepare?: Prepare): void {
  const run = (s: string) => runRule(rule, s, surfaceIn(rule, s), prepare);
  describe(rule.name, () => {
    for (const s of rule.examples.matches) {
      it('suppresses: ' + s, () => expect(run(s)).not.toBeNull());
    }
    for (const s of rule.examples.mustNot) {
      it('keeps: ' + s, () => expect(run(s)).toBeNull());
    }
  });
}
