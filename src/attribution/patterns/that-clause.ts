/**
 * Any verb with a subject and a that-clause reports a stance, whether or not it is in the cue
 * lexicon ("the mayor conceded that…", "the envoy bragged that…").
 *
 *   matches:  The regional mayor conceded that the bridge had been lost.
 *   must not: The bridge that the army built was lost in May.
 *             ("that" opens a relative clause after a noun, not a verb's complement)
 */
import { cuePattern, type Context, type Found, contentEnd, insideQuote, sourceBefore, foundAt } from '../context.js';

// Verbs whose that-clause is a consequence or a state, not something reported.
// prettier-ignore
const NOT_REPORTING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'means', 'meant', 'ensure', 'ensured', 'ensures', 'so', 'such', 'given', 'provided', 'except', 'now', 'seeing', 'assuming']);

export const thatClause = cuePattern({
  name: 'that-clause',
  matches: 'The regional mayor conceded that the bridge had been lost.',
  mustNot: 'The bridge that the army built was lost in May.',
  from: 1,
  after: 1,
  skip: [],
  at: (ctx, i) => ctx.lower[i] === 'that' && ctx.tokens[i].pos === 'SCONJ',
  read(ctx: Context, i: number, out: Found[]): void {
    let v = i - 1;
    if (ctx.tokens[v].pos === 'ADV' && v > 0) v--;
    const verb = ctx.tokens[v];
    if (verb.pos !== 'VERB' || ctx.usedCues.has(v) || NOT_REPORTING.has(ctx.lower[v]) || insideQuote(ctx, v)) return;
    const s0 = ctx.sentStart[v];
    const s1 = ctx.sentEnd[v];
    const source = sourceBefore(ctx, v, s0);
    if (!source) return;
    const end = contentEnd(ctx, s1);
    if (i >= end) return;
    ctx.usedCues.add(v);
    out.push(foundAt(ctx, 'that-clause', 'indirect', { source, cue: [v, v + 1], content: [i, end] }));
  },
});
