import { expect, test } from 'vitest';
import { buildContext, type AttributionPattern, type Found } from '../context.js';
import { articleOf } from '../../testing/article.js';

/** Runs one pattern family on a sentence; returns its finds as text. */
export function run(
  pattern: AttributionPattern,
  text: string,
): { source: string | null; cue: string | null; content: string; found: Found }[] {
  const a = articleOf(text);
  const ctx = buildContext(text, a.tokens!, a.sentences!);
  return pattern.find(ctx).map((f) => ({
    source: f.source ? text.slice(f.source[0], f.source[1]) : null,
    cue: f.cue ? text.slice(f.cue[0], f.cue[1]) : null,
    content: text.slice(f.content[0], f.content[1]),
    found: f,
  }));
}

/** Asserts that the family's first find in `text` reads as `reads` says (the fields it names). */
export function expectFirst(
  pattern: AttributionPattern,
  text: string,
  reads: { source?: string | null; cue?: string | null; content?: string },
): void {
  const [f] = run(pattern, text);
  expect(f).toMatchObject(reads);
}

/**
 * The two tests every family's file begins with: its documented example (`matches`) reads as
 * `reads` says, and its documented counter-example (`mustNot`) finds nothing.
 */
export function documentedExamples(
  pattern: AttributionPattern,
  reads: { source: string | null; cue: string; content: string },
): void {
  test(`its example matches: ${pattern.matches}`, () => {
    expectFirst(pattern, pattern.matches, reads);
  });
  test(`its counter-example does not: ${pattern.mustNot}`, () => {
    expect(run(pattern, pattern.mustNot)).toEqual([]);
  });
}
