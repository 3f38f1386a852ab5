/**
 * Token features for the attribution tagger: the word and its neighbours, the quote it sits in,
 * where the nearest reporting word is, and what the hand-written patterns made of it. The
 * patterns' output is a feature, not a verdict: the tagger learns where to trust them.
 */
import { type Context, type Found, isCue, lemmaOf } from '../context.js';
import { CUE_WORDS } from '../lexicon.js';
import { type WordClass, supersenses } from '../../text/wordnet.js';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Where feature writers put their features: `next()` starts the next token, `add` gives one
 * feature as the concatenation of its parts. Written once, read two ways: as strings (the
 * trainer, which counts them) and as hashed rows of a model (the stage, which only looks them up).
 * A part is first made a `piece` of the sink's own kind (a string; the hash of a string), once
 * for all the features it is part of: a token's word is part of a dozen features of its own and
 * of its neighbours', and hashing it once per feature was most of the stage's feature time.
 */
export interface FeatureSink<P> {
  next(): void;
  /** the part `s.slice(from, to)` (all of `s` by default), as this sink holds parts */
  piece(s: string, from?: number, to?: number): P;
  add(a: P, b?: P, c?: P, d?: P, e?: P, f?: P): void;
}

/** The features as strings, one list per token. */
export class StringFeatures implements FeatureSink<string> {
  readonly tokens: string[][] = [];
  private current: string[] = [];
  next(): void {
    this.current = [];
    this.tokens.push(this.current);
  }
  piece(s: string, from?: number, to?: number): string {
    return from === undefined ? s : s.slice(from, to);
  }
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void {
    this.current.push(
      b === undefined
        ? a
        : c === undefined
          ? a + b
          : d === undefined
            ? a + b + c
            : e === undefined
              ? a + b + c + d
              : f === undefined
                ? a + b + c + d + e
                : a + b + c + d + e + f,
    );
  }
}

/** Each of a record's strings as a piece of the sink. */
function piecesOf<K extends string, P>(sink: FeatureSink<P>, strings: Readonly<Record<K, string>>): Record<K, P> {
  const out = {} as Record<K, P>;
  for (const k of Object.keys(strings) as K[]) out[k] = sink.piece(strings[k]);
  return out;
}

function collect(write: (sink: FeatureSink<string>) => void): string[][] {
  const sink = new StringFeatures();
  write(sink);
  return sink.tokens;
}

