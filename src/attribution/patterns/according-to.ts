/**
 * "according to X": the source follows the cue; the content is the rest of the sentence, before
 * the cue ("CONTENT, according to X.") or after it ("According to X, CONTENT.").
 *
 *   matches:  According to the regional governor, three villages lost power overnight.
 *   must not: The villages were rebuilt according to the original plans.
 *             (no source is named after "according to": plans, schedules and rules are not sources)
 */
import { cuePattern, type Context, type Found, type Range, contentEnd, sourceAfter, foundAt } from '../context.js';

// Nouns after "according to" that name a plan or rule, not a source.
// prettier-ignore
const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'rules', 'law', 'laws', 'tradition', 'protocol', 'script', 'design', 'instructions', 'procedure', 'procedures']);

export const accordingTo = cuePattern({
  name: 'according-to',
  matches: 'According to the regional governor, three villages lost power overnight.',
  mustNot: 'The villages were rebuilt according to the original plans.',
  from: 0,
  after: 1,
  skip: ['quoted'],
  at: (ctx, i) => ctx.lower[i] === 'according' && ctx.lower[i + 1] === 'to',
  read(ctx: Context, i: number, out: Found[]): void {
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    // the source runs to the next comma or the sentence end ("according to polling by the union")
    let source = sourceAfter(ctx, i + 2, Math.min(s1, i + 22));
    let stop = i + 2;
    while (
      stop < s1 &&
      stop - i < 22 &&
      ctx.lower[stop] !== ',' &&
      !(
        ctx.tokens[stop].pos === 'PUNCT' &&
        ctx.lower[stop] !== '-' &&
        ctx.lower[stop] !== "'s" &&
        ctx.lower[stop] !== '’s' &&
        ctx.lower[stop] !== '.'
      )
    )
      stop++;
    while (stop > i + 2 && ctx.tokens[stop - 1].pos === 'PUNCT') stop--;
    if (stop > i + 2 && (!source || source[1] < stop) && stop - (i + 2) <= 16) source = [i + 2, stop];
    if (!source) return;
    const head = ctx.lower[source[1] - 1];
    if (NOT_SOURCES.has(head)) return;
    let content: Range | null = null;
    if (i === s0 || (i === s0 + 1 && ctx.tokens[s0].pos === 'PUNCT')) {
      let k = source[1];
      while (k < s1 && ctx.lower[k] === ',') k++;
      const end = contentEnd(ctx, s1);
      if (k < end) content = [k, end];
    } else {
      let b = i;
      while (b > s0 && (ctx.lower[b - 1] === ',' || ctx.lower[b - 1] === '(')) b--;
      if (b > s0) content = [s0, b];
      // "…, according to X, CONTENT continues" is rare; the sentence start is the content
    }
    if (!content) return;
    ctx.usedCues.add(i);
    out.push(foundAt(ctx, 'according-to', 'according_to', { source, cue: [i, i + 2], content }));
  },
});
