/**
 * What every attribution pattern works on: the article text and its tokens (without markdown
 * link debris such as "[said](#)"), sentence bounds per token, and the noun-phrase walks that
 * find a source next to a cue. Every walk is bounded, so a pattern costs O(tokens) overall.
 */
import type { Claim, Sentence, Token } from '../model.js';
import { findQuotes } from './quotes.js';
import { BETWEEN_SOURCE_AND_CUE, CUE_WORDS, NOUN_LIKE_CUES, NP_LINKS, SOURCE_PRONOUNS, TIME_WORDS } from './lexicon.js';

export type Range = [start: number, end: number];

/** A claim as a pattern finds it, in character offsets; the stage turns it into a Claim. */
export interface Found {
  pattern: string;
  kind: Claim['kind'];
  source: Range | null;
  cue: Range | null;
  content: Range;
  /** token index of the cue's first token, to keep two patterns from claiming the same cue */
  cueToken?: number;
}

export interface Context {
  text: string;
  /** tokens with markdown link debris removed */
  tokens: Token[];
  /** lower-cased token text */
  lower: string[];
  sentences: Sentence[];
  /** per token: first and one-past-last token index of its sentence */
  sentStart: number[];
  sentEnd: number[];
  /** cue tokens already taken by an earlier pattern */
  usedCues: Set<number>;
  /** character ranges already covered by a claim's content */
  found: Found[];
  /** paired quotes, in text order: a cue inside one belongs to the quoted speaker's words */
  quotes: { start: number; end: number }[];
  /** offsets of quote marks that pair with nothing */
  unbalanced: number[];
}

/** One family of attribution patterns: a small file, with a sentence it matches and one it must not. */
export interface AttributionPattern {
  name: string;
  matches: string;
  mustNot: string;
  find(ctx: Context): Found[];
}

/** A family that reads one cue token at a time: what `cuePattern` needs to know about it. */
export interface CueFamily {
  name: string;
  matches: string;
  mustNot: string;
  /** the first token that can be the cue (1 where the cue needs a word before it) */
  from: number;
  /** how many tokens the cue needs after it ("according" needs its "to") */
  after: number;
  /**
   * which cues are not read: one an earlier family took ('taken'), one inside a quotation, which
   * belongs to the quoted speaker ('quoted'); a family whose real cue is another token than the
   * one `at` finds ("quoted by X, said") checks that token itself
   */
  skip: readonly ('taken' | 'quoted')[];
  /** whether token i opens this family's cue */
  at: (ctx: Context, i: number) => boolean;
  /** reads the claim around cue i, if there is one: pushes it to `out` and takes its cue */
  read: (ctx: Context, i: number, out: Found[]) => void;
}

/** A family made of a `CueFamily`: the loop over tokens and the skipped cues live here, once. */
export function cuePattern(family: CueFamily): AttributionPattern {
  const { name, matches, mustNot, from, after, at, read } = family;
  const skipTaken = family.skip.includes('taken');
  const skipQuoted = family.skip.includes('quoted');
  return {
    name,
    matches,
    mustNot,
    find(ctx: Context): Found[] {
      const out: Found[] = [];
      for (let i = from; i + after < ctx.tokens.length; i++) {
        if (!at(ctx, i) || (skipTaken && ctx.usedCues.has(i)) || (skipQuoted && insideQuote(ctx, i))) continue;
        read(ctx, i, out);
      }
      return out;
    },
  };
}

const DEBRIS = /^(\[|\]|\(#\)|#|\]\(#\))$/;

export function buildContext(text: string, tokens: Token[], sentences: Sentence[]): Context {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (DEBRIS.test(t.text)) continue;
    // "(" or ")" that wrap a markdown link target "(#)"
    if (t.text === '(' && tokens[i + 1]?.text === '#') continue;
    if (t.text === ')' && tokens[i - 1]?.text === '#') continue;
    kept.push(t);
  }
  const sentStart = new Array<number>(kept.length);
  const sentEnd = new Array<number>(kept.length);
  let i = 0;
  while (i < kept.length) {
    let j = i;
    while (j < kept.length && kept[j].sentence === kept[i].sentence) j++;
    for (let k = i; k < j; k++) {
      sentStart[k] = i;
      sentEnd[k] = j;
    }
    i = j;
  }
  return {
    text,
    tokens: kept,
    lower: kept.map((t) => t.text.toLowerCase()),
    sentences,
    sentStart,
    sentEnd,
    usedCues: new Set(),
    found: [],
    ...findQuotes(text),
  };
}

export function isCue(ctx: Context, i: number): boolean {
  const w = ctx.lower[i];
  if (!CUE_WORDS.has(w)) return false;
  // "so-called", "well-known": part of a compound
  if (i > 0 && ctx.lower[i - 1] === '-' && ctx.tokens[i - 1].end === ctx.tokens[i].start) return false;
  const pos = ctx.tokens[i].pos;
  if (NOUN_LIKE_CUES.has(w)) {
    if (pos === 'VERB') return true;
    // "new filings show it has…", "…, Viguerie notes." — a tagger's NOUN between a subject and a clause
    if (!/s$/.test(w) && w !== 'show' && w !== 'say') return false;
    const prev = ctx.tokens[i - 1];
    const next = ctx.tokens[i + 1];
    if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && prev.pos !== 'PRON')) return false;
    if (prev.pos === 'NOUN' && /s$/.test(w) && /s$/.test(ctx.lower[i - 1])) return false;
    return (
      !next ||
      next.text === '.' ||
      next.text === 'that' ||
      next.pos === 'PRON' ||
      next.pos === 'DET' ||
      next.pos === 'PROPN' ||
      next.pos === 'NUM'
    );
  }
  return pos === 'VERB' || pos === 'AUX' || pos === 'NOUN' || pos === 'ADJ' || pos === 'PROPN';
}

