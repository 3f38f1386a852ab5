/**
 * A nominal cue with its source as possessor: "the governor's claim that…", "Kyiv's denial of…",
 * "the ministry's statement about…". The content is the complement of the noun.
 *
 *   matches:  The governor's claim that the dam was mined alarmed the villagers.
 *   must not: The governor's car was parked near the dam.
 *             (a possessed noun that is not a cue)
 */
import { cuePattern, type Context, type Found, sourceBefore, foundAt } from '../context.js';

// prettier-ignore
const CUE_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'comment', 'comments', 'remarks', 'criticism', 'criticisms',
  'complaint', 'complaints', 'view', 'views', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'pledges',
  'call', 'calls', 'plan', 'plans', 'proposal', 'proposals', 'accusation', 'accusations', 'denial', 'denials',
  'announcement', 'assertion', 'assertions', 'argument', 'arguments', 'insistence', 'belief', 'beliefs',
  'assessment', 'estimate', 'estimates', 'message', 'suggestion', 'demand', 'demands', 'threat', 'threats',
  'position', 'stance', 'opposition', 'endorsement', 'attacks', 'praise', 'description', 'characterization',
  'admission', 'allegation', 'allegations', 'prediction', 'predictions', 'testimony', 'account', 'version',
]);
// prettier-ignore
const COMPLEMENT_START = new Set(['that', 'of', 'about', 'on', 'to', 'for', 'against']);
const MAX_CONTENT = 30;

export const possessiveNoun = cuePattern({
  name: 'possessive-noun',
  matches: "The governor's claim that the dam was mined alarmed the villagers.",
  mustNot: "The governor's car was parked near the dam.",
  from: 1,
  after: 1,
  skip: ['taken', 'quoted'],
  at: (ctx, i) => CUE_NOUNS.has(ctx.lower[i]),
  read(ctx: Context, i: number, out: Found[]): void {
    // possessor right before the noun, perhaps with one adjective ("Kyiv's latest claim")
    let p = i - 1;
    if (ctx.tokens[p].pos === 'ADJ' && p > 0) p--;
    if (ctx.lower[p] !== "'s" && ctx.lower[p] !== '’s') return;
    const next = ctx.lower[i + 1];
    if (!COMPLEMENT_START.has(next)) return;
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    const source = sourceBefore(ctx, p, s0);
    if (!source) return;
    // the complement runs to the next comma or the end of the sentence
    let e = i + 2;
    while (e < s1 && e - i < MAX_CONTENT && ctx.lower[e] !== ',' && ctx.tokens[e].pos !== 'PUNCT') e++;
    if (e <= i + 2) return;
    const contentStart = next === 'that' ? i + 1 : i + 2;
    ctx.usedCues.add(i);
    out.push(foundAt(ctx, 'possessive-noun', 'indirect', { source, cue: [i, i + 1], content: [contentStart, e] }));
  },
});