function shape(t: string): string {
  if (/^\p{Lu}\p{Ll}/u.test(t)) return 'Xx';
  if (/^\p{Lu}+$/u.test(t)) return 'X';
  if (/^\p{Ll}/u.test(t)) return 'x';
  if (/^\d/.test(t)) return 'd';
  if (/^["“”«»„']$/.test(t)) return 'q';
  return t.length === 1 ? t : 'o';
}

/** A light stem, so the inflections of a rare cue share their weight ("rips", "ripped", "ripping" → "rip"). */
export function stem(w: string): string {
  let s = w;
  // "saying" → "say", "ripping" → "rip"; "noting" stays (not "not")
  if (s.endsWith('ing') && (s.length > 6 || /[yw]ing$/.test(s))) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ied')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  else return s;
  // "ripp" → "rip", "slamm" → "slam"
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(?:ll|ss|ff|zz)$/.test(s)) s = s.slice(0, -1);
  return s;
}

// a distance in tokens, as the features read it: the buckets' names, and a distance's bucket
const BUCKETS = ['none', '0', '1', '2', '3-4', '5-8', '9-15', '16+'] as const;
function bucketOf(d: number): number {
  if (d < 0) return 0;
  if (d <= 2) return 1 + d;
  if (d <= 4) return 4;
  if (d <= 8) return 5;
  if (d <= 15) return 6;
  return 7;
}

const OPEN_QUOTE = /^["“«„]$/;
const CLOSE_QUOTE = /^["”»]$/;

/** Per token: the pattern roles covering it ("B"/"I" per role, with the pattern's name on cues). */
function ruleMarks(ctx: Context, found: Found[]): string[][] {
  const marks: string[][] = ctx.tokens.map(() => []);
  const starts = ctx.tokens.map((t) => t.start);
  const firstAt = (pos: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const f of found) {
    const roles: [string, [number, number] | null][] = [
      ['rs', f.source],
      ['rc', f.cue],
      ['rn', f.content],
    ];
    for (const [name, r] of roles) {
      if (!r) continue;
      for (let k = firstAt(r[0]); k < ctx.tokens.length && ctx.tokens[k].start < r[1]; k++) {
        const tag = `${name}=${k === firstAt(r[0]) ? 'B' : 'I'}`;
        marks[k].push(tag, name === 'rc' ? `${tag}|${f.pattern}` : name === 'rn' ? `${name}|${f.kind}` : name);
      }
    }
  }
  return marks;
}

const WORD_CLASS: ReadonlyMap<string, WordClass | undefined> = new Map(
  Object.entries({ VERB: 'verb', NOUN: 'noun', ADJ: 'adj' }),
);

/** WordNet supersenses of a token under its POS: its most frequent sense, and every one it has. */
function senses(ctx: Context, i: number): readonly string[] {
  const t = ctx.tokens[i];
  const cls = WORD_CLASS.get(t.pos);
  if (!cls || t.type !== 'word') return [];
  const found = supersenses(t.lemma ?? ctx.lower[i], cls);
  return found.length > 0 ? found : supersenses(ctx.lower[i], cls);
}

/** Feature strings for every token of the context. */
export function tokenFeatures(ctx: Context, found: Found[]): string[][] {
  return collect((sink) => writeTokenFeatures(ctx, found, sink));
}

// the constant parts of a token's own features
const TOKEN_PARTS = {
  b: 'b',
  w: 'w=',
  p: 'p=',
  sh: 'sh=',
  s3: 's3=',
  s2: 's2=',
  p3: 'p3=',
  wp: 'w|p=',
  st: 'st=',
  stp: 'st|p=',
  stPrev: 'st-1=',
  stNext: 'st+1=',
  wPrev: 'w-1=',
  wNext: 'w+1=',
  wPrev2: 'w-2=',
  wNext2: 'w+2=',
  pPrev: 'p-1=',
  pNext: 'p+1=',
  pPrev2: 'p-2=',
  pNext2: 'p+2=',
  pp: 'pp=',
  pn: 'pn=',
  ppn: 'ppn=',
  wwPrev: 'ww-=',
  wwNext: 'ww+=',
  q: 'q=',
  ds: 'ds=',
  de: 'de=',
  cl: 'cl=',
  cr: 'cr=',
  qclcr: 'q|cl|cr=',
  rl: 'rl=',
  rr: 'rr=',
  qrlrr: 'q|rl|rr=',
  colon: 'colon=',
  cw: 'cw=',
  cwp: 'cw|p=',
  lem: 'lem=',
  lemp: 'lem|p=',
  lemwNext: 'lem|w+1=',
  lempNext: 'lem|p+1=',
  clLem: 'cl-lem=',
  crLem: 'cr-lem=',
  wn1: 'wn1=',
  wn1q: 'wn1|q=',
  wn: 'wn=',
  wn1Prev: 'wn1-1=',
  wn1Next: 'wn1+1=',
  lm: 'lm=',
  lmp: 'lm|p=',
  lmwNext: 'lm|w+1=',
  qopen: 'qopen',
  qclose: 'qclose',
  first: 'first',
  last: 'last',
  para: 'para',
  markq: '|q=',
  rNoneq: 'r=none|q=',
  bar: '|',
  bos: '<s>',
  eos: '</s>',
  dash: '-',
  in: 'in',
  out: 'out',
  true: 'true',
  false: 'false',
} as const;

/** Every token's own features, token by token, into `sink`. */
export function writeTokenFeatures<P>(ctx: Context, found: Found[], sink: FeatureSink<P>): void {
  const { tokens, lower } = ctx;
  const n = tokens.length;
  const K = piecesOf(sink, TOKEN_PARTS);
  const bk = BUCKETS.map((b) => sink.piece(b));
  const pos = tokens.map((t) => t.pos);
  const cue = tokens.map((_, i) => isCue(ctx, i));
  const lemma = tokens.map((_, i) => (cue[i] ? (lemmaOf(ctx, i) ?? lower[i]) : ''));
  const marks = ruleMarks(ctx, found);
  const wn = tokens.map((_, i) => senses(ctx, i));
  // each token's parts, made once: its own features and its neighbours' read them
  const words = lower.map((w) => sink.piece(w));
  const tags = pos.map((p) => sink.piece(p));
  const stems = lower.map((w) => sink.piece(stem(w)));
  const lemmas = lemma.map((l) => sink.piece(l));
  const senseParts = wn.map((list) => list.map((x) => sink.piece(x)));
  const wn1 = (i: number) => (i < 0 || i >= n || senseParts[i].length === 0 ? K.dash : senseParts[i][0]);

  // inside a paired quote, by character offsets
  const inQuote = new Array<boolean>(n).fill(false);
  let q = 0;
  for (let i = 0; i < n; i++) {
    while (q < ctx.quotes.length && ctx.quotes[q].end <= tokens[i].start) q++;
    const quote = ctx.quotes[q];
    inQuote[i] = !!quote && quote.start < tokens[i].start && tokens[i].end < quote.end;
  }

  // nearest reporting word and nearest pattern cue, each side, within the sentence
  const cueLeft = new Array<number>(n).fill(-1);
  const cueRight = new Array<number>(n).fill(-1);
  const ruleCue = tokens.map((_, i) => marks[i].some((m) => m.startsWith('rc=')));
  const ruleLeft = new Array<number>(n).fill(-1);
  const ruleRight = new Array<number>(n).fill(-1);
  const colonBefore = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const s0 = ctx.sentStart[i];
    if (i > s0) {
      cueLeft[i] = cue[i - 1] ? i - 1 : cueLeft[i - 1];
      ruleLeft[i] = ruleCue[i - 1] ? i - 1 : ruleLeft[i - 1];
      colonBefore[i] = colonBefore[i - 1] || lower[i - 1] === ':';
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    if (i + 1 < ctx.sentEnd[i]) {
      cueRight[i] = cue[i + 1] ? i + 1 : cueRight[i + 1];
      ruleRight[i] = ruleCue[i + 1] ? i + 1 : ruleRight[i + 1];
    }
  }

  const word = (i: number) => (i < 0 ? K.bos : i >= n ? K.eos : words[i]);
  const tag = (i: number) => (i < 0 ? K.bos : i >= n ? K.eos : tags[i]);
  for (let i = 0; i < n; i++) {
    sink.next();
    const w = lower[i];
    const wp = words[i];
    const p = tags[i];
    const qs = inQuote[i] ? K.in : K.out;
    const fromStart = i - ctx.sentStart[i];
    const toEnd = ctx.sentEnd[i] - 1 - i;
    const cl = bk[cueLeft[i] >= 0 ? bucketOf(i - cueLeft[i]) : 0];
    const cr = bk[cueRight[i] >= 0 ? bucketOf(cueRight[i] - i) : 0];
    const rl = bk[ruleLeft[i] >= 0 ? bucketOf(i - ruleLeft[i]) : 0];
    const rr = bk[ruleRight[i] >= 0 ? bucketOf(ruleRight[i] - i) : 0];
    const paragraphStart =
      fromStart === 0 && (i === 0 || ctx.text.slice(tokens[i - 1].end, tokens[i].start).includes('\n'));
    sink.add(K.b);
    sink.add(K.w, wp);
    sink.add(K.p, p);
    sink.add(K.sh, sink.piece(shape(tokens[i].text)));
    // w.slice(-3), w.slice(-2), w.slice(0, 3)
    sink.add(K.s3, sink.piece(w, Math.max(0, w.length - 3), w.length));
    sink.add(K.s2, sink.piece(w, Math.max(0, w.length - 2), w.length));
    sink.add(K.p3, sink.piece(w, 0, Math.min(3, w.length)));
    sink.add(K.wp, wp, K.bar, p);
    sink.add(K.st, stems[i]);
    sink.add(K.stp, stems[i], K.bar, p);
    sink.add(K.stPrev, i > 0 ? stems[i - 1] : K.bos);
    sink.add(K.stNext, i + 1 < n ? stems[i + 1] : K.eos);
    sink.add(K.wPrev, word(i - 1));
    sink.add(K.wNext, word(i + 1));
    sink.add(K.wPrev2, word(i - 2));
    sink.add(K.wNext2, word(i + 2));
    sink.add(K.pPrev, tag(i - 1));
    sink.add(K.pNext, tag(i + 1));
    sink.add(K.pPrev2, tag(i - 2));
    sink.add(K.pNext2, tag(i + 2));
    sink.add(K.pp, tag(i - 1), K.bar, p);
    sink.add(K.pn, p, K.bar, tag(i + 1));
    sink.add(K.ppn, tag(i - 1), K.bar, p, K.bar, tag(i + 1));
    sink.add(K.wwPrev, word(i - 1), K.bar, wp);
    sink.add(K.wwNext, wp, K.bar, word(i + 1));
    sink.add(K.q, qs);
    sink.add(K.ds, bk[bucketOf(fromStart)]);
    sink.add(K.de, bk[bucketOf(toEnd)]);
    sink.add(K.cl, cl);
    sink.add(K.cr, cr);
    sink.add(K.qclcr, qs, K.bar, cl, K.bar, cr);
    sink.add(K.rl, rl);
    sink.add(K.rr, rr);
    sink.add(K.qrlrr, qs, K.bar, rl, K.bar, rr);
    sink.add(K.colon, colonBefore[i] ? K.true : K.false);
    const lexical = CUE_WORDS.get(w);
    if (lexical && !cue[i]) {
      const lx = sink.piece(lexical);
      sink.add(K.cw, lx);
      sink.add(K.cwp, lx, K.bar, p);
    }
    if (cue[i]) {
      sink.add(K.lem, lemmas[i]);
      sink.add(K.lemp, lemmas[i], K.bar, p);
      sink.add(K.lemwNext, lemmas[i], K.bar, word(i + 1));
      sink.add(K.lempNext, lemmas[i], K.bar, tag(i + 1));
    }
    if (cueLeft[i] >= 0) sink.add(K.clLem, lemmas[cueLeft[i]]);
    if (cueRight[i] >= 0) sink.add(K.crLem, lemmas[cueRight[i]]);
    if (senseParts[i].length > 0) {
      sink.add(K.wn1, senseParts[i][0]);
      sink.add(K.wn1q, senseParts[i][0], K.bar, qs);
      for (const sense of senseParts[i]) sink.add(K.wn, sense);
    }
    sink.add(K.wn1Prev, wn1(i - 1));
    sink.add(K.wn1Next, wn1(i + 1));
    const ownLemma = tokens[i].lemma;
    const lm = ownLemma === undefined || ownLemma === null ? wp : sink.piece(ownLemma);
    sink.add(K.lm, lm);
    sink.add(K.lmp, lm, K.bar, p);
    sink.add(K.lmwNext, lm, K.bar, word(i + 1));
    if (OPEN_QUOTE.test(tokens[i].text)) sink.add(K.qopen);
    if (CLOSE_QUOTE.test(tokens[i].text)) sink.add(K.qclose);
    if (fromStart === 0) sink.add(K.first);
    if (toEnd === 0) sink.add(K.last);
    if (paragraphStart) sink.add(K.para);
    for (const m of marks[i]) {
      const mp = sink.piece(m);
      sink.add(mp);
      sink.add(mp, K.markq, qs);
    }
    if (marks[i].length === 0) sink.add(K.rNoneq, qs);
  }
}

const CUE_PARTS = {
  pc: 'pc=',
  B: 'B',
  I: 'I',
  pcl: 'pcl=',
  pcr: 'pcr=',
  pclpcr: 'pcl|pcr=',
  pclp: 'pcl|p=',
  pcrp: 'pcr|p=',
  pclw: 'pcl-w=',
  pclwd: 'pcl-w|d=',
  pcrw: 'pcr-w=',
  pcrwd: 'pcr-w|d=',
  bar: '|',
} as const;

/** Features from the cue tagger's output, for the source and content taggers: where the nearest cue is. */
export function writeCueFeatures<P>(ctx: Context, cues: [number, number][], sink: FeatureSink<P>): void {
  const n = ctx.tokens.length;
  const K = piecesOf(sink, CUE_PARTS);
  const bk = BUCKETS.map((b) => sink.piece(b));
  const isCueTok = new Int32Array(n).fill(-1);
  cues.forEach(([a, b], k) => {
    for (let i = a; i < b; i++) isCueTok[i] = k;
  });
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) if (i > ctx.sentStart[i]) left[i] = isCueTok[i - 1] >= 0 ? i - 1 : left[i - 1];
  for (let i = n - 1; i >= 0; i--) if (i + 1 < ctx.sentEnd[i]) right[i] = isCueTok[i + 1] >= 0 ? i + 1 : right[i + 1];
  const head = (k: number) => sink.piece(ctx.lower[k]);
  for (let i = 0; i < n; i++) {
    sink.next();
    if (isCueTok[i] >= 0) {
      sink.add(K.pc, cues[isCueTok[i]][0] === i ? K.B : K.I);
      continue;
    }
    const l = bk[left[i] >= 0 ? bucketOf(i - left[i]) : 0];
    const r = bk[right[i] >= 0 ? bucketOf(right[i] - i) : 0];
    const p = sink.piece(ctx.tokens[i].pos);
    sink.add(K.pcl, l);
    sink.add(K.pcr, r);
    sink.add(K.pclpcr, l, K.bar, r);
    sink.add(K.pclp, l, K.bar, p);
    sink.add(K.pcrp, r, K.bar, p);
    if (left[i] >= 0) {
      const h = head(left[i]);
      sink.add(K.pclw, h);
      sink.add(K.pclwd, h, K.bar, l);
    }
    if (right[i] >= 0) {
      const h = head(right[i]);
      sink.add(K.pcrw, h);
      sink.add(K.pcrwd, h, K.bar, r);
    }
  }
}

const SPAN_PARTS = {
  sr: 'sr=',
  sr1: 'sr-1|sr+1=',
  srw: 'sr-1|w=',
  srwNext: 'sr+1|w=',
  lsrc: 'ls|rc=',
  lcrs: 'lc|rs=',
  lslc: 'ls|lc=',
  rsrc: 'rs|rc=',
  bar: '|',
  before: '<',
  after: '>',
} as const;

// a token's role in the source and content taggers' output
const SPAN_ROLES = ['O', 'S', 'C'] as const;
const [OTHER, SOURCE, CONTENT] = [0, 1, 2];

/** Features from the source and content taggers' output, for the second look at cues. */
export function writeSpanFeatures<P>(
  ctx: Context,
  sources: [number, number][],
  contents: [number, number][],
  sink: FeatureSink<P>,
): void {
  const n = ctx.tokens.length;
  const K = piecesOf(sink, SPAN_PARTS);
  const bk = BUCKETS.map((b) => sink.piece(b));
  const roles = SPAN_ROLES.map((r) => sink.piece(r));
  const role = new Uint8Array(n).fill(OTHER);
  for (const [a, b] of sources) for (let i = a; i < b; i++) role[i] = SOURCE;
  for (const [a, b] of contents) for (let i = a; i < b; i++) role[i] = CONTENT;
  const inSentence = (i: number) => i >= 0 && i < n;
  for (let i = 0; i < n; i++) {
    sink.next();
    const same = (j: number) => inSentence(j) && ctx.sentStart[j] === ctx.sentStart[i];
    const l1 = same(i - 1) ? roles[role[i - 1]] : K.before;
    const r1 = same(i + 1) ? roles[role[i + 1]] : K.after;
    // the nearest source and content on each side, within the sentence (their buckets; 0 for none)
    let ls = 0;
    let rs = 0;
    let lc = 0;
    let rc = 0;
    for (let j = i - 1; j >= ctx.sentStart[i] && (ls === 0 || lc === 0); j--) {
      if (role[j] === SOURCE && ls === 0) ls = bucketOf(i - j);
      if (role[j] === CONTENT && lc === 0) lc = bucketOf(i - j);
    }
    for (let j = i + 1; j < ctx.sentEnd[i] && (rs === 0 || rc === 0); j++) {
      if (role[j] === SOURCE && rs === 0) rs = bucketOf(j - i);
      if (role[j] === CONTENT && rc === 0) rc = bucketOf(j - i);
    }
    const w = sink.piece(ctx.lower[i]);
    sink.add(K.sr, roles[role[i]]);
    sink.add(K.sr1, l1, K.bar, r1);
    sink.add(K.srw, l1, K.bar, w);
    sink.add(K.srwNext, r1, K.bar, w);
    sink.add(K.lsrc, bk[ls], K.bar, bk[rc]);
    sink.add(K.lcrs, bk[lc], K.bar, bk[rs]);
    sink.add(K.lslc, bk[ls], K.bar, bk[lc]);
    sink.add(K.rsrc, bk[rs], K.bar, bk[rc]);
  }
}
