/**
 * A poll or survey as the source, introduced by "in": "In a June survey by the institute, most
 * residents said…", "The mayor leads by ten points in the latest Kyiv Institute poll." The cue
 * is "in", the source the poll's noun phrase, the content the rest of the sentence. Mid-sentence,
 * only a named poll counts ("leads in the polls" is a standing, not a claim).
 *
 *   matches:  In a survey released on Monday, six in ten residents backed the new curfew.
 *   must not: The answers were stored in a survey database for later study.
 *             ("survey" modifies another noun: no poll is the source)
 */
import { cuePattern, type Context, type Found, type Range, contentEnd, foundAt } from '../context.js';

const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
// bare plurals are sources ("ahead in national polls"), a bare singular rarely is ("in polling")
const BARE_OK = new Set(['polls', 'surveys']);
const NP_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const NP_GLUE = new Set(['/', '-', "'s", '’s', '&']);
const MAX_NP = 10;

export const inPoll = cuePattern({
  name: 'in-poll',
  matches: 'In a survey released on Monday, six in ten residents backed the new curfew.',
  mustNot: 'The answers were stored in a survey database for later study.',
  from: 0,
  after: 1,
  skip: ['taken', 'quoted'],
  at: (ctx, i) => ctx.lower[i] === 'in',
  read(ctx: Context, i: number, out: Found[]): void {
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    // "said in a poll released…": the verb before is the cue, taken by another family
    if (i > s0 && (ctx.tokens[i - 1].pos === 'VERB' || ctx.tokens[i - 1].pos === 'AUX')) return;
    let head = -1;
    for (let k = i + 1; k < s1 && k - i <= MAX_NP; k++) {
      if (POLL_HEADS.has(ctx.lower[k])) {
        head = k;
        break;
      }
      if (!NP_POS.has(ctx.tokens[k].pos) && !NP_GLUE.has(ctx.lower[k])) break;
    }
    if (head < 0) return;
    // "a survey database": the poll word modifies the head noun after it
    const after = ctx.tokens[head + 1];
    if (after && head + 1 < s1 && after.pos === 'NOUN') return;
    if (head === i + 1 && !BARE_OK.has(ctx.lower[head])) return;
    const source: Range = [i + 1, head + 1];
    let content: Range | null = null;
    const end = contentEnd(ctx, s1);
    if (i === s0 || (i === s0 + 1 && ctx.tokens[s0].pos === 'PUNCT')) {
      // "In a poll …, CONTENT."
      let c = head + 1;
      while (c < end && c - head < 15 && ctx.lower[c] !== ',') c++;
      if (ctx.lower[c] === ',' && c + 1 < end) content = [c + 1, end];
    } else {
      // mid-sentence, "in the polls" is mostly a standing ("leads in the polls"); a named poll
      // ("in a Gallup survey") is a source
      let named = false;
      for (let k = i + 1; k < head; k++)
        if (ctx.tokens[k].pos === 'PROPN' || /^[A-Z]/.test(ctx.tokens[k].text)) named = true;
      if (!named) return;
      let b = i;
      while (b > s0 && (ctx.lower[b - 1] === ',' || ctx.tokens[b - 1].pos === 'PUNCT')) b--;
      if (b - s0 >= 3) content = [s0, b];
    }
    if (!content) return;
    ctx.usedCues.add(i);
    out.push(foundAt(ctx, 'in-poll', 'according_to', { source, cue: [i, i + 1], content }));
  },
});
