/**
 * The learned half of attribution: three BIO taggers (source, cue, content) over the article's
 * tokens, then a linker that pairs each cue with the nearest content and source. The weights
 * are trained on PolNeAR's train split (`npm run train:attribution`) and shipped in models/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Context, Found, Range } from '../context.js';
import { type Role, cueFeatures, spanFeatures, tokenFeatures } from './features.js';
import { featureRows, spansOf, viterbi } from './perceptron.js';

/**
 * The taggers run in order, each reading what the earlier ones found: cues first; then sources
 * and contents, which read where the cues are; then the cues again, now also reading where the
 * sources and contents are ("decision" is a cue when a content follows it).
 */
export const STAGES = ['cue', 'source', 'content', 'cueRefined'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_ROLE: Record<Stage, Role> = { cue: 'cue', source: 'source', content: 'content', cueRefined: 'cue' };

export interface TaggerModel {
  index: Map<string, number>;
  stages: Record<Stage, { emission: Float64Array; transition: Float64Array; bias: number }>;
  rescue: Set<string>;
  trainedOn: string;
}

/** The file as written by the trainer: weights scaled by `scale` and rounded to integers. */
export interface TaggerModelFile {
  version: 1;
  trainedOn: string;
  scale: number;
  features: string[];
  /** bias: chosen on held-out folds of the training split for the best span F1 */
  stages: Record<Stage, { emission: number[]; transition: number[]; bias: number }>;
  /** pattern families whose cues are kept where the tagger found none (chosen on held-out folds) */
  rescue: string[];
}

export const MODEL_URL = new URL('../../../models/attribution-tagger.json.gz', import.meta.url);

export function modelFromFile(file: TaggerModelFile): TaggerModel {
  const index = new Map<string, number>();
  file.features.forEach((f, k) => index.set(f, k));
  const stages = {} as TaggerModel['stages'];
  for (const st of STAGES) {
    stages[st] = {
      emission: Float64Array.from(file.stages[st].emission, (x) => x / file.scale),
      transition: Float64Array.from(file.stages[st].transition, (x) => x / file.scale),
      bias: file.stages[st].bias,
    };
  }
  return { index, stages, rescue: new Set(file.rescue ?? []), trainedOn: file.trainedOn };
}

let cached: TaggerModel | null | undefined;

/** The shipped model, read once; null (patterns only) when the file is missing. */
export function shippedModel(): TaggerModel | null {
  if (cached !== undefined) return cached;
  cached = existsSync(MODEL_URL) ? modelFromFile(JSON.parse(gunzipSync(readFileSync(MODEL_URL)).toString('utf8')) as TaggerModelFile) : null;
  return cached;
}

export type TokenSpans = Record<Role, [number, number][]>;

/** Character ranges of tagged spans. */
export function charSpans(ctx: Context, spans: [number, number][]): Range[] {
  return spans.map(([a, b]) => [ctx.tokens[a].start, ctx.tokens[b - 1].end]);
}

/** The features a stage reads beyond the token's own: what the earlier stages predicted. */
export function stageExtras(stage: Stage, ctx: Context, earlier: (s: Stage) => [number, number][]): string[][] | null {
  if (stage === 'cue') return null;
  const cues = cueFeatures(ctx, earlier('cue'));
  if (stage === 'source' || stage === 'content') return cues;
  const around = spanFeatures(ctx, earlier('source'), earlier('content'));
  return cues.map((f, i) => [...f, ...around[i]]);
}

/** The features one stage reads: the token's own, and what the earlier stages predicted. */
export function stageFeatures(stage: Stage, ctx: Context, base: string[][], earlier: (s: Stage) => [number, number][]): string[][] {
  const extras = stageExtras(stage, ctx, earlier);
  return extras ? base.map((f, i) => [...f, ...extras[i]]) : base;
}

/** Token spans per role, as the model tags them. */
export function tagRoles(ctx: Context, found: Found[], model: TaggerModel): TokenSpans {
  // the token's own features are looked up once; each stage adds only its extras
  const baseRows = featureRows(model.index, tokenFeatures(ctx, found));
  const sentences = sentenceRanges(ctx);
  const out = new Map<Stage, [number, number][]>();
  for (const stage of STAGES) {
    const extras = stageExtras(stage, ctx, (s) => out.get(s)!);
    const extraRows = extras ? featureRows(model.index, extras) : null;
    const w = model.stages[stage];
    const spans: [number, number][] = [];
    for (const [a, b] of sentences) for (const [s, e] of spansOf(viterbi(w, baseRows.slice(a, b), w.bias, extraRows?.slice(a, b)))) spans.push([a + s, a + e]);
    out.set(stage, spans);
  }
  return { cue: out.get('cueRefined')!, source: out.get('source')!, content: out.get('content')! };
}

/** Token ranges of the context's sentences: the unit the taggers are trained and run on. */
export function sentenceRanges(ctx: Context): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < ctx.tokens.length; i = ctx.sentEnd[i]) out.push([i, ctx.sentEnd[i]]);
  return out;
}

