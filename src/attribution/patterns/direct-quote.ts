/**
 * Direct quotes: the quoted words are the content; the cue and source sit right after the quote
 * (“…,” Petrenko said / “…,” said Petrenko), right before it (Petrenko said: “…”), or between two
 * halves of one quote (“…,” he said, “…”).
 *
 *   matches:  “The bridge is intact,” Olena Kovalenko said on Monday.
 *   must not: The so-called “liberation” of the village was a disaster for everyone.
 *             (scare quotes with no cue next to them)
 */
import {
  type AttributionPattern,
  type Context,
  type Found,
  type Range,
  isCue,
  isQuote,
  isSentenceEnd,
  sentenceSubject,
  skipBackBetween,
  sourceAfter,
  sourceBefore,
  tokenAt,
} from '../context.js';

// A cue this many tokens or fewer after a quote still belongs to it ("…,” Vitaliy Petrenko, the head of …, said).
const AFTER_WINDOW = 30;
const BEFORE_WINDOW = 12;

export const directQuote: AttributionPattern = {
  name: 'direct-quote',
  matches: '“The bridge is intact,” Olena Kovalenko said on Monday.',
  mustNot: 'The so-called “liberation” of the village was a disaster for everyone.',
  find(ctx: Context): Found[] {
    const out: Found[] = [];
    // paired once per article, when the context was built
    const { quotes } = ctx;
    let pending: Found | null = null;
    for (let q = 0; q < quotes.length; q++) {
      const quote = quotes[q];
      // a quote that ends its own sentence (“… happened.”) is more often introduced than followed
      const closesSentence =
        /[.!?…]\s*["”»]$/.test(ctx.text.slice(quote.start, quote.end)) &&
        /^\s*[A-Z“"]/.test(ctx.text.slice(quote.end, quote.end + 3));
      // a short quote inside a longer sentence ('words like “maybe”, he said') is the writer's
      // scare quote; the reporting clause then covers the whole sentence (speech-verb family)
      const qWords = ctx.text.slice(quote.start, quote.end).split(/\s+/).length;
      if (
        qWords < 4 &&
        !startsSentence(ctx, quote.start) &&
        !/[:,]\s*$/.test(ctx.text.slice(Math.max(0, quote.start - 3), quote.start))
      )
        continue;
      let hit: Hit | null;
      let after: Hit | null = null;
      if (closesSentence) hit = attachBefore(ctx, quote.start) ?? (after = attachAfter(ctx, quote.end));
      else hit = (after = attachAfter(ctx, quote.end)) ?? attachBefore(ctx, quote.start);
      if (hit) {
        let content: Range = [quote.start, quote.end];
        // “…,” he said, “…” — the second half shares the cue
        const next = quotes[q + 1];
        if (after && next && after.lastToken < ctx.tokens.length) {
          const t = ctx.tokens[after.lastToken];
          const gap = ctx.text.slice(after.endChar, next.start);
          if (t && /^[\s,:;]*$/.test(gap) && next.start - after.endChar < 5) {
            content = [quote.start, next.end];
            q++;
          }
        }
        ctx.usedCues.add(hit.cueToken);
        const f: Found = {
          pattern: 'direct-quote',
          kind: 'direct',
          source: hit.source,
          cue: hit.cue,
          content,
          cueToken: hit.cueToken,
        };
        out.push(f);
        pending = f;
        continue;
      }
      // A quote with no cue of its own continues the previous speaker's quote when it follows it
      // closely (next sentence or paragraph) and is not a short scare quote.
      const words = ctx.text.slice(quote.start, quote.end).split(/\s+/).length;
      // (the content then runs on to the end of this quote, as PolNeAR and PARC annotate it)
      if (pending && words >= 4 && quote.start - pending.content[1] < 400 && startsSentence(ctx, quote.start)) {
        pending.content = [pending.content[0], quote.end];
      }
    }
    return out;
  },
};

interface Hit {
  source: Range | null;
  cue: Range;
  cueToken: number;
  lastToken: number;
  endChar: number;
}

function startsSentence(ctx: Context, pos: number): boolean {
  const i = tokenAt(ctx, pos);
  if (i >= ctx.tokens.length) return false;
  return ctx.sentStart[i] === i || ctx.sentStart[i] >= i - 1;
}

function toChars(ctx: Context, r: Range | null): Range | null {
  return r ? [ctx.tokens[r[0]].start, ctx.tokens[r[1] - 1].end] : null;
}

/** “…,” SOURCE CUE | “…,” CUE SOURCE — the cue within a few tokens after the closing mark. */
function attachAfter(ctx: Context, quoteEnd: number): Hit | null {
  const first = tokenAt(ctx, quoteEnd);
  const n = ctx.tokens.length;
  // “…,” X quipped: after a quote that ends in a comma, any past-tense verb close by is the cue
  const openEnded = /[,?!]\s*["”»']+$/.test(ctx.text.slice(Math.max(0, quoteEnd - 4), quoteEnd));
  for (let i = first; i < n && i - first < AFTER_WINDOW; i++) {
    const w = ctx.lower[i];
    // "(D-Ore.)": an abbreviation's period inside parentheses does not end the sentence
    if (w === '.' && ctx.lower[i + 1] === ')') continue;
    if (isQuote(w) || isSentenceEnd(w)) return null;
    const anyVerb =
      openEnded &&
      i - first <= 6 &&
      ctx.tokens[i].pos === 'VERB' &&
      /ed$/.test(w) &&
      !/^[A-Z]/.test(ctx.tokens[i].text);
    if ((!isCue(ctx, i) && !anyVerb) || ctx.usedCues.has(i)) continue;
    // "…,” Petrenko, quoted by TASS, said": the relay is not the cue
    if (ctx.lower[i + 1] === 'by' && (ctx.lower[i] === 'quoted' || ctx.lower[i] === 'cited')) continue;
    // "…a “50-state strategy,” promising to…": a participle continues the sentence, not the quote
    if (/ing$/.test(ctx.lower[i])) return null;
    // the words between the quote and the cue must be a source phrase (or nothing)
    let a = first;
    while (a < i && (ctx.lower[a] === ',' || isQuote(ctx.lower[a]))) a++;
    let source: Range | null = null;
    if (a < i) {
      source = sourceBefore(ctx, i, a);
      if (!source || source[0] > a + 1) return null;
    } else {
      const after = skipCuePrepositions(ctx, i + 1);
      source = sourceAfter(ctx, after, Math.min(n, after + 20));
    }
    const last = source && source[1] > i ? source[1] : i + 1;
    return {
      source: toChars(ctx, source),
      cue: [ctx.tokens[i].start, ctx.tokens[i].end],
      cueToken: i,
      lastToken: last,
      endChar: ctx.tokens[last - 1].end,
    };
  }
  return null;
}

/** "said on Telegram the commander" — a short prepositional phrase between cue and source. */
function skipCuePrepositions(ctx: Context, i: number): number {
  let k = i;
  while (k < ctx.tokens.length && ctx.tokens[k].pos === 'ADP' && k - i < 8) {
    let j = k + 1;
    while (
      j < ctx.tokens.length &&
      j - k < 5 &&
      (ctx.tokens[j].pos === 'PROPN' || ctx.tokens[j].pos === 'NUM' || ctx.tokens[j].pos === 'ADJ')
    )
      j++;
    if (j === k + 1) break;
    k = j;
  }
  return k;
}

/** SOURCE CUE: “…” / SOURCE CUE, “…” — the cue ends the words before the opening mark. */
function attachBefore(ctx: Context, quoteStart: number): Hit | null {
  const at = tokenAt(ctx, quoteStart);
  let i = at - 1;
  while (i >= 0 && (ctx.lower[i] === ':' || ctx.lower[i] === ',')) i--;
  if (i < 0) return null;
  const floor = Math.max(0, ctx.sentStart[Math.min(i, ctx.tokens.length - 1)] ?? 0);
  for (let k = i; k >= floor && i - k < BEFORE_WINDOW; k--) {
    if (isQuote(ctx.lower[k]) || isSentenceEnd(ctx.lower[k])) return null;
    // any verb right before a colon introduces the quote ("Cruz continued: “…”")
    const colonVerb = k === i && ctx.lower[at - 1] === ':' && ctx.tokens[k].pos === 'VERB';
    if ((!isCue(ctx, k) && !colonVerb) || ctx.usedCues.has(k)) continue;
    // only a colon, comma or a short addressee ("told reporters:") may follow the cue
    if (!(ctx.lower[at - 1] === ':' || ctx.lower[at - 1] === ',' || k === i)) return null;
    let source = sourceBefore(ctx, k, floor);
    // "X posted a photo, saying: “…”", "X noted …, and added: “…”", "X began by saying “…”": a
    // participle or coordinated cue takes the sentence subject
    const b = skipBackBetween(ctx, k, floor);
    if (
      !source &&
      b > floor &&
      (/^(?:and|but|then|by|to)$/.test(ctx.lower[b - 1]) || (ctx.lower[b - 1] === ',' && /ing$/.test(ctx.lower[k])))
    )
      source = sentenceSubject(ctx, floor, k);
    return {
      source: toChars(ctx, source),
      cue: [ctx.tokens[k].start, ctx.tokens[k].end],
      cueToken: k,
      lastToken: k + 1,
      endChar: ctx.tokens[k].end,
    };
  }
  return null;
}