export function lemmaOf(ctx: Context, i: number): string | undefined {
  return CUE_WORDS.get(ctx.lower[i]);
}

// prettier-ignore
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const MAX_NP = 14;
const RELATIVE_TIME = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward']);
// prettier-ignore
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'minute', 'hour', 'day', 'week', 'month', 'year']);
const DASHES = new Set(['—', '–', '--']);
// prettier-ignore
const QUANTIFIER_HEADS = new Set(['both', 'most', 'many', 'few', 'some', 'others', 'another', 'all', 'several', 'half', 'third', 'quarter', 'majority', 'plurality', 'none', 'one']);

function isNpToken(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (NP_POS.has(t.pos)) return t.pos !== 'PART' || ctx.lower[i] === "'s" || ctx.lower[i] === '’s';
  if (NP_LINKS.has(ctx.lower[i]) || QUANTIFIER_HEADS.has(ctx.lower[i])) return true;
  // a capitalised word inside a sentence is a name whatever the tagger says ("Mr. Hedge said")
  if (
    t.type === 'word' &&
    /^[A-Z]/.test(t.text) &&
    i > 0 &&
    ctx.tokens[i - 1].sentence === t.sentence &&
    !isSentenceEnd(ctx.lower[i - 1]) &&
    ctx.lower[i - 1] !== '“' &&
    ctx.lower[i - 1] !== '«'
  )
    return true;
  // "Cook said …": a sentence-initial name the tagger took for a verb, right before its cue
  if (
    t.type === 'word' &&
    /^[A-Z][a-z]/.test(t.text) &&
    (i === 0 || ctx.tokens[i - 1].sentence !== t.sentence) &&
    i + 1 < ctx.tokens.length &&
    CUE_WORDS.has(ctx.lower[i + 1]) &&
    t.pos !== 'ADV' &&
    t.pos !== 'ADP' &&
    t.pos !== 'PRON' &&
    t.pos !== 'DET' &&
    t.pos !== 'SCONJ'
  )
    return true;
  // "his Facebook profile", "the most recent data"
  if (POSSESSIVES.has(ctx.lower[i])) return true;
  if (
    t.pos === 'ADV' &&
    ctx.tokens[i + 1]?.pos === 'ADJ' &&
    /^(?:most|more|very|less|least|recently|newly|widely|highly|largely)$/.test(ctx.lower[i])
  )
    return true;
  // parts of hyphenated compounds ("Moscow-installed", "state-run", "open-source")
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (
    t.type === 'word' &&
    ((prev && prev.text === '-' && prev.end === t.start) || (next && next.text === '-' && next.start === t.end))
  )
    return true;
  return false;
}

/** Trims links, determiners-only edges and punctuation from a token range; null if no head remains. */
function trimNp(ctx: Context, a: number, b: number): Range | null {
  while (
    a < b &&
    ((NP_LINKS.has(ctx.lower[a]) && ctx.lower[a] !== 'the') ||
      ctx.tokens[a].pos === 'PUNCT' ||
      ctx.tokens[a].pos === 'CCONJ')
  )
    a++;
  while (
    b > a &&
    (NP_LINKS.has(ctx.lower[b - 1]) || ctx.tokens[b - 1].pos === 'PUNCT' || ctx.tokens[b - 1].pos === 'DET') &&
    !QUANTIFIER_HEADS.has(ctx.lower[b - 1])
  )
    b--;
  if (a >= b) return null;
  let head = false;
  for (let k = a; k < b; k++)
    if (HEAD_POS.has(ctx.tokens[k].pos) || /^[A-Z][a-z]/.test(ctx.tokens[k].text)) head = true;
  // "Most believe…", "a third said…", "another says…": a quantifier stands for its people
  if (!head && b - a <= 2 && QUANTIFIER_HEADS.has(ctx.lower[b - 1])) head = true;
  return head ? [a, b] : null;
}

