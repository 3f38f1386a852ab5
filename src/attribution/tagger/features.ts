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
 */
export interface FeatureSink {
  next(): void;
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void;
}

/** The features as strings, one list per token. */
export class StringFeatures implements FeatureSink {
  readonly tokens: string[][] = [];
  private current: string[] = [];
  next(): void {
    this.current = [];
    this.tokens.push(this.current);
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

function collect(write: (sink: FeatureSink) => void): string[][] {
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

function bucket(d: number): string {
  if (d < 0) return 'none';
  if (d <= 2) return String(d);
  if (d <= 4) return '3-4';
  if (d <= 8) return '5-8';
  if (d <= 15) return '9-15';
  return '16+';
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

/** Every token's own features, token by token, into `sink`. */
export function writeTokenFeatures(ctx: Context, found: Found[], sink: FeatureSink): void {
  const { tokens, lower } = ctx;
  const n = tokens.length;
  const pos = tokens.map((t) => t.pos);
  const cue = tokens.map((_, i) => isCue(ctx, i));
  const lemma = tokens.map((_, i) => (cue[i] ? (lemmaOf(ctx, i) ?? lower[i]) : ''));
  const marks = ruleMarks(ctx, found);
  const stems = lower.map(stem);
  const wn = tokens.map((_, i) => senses(ctx, i));
  const wn1 = (i: number) => (i < 0 || i >= n ? '-' : (wn[i][0] ?? '-'));

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

  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const tag = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : pos[i]);
  for (let i = 0; i < n; i++) {
    sink.next();
    const w = lower[i];
    const sh = shape(tokens[i].text);
    const qs = inQuote[i] ? 'in' : 'out';
    const fromStart = i - ctx.sentStart[i];
    const toEnd = ctx.sentEnd[i] - 1 - i;
    const cl = cueLeft[i] >= 0 ? bucket(i - cueLeft[i]) : 'none';
    const cr = cueRight[i] >= 0 ? bucket(cueRight[i] - i) : 'none';
    const rl = ruleLeft[i] >= 0 ? bucket(i - ruleLeft[i]) : 'none';
    const rr = ruleRight[i] >= 0 ? bucket(ruleRight[i] - i) : 'none';
    const paragraphStart =
      fromStart === 0 && (i === 0 || ctx.text.slice(tokens[i - 1].end, tokens[i].start).includes('\n'));
    sink.add('b');
    sink.add('w=', w);
    sink.add('p=', pos[i]);
    sink.add('sh=', sh);
    sink.add('s3=', w.slice(-3));
    sink.add('s2=', w.slice(-2));
    sink.add('p3=', w.slice(0, 3));
    sink.add('w|p=', w, '|', pos[i]);
    sink.add('st=', stems[i]);
    sink.add('st|p=', stems[i], '|', pos[i]);
    sink.add('st-1=', i > 0 ? stems[i - 1] : '<s>');
    sink.add('st+1=', i + 1 < n ? stems[i + 1] : '</s>');
    sink.add('w-1=', word(i - 1));
    sink.add('w+1=', word(i + 1));
    sink.add('w-2=', word(i - 2));
    sink.add('w+2=', word(i + 2));
    sink.add('p-1=', tag(i - 1));
    sink.add('p+1=', tag(i + 1));
    sink.add('p-2=', tag(i - 2));
    sink.add('p+2=', tag(i + 2));
    sink.add('pp=', tag(i - 1), '|', pos[i]);
    sink.add('pn=', pos[i], '|', tag(i + 1));
    sink.add('ppn=', tag(i - 1), '|', pos[i], '|', tag(i + 1));
    sink.add('ww-=', word(i - 1), '|', w);
    sink.add('ww+=', w, '|', word(i + 1));
    sink.add('q=', qs);
    sink.add('ds=', bucket(fromStart));
    sink.add('de=', bucket(toEnd));
    sink.add('cl=', cl);
    sink.add('cr=', cr);
    sink.add('q|cl|cr=', qs, '|', cl, '|', cr);
    sink.add('rl=', rl);
    sink.add('rr=', rr);
    sink.add('q|rl|rr=', qs, '|', rl, '|', rr);
    sink.add('colon=', colonBefore[i] ? 'true' : 'false');
    const lexical = CUE_WORDS.get(w);
    if (lexical && !cue[i]) {
      sink.add('cw=', lexical);
      sink.add('cw|p=', lexical, '|', pos[i]);
    }
    if (cue[i]) {
      sink.add('lem=', lemma[i]);
      sink.add('lem|p=', lemma[i], '|', pos[i]);
      sink.add('lem|w+1=', lemma[i], '|', word(i + 1));
      sink.add('lem|p+1=', lemma[i], '|', tag(i + 1));
    }
    if (cueLeft[i] >= 0) sink.add('cl-lem=', lemma[cueLeft[i]]);
    if (cueRight[i] >= 0) sink.add('cr-lem=', lemma[cueRight[i]]);
    if (wn[i].length > 0) {
      sink.add('wn1=', wn[i][0]);
      sink.add('wn1|q=', wn[i][0], '|', qs);
      for (const sense of wn[i]) sink.add('wn=', sense);
    }
    sink.add('wn1-1=', wn1(i - 1));
    sink.add('wn1+1=', wn1(i + 1));
    const lm = tokens[i].lemma ?? w;
    sink.add('lm=', lm);
    sink.add('lm|p=', lm, '|', pos[i]);
    sink.add('lm|w+1=', lm, '|', word(i + 1));
    if (OPEN_QUOTE.test(tokens[i].text)) sink.add('qopen');
    if (CLOSE_QUOTE.test(tokens[i].text)) sink.add('qclose');
    if (fromStart === 0) sink.add('first');
    if (toEnd === 0) sink.add('last');
    if (paragraphStart) sink.add('para');
    for (const m of marks[i]) {
      sink.add(m);
      sink.add(m, '|q=', qs);
    }
    if (marks[i].length === 0) sink.add('r=none|q=', qs);
  }
}

/** Features from the cue tagger's output, for the source and content taggers: where the nearest cue is. */
export function writeCueFeatures(ctx: Context, cues: [number, number][], sink: FeatureSink): void {
  const n = ctx.tokens.length;
  const isCueTok = new Int32Array(n).fill(-1);
  cues.forEach(([a, b], k) => {
    for (let i = a; i < b; i++) isCueTok[i] = k;
  });
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) if (i > ctx.sentStart[i]) left[i] = isCueTok[i - 1] >= 0 ? i - 1 : left[i - 1];
  for (let i = n - 1; i >= 0; i--) if (i + 1 < ctx.sentEnd[i]) right[i] = isCueTok[i + 1] >= 0 ? i + 1 : right[i + 1];
  const head = (k: number) => ctx.lower[k];
  for (let i = 0; i < n; i++) {
    sink.next();
    if (isCueTok[i] >= 0) {
      sink.add('pc=', cues[isCueTok[i]][0] === i ? 'B' : 'I');
      continue;
    }
    const l = left[i] >= 0 ? bucket(i - left[i]) : 'none';
    const r = right[i] >= 0 ? bucket(right[i] - i) : 'none';
    const p = ctx.tokens[i].pos;
    sink.add('pcl=', l);
    sink.add('pcr=', r);
    sink.add('pcl|pcr=', l, '|', r);
    sink.add('pcl|p=', l, '|', p);
    sink.add('pcr|p=', r, '|', p);
    if (left[i] >= 0) {
      sink.add('pcl-w=', head(left[i]));
      sink.add('pcl-w|d=', head(left[i]), '|', l);
    }
    if (right[i] >= 0) {
      sink.add('pcr-w=', head(right[i]));
      sink.add('pcr-w|d=', head(right[i]), '|', r);
    }
  }
}

/** Features from the source and content taggers' output, for the second look at cues. */
export function writeSpanFeatures(
  ctx: Context,
  sources: [number, number][],
  contents: [number, number][],
  sink: FeatureSink,
): void {
  const n = ctx.tokens.length;
  const role = new Array<string>(n).fill('O');
  for (const [a, b] of sources) for (let i = a; i < b; i++) role[i] = 'S';
  for (const [a, b] of contents) for (let i = a; i < b; i++) role[i] = 'C';
  const inSentence = (i: number) => i >= 0 && i < n;
  for (let i = 0; i < n; i++) {
    sink.next();
    const same = (j: number) => inSentence(j) && ctx.sentStart[j] === ctx.sentStart[i];
    const l1 = same(i - 1) ? role[i - 1] : '<';
    const r1 = same(i + 1) ? role[i + 1] : '>';
    // the nearest source and content on each side, within the sentence
    let ls = 'none';
    let rs = 'none';
    let lc = 'none';
    let rc = 'none';
    for (let j = i - 1; j >= ctx.sentStart[i] && (ls === 'none' || lc === 'none'); j--) {
      if (role[j] === 'S' && ls === 'none') ls = bucket(i - j);
      if (role[j] === 'C' && lc === 'none') lc = bucket(i - j);
    }
    for (let j = i + 1; j < ctx.sentEnd[i] && (rs === 'none' || rc === 'none'); j++) {
      if (role[j] === 'S' && rs === 'none') rs = bucket(j - i);
      if (role[j] === 'C' && rc === 'none') rc = bucket(j - i);
    }
    sink.add('sr=', role[i]);
    sink.add('sr-1|sr+1=', l1, '|', r1);
    sink.add('sr-1|w=', l1, '|', ctx.lower[i]);
    sink.add('sr+1|w=', r1, '|', ctx.lower[i]);
    sink.add('ls|rc=', ls, '|', rc);
    sink.add('lc|rs=', lc, '|', rs);
    sink.add('ls|lc=', ls, '|', lc);
    sink.add('rs|rc=', rs, '|', rc);
  }
}
