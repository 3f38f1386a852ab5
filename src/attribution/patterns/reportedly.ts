/**
 * "reportedly": an unnamed source vouches for the clause. The adverb is the cue, there is no
 * source, and the content is the clause around it. Next to a reporting verb ("reportedly said")
 * the verb's claim carries it instead.
 *
 *   matches:  The ferry reportedly left the port before dawn.
 *   must not: The ferry reportedly said to be leaving was late.
 *             (the adverb sits against a reporting verb: that verb is the cue)
 */
import { cuePattern, type Context, type Found, contentEnd, isCue, sentenceSubject, foundAt } from '../context.js';

export const reportedly = cuePattern({
  name: 'reportedly',
  matches: 'The ferry reportedly left the port before dawn.',
  mustNot: 'The ferry reportedly said to be leaving was late.',
  from: 1,
  after: 1,
  skip: ['taken', 'quoted'],
  at: (ctx, i) => ctx.lower[i] === 'reportedly',
  read(ctx: Context, i: number, out: Found[]): void {
    if (isCue(ctx, i + 1) || isCue(ctx, i - 1) || ctx.usedCues.has(i + 1) || ctx.usedCues.has(i - 1)) return;
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    const subject = sentenceSubject(ctx, s0, i + 1);
    const end = contentEnd(ctx, s1);
    if (!subject || subject[1] > i || end <= i + 1) return;
    ctx.usedCues.add(i);
    out.push(foundAt(ctx, 'reportedly', 'indirect', { source: null, cue: [i, i + 1], content: [subject[0], end] }));
  },
});