const PUNCT_GAP = /^[,;:—–-]$/;

/**
 * Content split around its own cue ("The talks, she said, went well") is one content: two
 * content spans in a sentence whose gap holds only source, cue and punctuation are joined.
 */
export function joinContent(ctx: Context, spans: TokenSpans): [number, number][] {
  const other = new Uint8Array(ctx.tokens.length);
  for (const r of ['source', 'cue'] as const) for (const [a, b] of spans[r]) for (let k = a; k < b; k++) other[k] = 1;
  const out: [number, number][] = [];
  for (const s of spans.content) {
    const prev = out[out.length - 1];
    // a quote that runs on into the next sentence is one content
    if (prev && ctx.sentEnd[prev[1] - 1] === s[0] && prev[1] === s[0] && ctx.quotes.some((q) => q.start <= ctx.tokens[prev[0]].start && q.end > ctx.tokens[s[0]].start)) {
      prev[1] = s[1];
      continue;
    }
    if (prev && ctx.sentStart[prev[0]] === ctx.sentStart[s[0]]) {
      let gapOk = true;
      let hasCue = false;
      for (let k = prev[1]; k < s[0]; k++) {
        if (!other[k] && !PUNCT_GAP.test(ctx.lower[k])) gapOk = false;
        if (other[k]) hasCue = true;
      }
      // "asked [to be identified], Skif said [the attack …]": a content right after another cue is that cue's
      const ownedBefore = spans.cue.some((c) => c[1] <= prev[0] && prev[0] - c[1] <= 2 && ctx.sentStart[c[0]] === ctx.sentStart[prev[0]]);
      if (gapOk && !ownedBefore && (hasCue || s[0] - prev[1] <= 1)) {
        prev[1] = s[1];
        continue;
      }
    }
    out.push([s[0], s[1]]);
  }
  return out;
}

function gap(a: [number, number], b: [number, number]): number {
  return a[1] <= b[0] ? b[0] - a[1] : b[1] <= a[0] ? a[0] - b[1] : 0;
}

const MAX_CONTENT_GAP = 30;
const MAX_SOURCE_GAP = 8;

