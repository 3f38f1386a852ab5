/**
 * A statement relayed with its speaker named as the object: "X cited Y as stating CONTENT",
 * "X quoted Y as saying CONTENT". The source is Y; the cue runs from "cited" to "saying".
 *
 *   matches:  State television quoted the deputy mayor as saying the evacuation had begun.
 *   must not: The report cited heavy rain as the reason for the delay.
 *             (no reporting verb after "as")
 */
import { cuePattern, type Context, type Found, contentEnd, sourceAfter, foundAt } from '../context.js';
import { complementStart } from './speech-verb.js';

const RELAY = new Set(['cited', 'quoted', 'cites', 'quotes', 'citing', 'quoting']);
// prettier-ignore
const SAYING = new Set(['saying', 'stating', 'telling', 'claiming', 'confirming', 'announcing', 'warning', 'insisting', 'denying', 'having', 'describing']);

export const citedAs = cuePattern({
  name: 'cited-as',
  matches: 'State television quoted the deputy mayor as saying the evacuation had begun.',
  mustNot: 'The report cited heavy rain as the reason for the delay.',
  from: 0,
  after: 0,
  skip: [],
  at: (ctx, i) => RELAY.has(ctx.lower[i]),
  read(ctx: Context, i: number, out: Found[]): void {
    const s1 = ctx.sentEnd[i];
    const speaker = sourceAfter(ctx, i + 1, Math.min(s1, i + 16));
    if (!speaker) return;
    const as = speaker[1];
    if (ctx.lower[as] !== 'as') return;
    const verb = as + 1;
    if (!SAYING.has(ctx.lower[verb])) return;
    const start = complementStart(ctx, verb + 1, s1, false);
    const end = contentEnd(ctx, s1);
    if (start >= end) return;
    ctx.usedCues.add(i);
    ctx.usedCues.add(verb);
    out.push(foundAt(ctx, 'cited-as', 'indirect', { source: speaker, cue: [i, verb + 1], content: [start, end] }));
  },
});
