/**
 * A relayed statement: "X, quoted by TASS, said CONTENT" / "X quoted by TASS said CONTENT" /
 * "X, cited by Interfax, said CONTENT".
 * The speaker is X; the agency relays it.
 *
 *   matches:  The local governor, quoted by Interfax, said the power plant had been shelled.
 *   must not: The governor was quoted by Interfax in a long interview about the harvest.
 *             (no reporting verb follows the relay)
 */
import { cuePattern, type Context, type Found, contentEnd, isCue, sourceBefore, foundAt } from '../context.js';
import { complementStart } from './speech-verb.js';

export const quotedBy = cuePattern({
  name: 'quoted-by',
  matches: 'The local governor, quoted by Interfax, said the power plant had been shelled.',
  mustNot: 'The governor was quoted by Interfax in a long interview about the harvest.',
  from: 1,
  after: 1,
  skip: [],
  at: (ctx, i) => (ctx.lower[i] === 'quoted' || ctx.lower[i] === 'cited') && ctx.lower[i + 1] === 'by',
  read(ctx: Context, i: number, out: Found[]): void {
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    const commas = ctx.lower[i - 1] === ',';
    // the relay ends at the cue: ", quoted by TASS, said" or " quoted by TASS said"
    let c = i + 2;
    while (c < s1 && c - i < 10 && ctx.lower[c] !== ',' && !isCue(ctx, c)) c++;
    const cue = ctx.lower[c] === ',' ? c + 1 : c;
    if (!isCue(ctx, cue) || ctx.usedCues.has(cue) || cue === i + 2) return;
    const source = sourceBefore(ctx, commas ? i - 1 : i, s0);
    if (!source) return;
    const start = complementStart(ctx, cue + 1, s1, false);
    const end = contentEnd(ctx, s1);
    if (start >= end) return;
    ctx.usedCues.add(cue);
    out.push(foundAt(ctx, 'quoted-by', 'indirect', { source, cue: [cue, cue + 1], content: [start, end] }));
  },
});
