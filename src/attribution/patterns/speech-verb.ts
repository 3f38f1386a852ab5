/**
 * Indirect speech around a reporting verb: SOURCE CUE [that] CONTENT ("X said that…", "X told
 * Reuters…", "X said on Telegram…", "X claimed Thursday to have…", "X posted…"), and the
 * reporting clause after its content ("CONTENT, X said." / "CONTENT, said X.").
 *
 *   matches:  The mayor of Kupiansk told reporters on Tuesday that the water supply was cut.
 *   must not: The water supply was cut on Tuesday after the pumping station lost power.
 */
import {
  cuePattern,
  type Context,
  type Found,
  type Range,
  chars,
  contentEnd,
  insideQuote,
  isCue,
  isQuote,
  isSentenceEnd,
  lemmaOf,
  sentenceSubject,
  skipBackBetween,
  sourceAfter,
  sourceBefore,
  foundAt,
} from '../context.js';
import { ADDRESSEE_CUES, TIME_WORDS } from '../lexicon.js';

const FIRST_SECOND = new Set(['i', 'we', 'you']);
// verbs of saying and believing whose infinitive keeps the sentence subject as its source
// prettier-ignore
const SAY_TO = new Set(['say', 'tell', 'claim', 'argue', 'insist', 'warn', 'deny', 'confirm', 'explain', 'acknowledge', 'admit', 'declare', 'announce', 'suggest', 'believe', 'think']);
const FILLERS = new Set(['know', 'see', 'mean', 'guess']);

// Content reaches at most this far; longer "sentences" are run-on text, not one claim.
const MAX_CONTENT_TOKENS = 120;