/** Claims from tagged spans: each cue takes the nearest free content and the nearest source. */
export function linkTagged(ctx: Context, spans: TokenSpans): Found[] {
  const chars = ([a, b]: [number, number]): Range => [ctx.tokens[a].start, ctx.tokens[b - 1].end];
  const contents = joinContent(ctx, spans);
  const sentence = (k: number) => ctx.sentStart[k];
  // content ↔ cue pairs, nearest first; a different sentence costs more than any gap inside one
  const pairs: { cue: number; content: number; d: number }[] = [];
  spans.cue.forEach((c, ci) =>
    contents.forEach((n, ni) => {
      if (n[0] <= c[0] && c[1] <= n[1] && n[1] - n[0] > c[1] - c[0]) return; // the cue sits inside: that is someone's quoted words, unless joined
      const d = gap(c, n) + (sentence(c[0]) === sentence(n[0]) && sentence(c[1] - 1) === sentence(n[1] - 1) ? 0 : 10);
      if (d <= MAX_CONTENT_GAP) pairs.push({ cue: ci, content: ni, d });
    }),
  );
  // a cue inside a joined content (its own interruption) pairs with it first
  spans.cue.forEach((c, ci) =>
    contents.forEach((n, ni) => {
      if (n[0] < c[0] && c[1] < n[1] && !pairs.some((p) => p.cue === ci && p.content === ni)) pairs.push({ cue: ci, content: ni, d: -1 });
    }),
  );
  pairs.sort((a, b) => a.d - b.d);
  const cueContent = new Map<number, number>();
  const usedContent = new Set<number>();
  for (const p of pairs) {
    if (cueContent.has(p.cue) || usedContent.has(p.content)) continue;
    cueContent.set(p.cue, p.content);
    usedContent.add(p.content);
  }
  const usedSource = new Set<number>();
  const found: Found[] = [];
  spans.cue.forEach((c, ci) => {
    const ni = cueContent.get(ci);
    const n = ni !== undefined ? contents[ni] : clauseOf(ctx, c, spans.source);
    if (!n) return;
    let best = -1;
    let bestD = Infinity;
    spans.source.forEach((s, si) => {
      if (usedSource.has(si) || sentence(s[0]) !== sentence(c[0])) return;
      // a source beyond another cue is that cue's ("X said, according to Y")
      if (spans.cue.some((o, oi) => oi !== ci && (s[1] <= o[0] && o[1] <= c[0] || c[1] <= o[0] && o[1] <= s[0]))) return;
      if (n[0] <= s[0] && s[1] <= n[1]) {
        // a source inside the content only when the content wraps around its cue
        if (!(n[0] < c[0] && c[1] < n[1])) return;
      }
      const d = gap(s, c);
      if (d <= MAX_SOURCE_GAP && d < bestD) {
        best = si;
        bestD = d;
      }
    });
    if (best >= 0) usedSource.add(best);
    const content = trimStrayQuotes(ctx, chars(n));
    const quoted = /^["“«„]/.test(ctx.text.slice(content[0], content[0] + 1)) || /["”»]$/.test(ctx.text.slice(content[1] - 1, content[1]));
    const cueText = ctx.lower.slice(c[0], c[1]).join(' ');
    found.push({
      pattern: 'tagger',
      kind: /^according/.test(cueText) ? 'according_to' : quoted ? 'direct' : 'indirect',
      source: best >= 0 ? chars(spans.source[best]) : null,
      cue: chars(c),
      content,
      cueToken: c[0],
    });
  });
  return found;
}

const EDGE = /^[,;:.!?—–-]$/;

/**
 * Content for a cue the content tagger left without any: the rest of the sentence after the cue
 * ("X said [that …]"), or, when the cue ends the sentence, what comes before the source ("[…], X said").
 */
function clauseOf(ctx: Context, c: [number, number], sources: [number, number][]): [number, number] | null {
  const s0 = ctx.sentStart[c[0]];
  let s1 = ctx.sentEnd[c[0]];
  while (s1 > c[1] && EDGE.test(ctx.lower[s1 - 1])) s1--;
  let a = c[1];
  for (const s of sources) if (s[0] === a) a = s[1];
  if (s1 - a >= 3) return [a, s1];
  let b = c[0];
  for (const s of sources) if (s[1] === b || (s[1] + 1 === b && ctx.sentStart[s[0]] === s0)) b = Math.min(b, s[0]);
  while (b > s0 && EDGE.test(ctx.lower[b - 1])) b--;
  return b - s0 >= 3 ? [s0, b] : null;
}

const QUOTE_MARK = /^["“”«»„]$/;

/** A quote mark at the content's edge that pairs with nothing is a stray, not the quote's bound. */
function trimStrayQuotes(ctx: Context, [s, e]: Range): Range {
  const paired = (at: number) => ctx.quotes.some((q) => q.start === at || q.end === at + 1);
  while (e - s > 1 && QUOTE_MARK.test(ctx.text[s]) && !paired(s)) s = skipSpace(ctx.text, s + 1);
  while (e - s > 1 && QUOTE_MARK.test(ctx.text[e - 1]) && !paired(e - 1)) e--;
  return [s, e];
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
