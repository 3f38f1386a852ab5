import { buildContext, type AttributionPattern, type Found } from '../context.js';
import { articleOf } from '../../testing/article.js';

/** Runs one pattern family on a sentence; returns its finds as text. */
export function run(pattern: AttributionPattern, text: string): { source: string | null; cue: string | null; content: string; found: Found }[] {
  const a = articleOf(text);
  const ctx = buildContext(text, a.tokens!, a.sentences!);
  return pattern.find(ctx).map((f) => ({
    source: f.source ? text.slice(f.source[0], f.source[1]) : null,
    cue: f.cue ? text.slice(f.cue[0], f.cue[1]) : null,
    content: text.slice(f.content[0], f.content[1]),
    found: f,
  }));
}