export const speechVerb = cuePattern({
  name: 'speech-verb',
  matches: 'The mayor of Kupiansk told reporters on Tuesday that the water supply was cut.',
  mustNot: 'The water supply was cut on Tuesday after the pumping station lost power.',
  from: 0,
  after: 0,
  skip: ['taken', 'quoted'],
  at: (ctx, i) => isCue(ctx, i),
  read(ctx: Context, i: number, out: Found[]): void {
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    // participle after a noun ("the video posted online", "the town called Izium") is no cue
    if (
      /ed$/.test(ctx.lower[i]) &&
      lemmaOf(ctx, i) !== 'seem' &&
      i > s0 &&
      ctx.lower[i - 1] !== ',' &&
      ctx.tokens[i - 1].pos === 'NOUN' &&
      ctx.lower[i + 1] !== 'that' &&
      isPassiveModifier(ctx, i)
    )
      return;
    const lemma = lemmaOf(ctx, i) ?? '';
    // "see" reports a judgement only as "see X as Y" ("saw the damage" is sight)
    if (lemma === 'see' && !asFollows(ctx, i + 1, s1)) return;
    // "X quoted by TASS said": the relay, not the cue (quoted-by family)
    if ((lemma === 'quote' || lemma === 'cite') && ctx.lower[i + 1] === 'by') return;
    // "Asked whether the bridge would hold, the governor said…": the question, with no source
    // "…, the minister said when asked about the strike": the same, after a subordinator
    const question =
      (ctx.lower[i] === 'asked' || ctx.lower[i] === 'pressed') &&
      (i === s0 ||
        ((ctx.lower[i - 1] === 'when' ||
          ctx.lower[i - 1] === 'whenever' ||
          (ctx.lower[i - 1] === 'if' && i - 1 === s0)) &&
          !insideQuote(ctx, i - 1)));
    if (question) {
      // "When asked by a reporter whether…": the asker is the source
      let from = i + 1;
      let asker: Range | null = null;
      if (ctx.lower[from] === 'by') {
        let b = from + 1;
        while (
          b < s1 &&
          b - from < 8 &&
          !/^(?:whether|if|about|why|how|what|who|whom|which|when|where|,)$/.test(ctx.lower[b])
        )
          b++;
        if (b > from + 1 && b < s1 && ctx.lower[b] !== ',') {
          asker = [from + 1, b];
          from = b;
        }
      }
      let c = from;
      while (c < s1 && c - i < 40 && ctx.lower[c] !== ',' && !isSentenceEnd(ctx.lower[c])) c++;
      if (c > from + 1 && (ctx.lower[c] === ',' || i > s0)) {
        ctx.usedCues.add(i);
        out.push(
          foundAt(ctx, 'speech-verb', 'indirect', {
            source: asker,
            cue: [i, i + 1],
            content: [from, contentEnd(ctx, c)],
          }),
        );
      }
      return;
    }
    let source: Range | null = null;
    const before = skipBackBetween(ctx, i, s0);
    // "Trump seemed to appreciate…", "The sale is expected to…", "X is considered Y": raising and
    // passive cues have no source; the content is the whole clause, subject included
    // (the auxiliary is among the words skipped between a source and its cue: "are widely expected")
    let be = -1;
    for (let k = before; k < i; k++) if (/^(?:is|are|was|were|be|been|being|'s|’s|'re|’re)$/.test(ctx.lower[k])) be = k;
    const passive = /ed$|en$|wn$/.test(ctx.lower[i]) && be > s0 && ctx.lower[i + 1] !== 'by';
    // "The move was first reported by a local paper": the agent is the source, the subject the content
    if (be > s0 && ctx.lower[i + 1] === 'by' && /ed$|en$|wn$/.test(ctx.lower[i])) {
      const agent = sourceAfter(ctx, i + 2, Math.min(s1, i + 16));
      let subject = sentenceSubject(ctx, s0, be + 1);
      if (!subject || subject[1] > be) subject = clauseBefore(ctx, s0, before);
      if (agent && subject) {
        ctx.usedCues.add(i);
        out.push(foundAt(ctx, 'speech-verb', 'indirect', { source: agent, cue: [i, i + 1], content: subject }));
        return;
      }
    }
    if (lemma === 'seem' || passive) {
      // the limit includes the verb itself (or its auxiliary), so a subject right before it counts
      const subject = sentenceSubject(ctx, s0, passive ? be + 1 : i + 1);
      const end = Math.min(contentEnd(ctx, s1), i + MAX_CONTENT_TOKENS);
      // no subject found by the sentence-start walk: the clause from the last comma
      const from = subject && subject[1] <= i ? subject[0] : (clauseBefore(ctx, s0, before)?.[0] ?? -1);
      if (from >= 0 && end > i + 1) {
        ctx.usedCues.add(i);
        out.push(foundAt(ctx, 'speech-verb', 'indirect', { source: null, cue: [i, i + 1], content: [from, end] }));
      }
      return;
    }
    // "…, and said", "…, saying", "voters are more likely to say": the subject is the sentence's
    const coordinated =
      before > s0 &&
      (/^(?:and|but|then|by|while|before|after|when)$/.test(ctx.lower[before - 1]) ||
        (ctx.lower[before - 1] === 'to' && SAY_TO.has(lemma)) ||
        (ctx.lower[before - 1] === ',' && /ing$/.test(ctx.lower[i])));
    let borrowed: Range | null = null;
    if (coordinated) {
      source = sentenceSubject(ctx, s0, i);
      // "“…,” Hedge said, referring to the resorts": the participle shares the speaker of the
      // claim before it in the sentence
      // "X admitted that…, but said …": a coordinated cue whose sentence subject is out of
      // reach shares the speaker of the claim before it, too
      if (!source) {
        const prior = [...out, ...ctx.found]
          .filter((f) => f.source && f.cueToken !== undefined && f.cueToken < i && f.cueToken >= s0)
          .sort((x, y) => (y.cueToken ?? 0) - (x.cueToken ?? 0))[0];
        if (prior?.source) {
          borrowed = prior.source;
          source = [i, i + 1];
        }
      }
    } else source = sourceBefore(ctx, i, splitFloor(ctx, s0, i));
    let inverted = false;
    if (!source && i > s0 && ctx.lower[i - 1] === ',') {
      // "…, said Petrenko."
      source = sourceAfter(ctx, i + 1, Math.min(s1, i + 16));
      inverted = source !== null;
    }
    if (!source) return;
    // "you know", "I mean", "you see": fillers, not attribution ("I think", "we believe" are:
    // an author's or speaker's stance, as PolNeAR marks it)
    if (source[1] - source[0] === 1 && FIRST_SECOND.has(ctx.lower[source[0]]) && FILLERS.has(lemma)) return;
    let contentRange: Range | null = null;
    if (inverted) {
      const back = contentBefore(ctx, s0, i);
      if (back) contentRange = back;
    } else {
      let start = complementStart(ctx, i + 1, s1, ADDRESSEE_CUES.has(lemma));
      // a stray (unbalanced) quotation mark is not part of the content
      if (start < s1 && isQuote(ctx.lower[start]) && !insideQuote(ctx, start)) start++;
      const end = Math.min(contentEnd(ctx, s1), start + MAX_CONTENT_TOKENS);
      // a complement may open with a quoted fragment ('called it “a disgrace”'); whole quotes
      // next to their cue were taken by the direct-quote family already
      if (start < end) contentRange = [start, trimAccordingTo(ctx, start, end)];
      else if (start >= end || start === s1) {
        // "…, officials said." — content before the reporting clause
        const back = contentBefore(ctx, s0, source[0]);
        if (back) contentRange = back;
      }
    }
    if (!contentRange || contentRange[0] >= contentRange[1]) return;
    // "who asked not to be named": a request for anonymity, not a claim
    if (
      /^(?:not to be (?:named|identified)|for anonymity|to remain anonymous|that (?:his|her|their) name)/i.test(
        ctx.text.slice(ctx.tokens[contentRange[0]].start, ctx.tokens[contentRange[0]].start + 40),
      )
    )
      return;
    ctx.usedCues.add(i);
    out.push({
      pattern: 'speech-verb',
      kind: 'indirect',
      source: borrowed ?? chars(ctx, source),
      cue: [ctx.tokens[i].start, ctx.tokens[i].end],
      content: chars(ctx, contentRange),
      cueToken: i,
    });
  },
});