/** Skips adverbs and auxiliaries leftwards from token `i` (exclusive); returns the new position. */
export function skipBackBetween(ctx: Context, i: number, floor: number): number {
  let k = i;
  while (
    k - 1 >= floor &&
    (BETWEEN_SOURCE_AND_CUE.has(ctx.lower[k - 1]) || (ctx.tokens[k - 1].pos === 'ADV' && /ly$/.test(ctx.lower[k - 1])))
  )
    k--;
  return k;
}

/**
 * The source noun phrase ending just before token `end` (exclusive), as a token range. Takes an
 * appositive along ("Vitaliy Petrenko, the head of the administration, said").
 */
export function sourceBefore(ctx: Context, end: number, floor: number): Range | null {
  let k = skipBackBetween(ctx, end, floor);
  // "Kyiv said Thursday night": time words are not the source
  while (k - 1 >= floor && TIME_WORDS.has(ctx.lower[k - 1]) && ctx.tokens[k - 1].pos !== 'DET')
    k = skipBackBetween(ctx, k - 1, floor);
  if (k - 1 >= floor && ctx.tokens[k - 1].pos === 'PRON' && SOURCE_PRONOUNS.has(ctx.lower[k - 1])) return [k - 1, k];
  let appositiveEnd = -1;
  // "Sen. Jane Doe (D-Ga.) said": a short parenthesis after the name
  if (k - 1 >= floor && ctx.lower[k - 1] === ')') {
    let c = k - 2;
    while (c >= floor && k - c < 8 && ctx.lower[c] !== '(') c--;
    if (c >= floor && ctx.lower[c] === '(') {
      appositiveEnd = k;
      k = c;
    }
  }
  if (k - 1 >= floor && DASHES.has(ctx.lower[k - 1])) {
    // "Jane Doe — a teacher from the town — said": an appositive between dashes
    let c = k - 2;
    const stop = Math.max(floor, k - 30);
    while (c >= stop && !DASHES.has(ctx.lower[c]) && !isQuote(ctx.lower[c]) && !isSentenceEnd(ctx.lower[c])) c--;
    if (c >= stop && c > floor && DASHES.has(ctx.lower[c]) && c + 1 < k - 1) {
      appositiveEnd = k - 1;
      k = c;
    } else return null;
  }
  if (k - 1 >= floor && ctx.lower[k - 1] === ',') {
    // ", the head of …," or ", who grew up there," : find the comma that opens the appositive
    let c = k - 2;
    const stop = Math.max(floor, k - 40);
    while (c >= stop && ctx.lower[c] !== ',' && !isQuote(ctx.lower[c]) && !isSentenceEnd(ctx.lower[c])) c--;
    if (
      c >= stop &&
      ctx.lower[c] === ',' &&
      c + 1 < k - 1 &&
      /^(?:\d+|the|a|an|who|which|whose|[a-z]+['’]s|including|in|clad|wearing|speaking|quoted|cited|writing|one|chairman|chief|head|founder|director|executive|president|former|acting|deputy|spokes\w+|[A-Z]\S*)$/i.test(
        ctx.tokens[c + 1].text,
      )
    ) {
      appositiveEnd = Math.max(appositiveEnd, k - 1);
      k = c;
    } else return null;
  }
  let a = k;
  while (a - 1 >= floor && k - a < MAX_NP) {
    if (isNpToken(ctx, a - 1)) a--;
    else if (ctx.lower[a - 1] === ')') {
      // "Rep. Jane Doe (D-Ga.), chair of …"
      let c = a - 2;
      while (c >= floor && a - c < 8 && ctx.lower[c] !== '(') c--;
      if (c < floor || ctx.lower[c] !== '(') break;
      a = c;
    } else break;
  }
  const np = trimNp(ctx, a, k);
  if (!np) return null;
  return appositiveEnd > 0 ? [np[0], appositiveEnd] : np;
}

/** The source noun phrase starting at token `start`, for inverted cues ("…,” said Petrenko). */
export function sourceAfter(ctx: Context, start: number, ceiling: number): Range | null {
  const k = start;
  if (k < ceiling && ctx.tokens[k].pos === 'PRON' && SOURCE_PRONOUNS.has(ctx.lower[k])) return [k, k + 1];
  let b = k;
  while (b < ceiling && b - k < MAX_NP && (isNpToken(ctx, b) || ctx.tokens[b].pos === 'PROPN')) b++;
  let np = trimNp(ctx, k, b);
  if (!np) return null;
  // "the commander-in-chief of the army, Valery Zaloujny"
  if (ctx.lower[np[1]] === ',' && np[1] + 1 < ceiling && ctx.tokens[np[1] + 1].pos === 'PROPN') {
    let c = np[1] + 1;
    while (c < ceiling && c - np[1] < 6 && ctx.tokens[c].pos === 'PROPN') c++;
    np = [np[0], c];
  }
  return np;
}

export function isQuote(s: string): boolean {
  return s === '"' || s === '“' || s === '”' || s === '``' || s === "''" || s === '«' || s === '»';
}

export function isSentenceEnd(s: string): boolean {
  return s === '.' || s === '!' || s === '?' || s === '...' || s === '…';
}

/** Character range of a token range. */
export function chars(ctx: Context, r: Range): Range {
  return [ctx.tokens[r[0]].start, ctx.tokens[r[1] - 1].end];
}

/**
 * A find whose source, cue and content are given as token ranges, kept as character ranges; the
 * cue's first token is the one other patterns must then leave alone.
 */
export function foundAt(
  ctx: Context,
  pattern: string,
  kind: Claim['kind'],
  tokens: { source: Range | null; cue: Range; content: Range },
): Found {
  return {
    pattern,
    kind,
    source: tokens.source ? chars(ctx, tokens.source) : null,
    cue: chars(ctx, tokens.cue),
    content: chars(ctx, tokens.content),
    cueToken: tokens.cue[0],
  };
}

/** Index of the first token starting at or after character `pos` (binary search). */
export function tokenAt(ctx: Context, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence's last token index (exclusive) without its closing punctuation. */
export function contentEnd(ctx: Context, end: number): number {
  let b = end;
  while (b > 0 && ctx.tokens[b - 1].pos === 'PUNCT' && !isQuote(ctx.lower[b - 1])) b--;
  return b;
}

/** Whether token `i` lies inside a quotation (binary search over the paired quotes). */
export function insideQuote(ctx: Context, i: number): boolean {
  const pos = ctx.tokens[i].start;
  let lo = 0;
  let hi = ctx.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = ctx.quotes[mid];
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The subject at the start of a sentence, for a cue coordinated with an earlier verb ("Clinton
 * attacked Trump, saying…", "Graham called both crazy and said…"). Skips an opening adverbial
 * ("On Saturday, …").
 */
export function sentenceSubject(ctx: Context, s0: number, limit: number): Range | null {
  let k = s0;
  // "Hours later, Trump …", "A few minutes later they …": an opening time phrase is no subject
  for (let c = k; c < limit && c - k < 5; c++) {
    if (!RELATIVE_TIME.has(ctx.lower[c]) || c === k || !TIME_UNITS.has(ctx.lower[c - 1])) continue;
    k = ctx.lower[c + 1] === ',' ? c + 2 : c + 1;
    break;
  }
  const first = ctx.tokens[k];
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV')) {
    let c = k;
    while (c < limit && c - k < 12 && ctx.lower[c] !== ',') c++;
    if (ctx.lower[c] !== ',') return null;
    k = c + 1;
  }
  if (k < limit && ctx.tokens[k].pos === 'PRON' && SOURCE_PRONOUNS.has(ctx.lower[k])) return [k, k + 1];
  let b = k;
  while (b < limit && b - k < MAX_NP) {
    if (isNpToken(ctx, b) || ctx.tokens[b].pos === 'PROPN') b++;
    else if (ctx.lower[b] === '(') {
      let c = b + 1;
      while (c < limit && c - b < 8 && ctx.lower[c] !== ')') c++;
      if (ctx.lower[c] !== ')') break;
      b = c + 1;
    } else break;
  }
  // "… (R-Iowa) on Wednesday downplayed …": a time phrase before the verb
  let v = b;
  if (
    v < limit &&
    (ctx.lower[v] === 'on' || ctx.lower[v] === 'in' || ctx.lower[v] === 'last' || ctx.lower[v] === 'this') &&
    v + 1 < limit &&
    TIME_WORDS.has(ctx.lower[v + 1])
  )
    v += 2;
  if (v < limit && ctx.tokens[v].pos === 'VERB') return trimNp(ctx, k, b);
  if (b < limit && ctx.lower[b] === ',') {
    // "Sanders, a senator from Vermont, …"
    let c = b + 1;
    while (c < limit && c - b < 40 && ctx.lower[c] !== ',' && !isSentenceEnd(ctx.lower[c])) c++;
    if (ctx.lower[c] === ',') return trimNp(ctx, k, b) ? [k, c] : null;
  }
  if (b >= limit || (ctx.tokens[b].pos !== 'VERB' && ctx.tokens[b].pos !== 'AUX' && ctx.tokens[b].pos !== 'ADV'))
    return null;
  return trimNp(ctx, k, b);
}