/**
 * Where a source may start: the sentence start, or the start of the sentence before when the
 * tagger split inside an abbreviation ("Sen. Jane Doe (D-Ore. | ) said …"): a lower-case cue
 * opening its "sentence" after nothing but abbreviation debris.
 */
function splitFloor(ctx: Context, s0: number, i: number): number {
  if (s0 === 0 || i - s0 > 3 || !/^[a-z]/.test(ctx.tokens[i].text)) return s0;
  for (let k = s0; k < i; k++) if (!/^(?:[)\].,]|[A-Z][a-z]?\.?)$/.test(ctx.tokens[k].text)) return s0;
  const prev = ctx.sentStart[s0 - 1];
  return /^(?:\.|\)|[A-Z][a-z]{0,3}\.)$/.test(ctx.tokens[s0 - 1].text) || i > s0 ? prev : s0;
}

function asFollows(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < end && k - from < 10; k++) if (ctx.lower[k] === 'as') return true;
  return false;
}

/** The words from the last comma (or the sentence start) up to token `end`, at most 20 tokens. */
function clauseBefore(ctx: Context, s0: number, end: number): Range | null {
  let c = end - 1;
  while (c > s0 && ctx.lower[c - 1] !== ',' && !isQuote(ctx.lower[c - 1]) && end - c < 20) c--;
  return (c === s0 || ctx.lower[c - 1] === ',') && c < end ? [c, end] : null;
}

function isPassiveModifier(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && (next.pos === 'ADP' || next.pos === 'ADV');
}

/** Where the reported clause starts after a cue: skips "that", an addressee, times and short PPs. */
export function complementStart(ctx: Context, i: number, end: number, addressee: boolean): number {
  let k = i;
  let guard = 0;
  while (k < end && guard++ < 20) {
    const w = ctx.lower[k];
    const pos = ctx.tokens[k].pos;
    // PolNeAR and PARC keep the complementiser inside the content ("said [that the town fell]")
    if (w === 'that') break;
    if (w === ':' || w === ',') {
      k++;
      continue;
    }
    if (TIME_WORDS.has(w) && pos !== 'ADP' && (pos !== 'DET' || TIME_WORDS.has(ctx.lower[k + 1] ?? ''))) {
      k++;
      continue;
    }
    if (pos === 'ADP' && w !== 'to' && w !== 'about' && w !== 'if' && w !== 'whether') {
      // "on Telegram", "at a briefing in Kyiv", "in a statement", "to state media"
      let j = k + 1;
      let head = false;
      // the object ends where a new noun phrase begins ("on Telegram | the village had…")
      while (
        j < end &&
        j - k < 7 &&
        (ctx.tokens[j].pos === 'PROPN' ||
          ctx.tokens[j].pos === 'NOUN' ||
          ctx.tokens[j].pos === 'ADJ' ||
          ctx.tokens[j].pos === 'DET' ||
          ctx.tokens[j].pos === 'NUM' ||
          ctx.lower[j] === "'s" ||
          ctx.lower[j] === '-')
      ) {
        if (head && ctx.tokens[j].pos === 'DET') break;
        if (ctx.tokens[j].pos === 'PROPN' || ctx.tokens[j].pos === 'NOUN') head = true;
        j++;
      }
      if (j === k + 1) break;
      k = j;
      continue;
    }
    if (w === 'to' && ctx.tokens[k + 1] && ctx.tokens[k + 1].pos !== 'VERB' && ctx.tokens[k + 1].pos !== 'AUX') {
      // "said to state media that…"
      let j = k + 1;
      while (
        j < end &&
        j - k < 6 &&
        (ctx.tokens[j].pos === 'PROPN' ||
          ctx.tokens[j].pos === 'NOUN' ||
          ctx.tokens[j].pos === 'ADJ' ||
          ctx.tokens[j].pos === 'DET')
      )
        j++;
      if (ctx.lower[j] === 'that' || ctx.lower[j] === ',' || ctx.lower[j] === ':') {
        k = j;
        continue;
      }
      break;
    }
    if (addressee && (pos === 'PROPN' || pos === 'NOUN' || pos === 'PRON' || pos === 'DET') && k === i) {
      // "told Reuters", "told the BBC", "told reporters"
      let j = k + 1;
      while (j < end && j - k < 5 && (ctx.tokens[j].pos === 'PROPN' || ctx.tokens[j].pos === 'NOUN')) j++;
      k = j;
      continue;
    }
    break;
  }
  return k;
}

/** "CONTENT, X said." — the sentence start up to the comma before the reporting clause. */
function contentBefore(ctx: Context, s0: number, sourceStart: number): Range | null {
  let b = sourceStart;
  while (b > s0 && (ctx.lower[b - 1] === ',' || isQuote(ctx.lower[b - 1]))) b--;
  if (b === sourceStart || b - s0 < 2) return null;
  return [s0, b];
}

/** Stops the content before a trailing ", according to X". */
function trimAccordingTo(ctx: Context, start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    if (ctx.lower[k] === 'according' && ctx.lower[k + 1] === 'to' && ctx.lower[k - 1] === ',') return k - 1;
  }
  return end;
}
