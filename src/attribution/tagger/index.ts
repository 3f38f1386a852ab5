/**
 * The learned half of attribution: BIO tagging passes over the article's tokens (cues, sources,
 * contents, then cues again: STAGES), then a linker that pairs each cue with the nearest content and source. The weights
 * are trained on PolNeAR's train split (`npm run train:attribution`) and shipped in models/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { cacheDir } from '../../geo/paths.js';
import { readShared } from '../../shared-files.js';
import type { Context, Found, Range } from '../context.js';
import { FeatureScores, FeatureTable } from './feature-table.js';
import {
  type FeatureSink,
  type Role,
  StringFeatures,
  writeCueFeatures,
  writeSpanFeatures,
  writeTokenFeatures,
} from './features.js';
import { B, decode, I, LABELS, spansOf } from './perceptron.js';
import { IntervalIndex } from '../../text/interval-index.js';

/**
 * The taggers run in order, each reading what the earlier ones found: cues first; then sources
 * and contents, which read where the cues are; then the cues again, now also reading where the
 * sources and contents are ("decision" is a cue when a content follows it).
 */
export const STAGES = ['cue', 'source', 'content', 'cueRefined'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_ROLE: Record<Stage, Role> = { cue: 'cue', source: 'source', content: 'content', cueRefined: 'cue' };

/** One feature row's (or one token's) weights for every stage's labels, side by side. */
const WIDTH = STAGES.length * LABELS;

/** Where a feature's (or a token's) weight for a stage's label lies: the layout of the model's weights and of a token's scores. */
function slot(row: number, stage: number, label: number): number {
  return row * WIDTH + stage * LABELS + label;
}

export interface TaggerModel {
  /**
   * the features, each with its emission weights for every stage's labels, side by side (STAGES
   * order, then label: stage * 3 + label), as the file's integers: a token's features are read
   * once for all stages
   */
  features: FeatureTable;
  /** what the file's weights were multiplied by (the trainer writes 1) */
  scale: number;
  stages: Record<Stage, { transition: Float64Array; bias: number }>;
  rescue: Set<string>;
  trainedOn: string;
}

/** The model as the trainer writes it: weights scaled by `scale` and rounded to integers. */
export interface TaggerModelFile {
  version: 2;
  trainedOn: string;
  scale: number;
  features: string[];
  /** bias: chosen on held-out folds of the training split for the best span F1 */
  stages: Record<Stage, { emission: Int16Array; transition: number[]; bias: number }>;
  /** pattern families whose cues are kept where the tagger found none (chosen on held-out folds) */
  rescue: string[];
}

const MODEL_URL = new URL('../../../models/attribution-tagger.bin.gz', import.meta.url);

// The file: MAGIC, a little-endian u32 header length, the header (JSON: everything but the
// emission weights), padding to an even offset, then each stage's emission weights as
// little-endian int16, in STAGES order; all gzipped. Binary weights read in a few milliseconds
// where four million JSON numbers took half a second and a quarter of a gigabyte.
const MAGIC = 'SRTG';
const LITTLE_ENDIAN = endianness() === 'LE';

export function encodeModel(file: TaggerModelFile): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      ...file,
      stages: Object.fromEntries(
        STAGES.map((s) => [s, { transition: file.stages[s].transition, bias: file.stages[s].bias }]),
      ),
    }),
    'utf8',
  );
  const start = 8 + header.length + ((8 + header.length) % 2);
  const n = file.features.length * 3;
  const out = Buffer.alloc(start + STAGES.length * n * 2);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  STAGES.forEach((s, k) => {
    const w = file.stages[s].emission;
    if (w.length !== n) throw new Error(`stage ${s}: ${w.length} weights for ${n}`);
    for (let i = 0; i < n; i++) out.writeInt16LE(w[i], start + (k * n + i) * 2);
  });
  return gzipSync(out, { level: 9 });
}

export function decodeModel(gz: Buffer): TaggerModelFile {
  const b = gunzipSync(gz);
  if (b.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a sitrep attribution model (bad magic)');
  const length = b.readUInt32LE(4);
  const header = JSON.parse(b.toString('utf8', 8, 8 + length)) as Omit<TaggerModelFile, 'stages' | 'version'> & {
    version: number;
    stages: Record<Stage, { transition: number[]; bias: number }>;
  };
  if (header.version !== 2) throw new Error(`attribution model version ${header.version}, this sitrep reads version 2`);
  const start = 8 + length + ((8 + length) % 2);
  const n = header.features.length * 3;
  const stages = {} as TaggerModelFile['stages'];
  STAGES.forEach((s, k) => {
    const from = start + k * n * 2;
    // copied out so the array is aligned whatever the buffer's offset
    const emission = LITTLE_ENDIAN
      ? new Int16Array(b.buffer.slice(b.byteOffset + from, b.byteOffset + from + n * 2))
      : new Int16Array(n);
    if (!LITTLE_ENDIAN) for (let i = 0; i < n; i++) emission[i] = b.readInt16LE(from + i * 2);
    stages[s] = { emission, transition: header.stages[s].transition, bias: header.stages[s].bias };
  });
  return { ...header, version: 2, stages };
}

export function modelFromFile(file: TaggerModelFile): TaggerModel {
  const n = file.features.length;
  // one feature's weights for every stage side by side
  const weights = new Int16Array(n * WIDTH);
  STAGES.forEach((st, k) => {
    const source = file.stages[st].emission;
    for (let r = 0; r < n; r++) for (let y = 0; y < LABELS; y++) weights[slot(r, k, y)] = source[r * LABELS + y];
  });
  const stages = {} as TaggerModel['stages'];
  for (const st of STAGES)
    stages[st] = {
      transition: Float64Array.from(file.stages[st].transition, (x) => x / file.scale),
      bias: file.stages[st].bias,
    };
  return {
    features: new FeatureTable(file.features, weights, WIDTH),
    scale: file.scale,
    stages,
    rescue: new Set(file.rescue ?? []),
    trainedOn: file.trainedOn,
  };
}

let cached: TaggerModel | null | undefined;

/**
 * The shipped model, read once per thread; null (patterns only) when the file is missing. Its
 * table is built once per machine and model: reading the 400,000 features and placing each in
 * the table took half a second of every thread's start (each `analyze` run, each pool thread),
 * reading the table built is a file read (see `cachedModel`).
 */
export function shippedModel(): TaggerModel | null {
  if (cached !== undefined) return cached;
  cached = existsSync(MODEL_URL) ? cachedModel(readFileSync(MODEL_URL), cacheDir()) : null;
  return cached;
}

// The cache file: CACHE_MAGIC, a little-endian u32 header length, the header (JSON: the model's
// key, its table's size and width, scale, stages, rescue, trainedOn), padding to a multiple of 8,
// then the table's slots as they lie in memory (little-endian machines only). Named by the key:
// a digest of the model file and of this layout, so a new model or layout is built afresh.
const CACHE_MAGIC = 'SRTC';
const CACHE_LAYOUT = 1;
const CACHE_NAME = /^attribution-tagger-[0-9a-f]{16}\.bin$/;

interface CacheHeader {
  key: string;
  /** the slots' length in bytes: a file of another length is refused */
  bytes: number;
  size: number;
  width: number;
  scale: number;
  stages: Record<Stage, { transition: number[]; bias: number }>;
  rescue: string[];
  trainedOn: string;
}

/**
 * The model of the file `gz` (its bytes, as shipped), its table read from `dir` when built there
 * before, else built and written there for the next thread (best effort: a cache that cannot be
 * written or read is built around, never an error).
 */
export function cachedModel(gz: Buffer, dir: string): TaggerModel {
  const { key, file } = cacheOf(gz, dir);
  if (LITTLE_ENDIAN && existsSync(file)) {
    try {
      // the article pool's threads share one copy (../../shared-files.ts)
      return readCachedModel(readShared(file), key);
    } catch {
      // a torn or foreign file: built again below, and written over
    }
  }
  const model = modelFromFile(decodeModel(gz));
  if (LITTLE_ENDIAN) {
    try {
      writeCachedModel(model, key, file);
      // the tables of other models (an upgrade) are 32 MB each: only the current one is kept
      for (const name of readdirSync(dir))
        if (CACHE_NAME.test(name) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
    } catch {
      // a cache directory that cannot be written: every thread builds its own table
    }
  }
  return model;
}

/** The cache key of the model file `gz` and the file its table is kept in under `dir`. */
function cacheOf(gz: Buffer, dir: string): { key: string; file: string } {
  const key = createHash('sha1').update(gz).update(`layout ${CACHE_LAYOUT}`).digest('hex').slice(0, 16);
  return { key, file: join(dir, `attribution-tagger-${key}.bin`) };
}

/** Where the shipped model's table is kept once built (null without the model file). */
export function taggerCacheFile(): string | null {
  return existsSync(MODEL_URL) ? cacheOf(readFileSync(MODEL_URL), cacheDir()).file : null;
}

function writeCachedModel(model: TaggerModel, key: string, file: string): void {
  const slots = model.features.slots;
  const header: CacheHeader = {
    key,
    bytes: slots.byteLength,
    size: model.features.size,
    width: model.features.width,
    scale: model.scale,
    stages: Object.fromEntries(
      STAGES.map((s) => [s, { transition: [...model.stages[s].transition], bias: model.stages[s].bias }]),
    ) as CacheHeader['stages'],
    rescue: [...model.rescue],
    trainedOn: model.trainedOn,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Math.ceil((8 + json.length) / 8) * 8;
  const head = Buffer.alloc(start);
  head.write(CACHE_MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  mkdirSync(dirname(file), { recursive: true });
  // written whole under another name, then renamed: a thread reading it never sees half a file
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  try {
    writeFileSync(partial, head);
    writeFileSync(partial, new Uint8Array(slots.buffer, slots.byteOffset, slots.byteLength), { flag: 'a' });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

function readCachedModel(b: Buffer, key: string): TaggerModel {
  if (b.toString('latin1', 0, 4) !== CACHE_MAGIC) throw new Error('not a tagger cache');
  const length = b.readUInt32LE(4);
  const header = JSON.parse(b.toString('utf8', 8, 8 + length)) as CacheHeader;
  if (header.key !== key) throw new Error('the cache of another model');
  const start = Math.ceil((8 + length) / 8) * 8;
  const bytes = b.length - start;
  if (bytes !== header.bytes) throw new Error(`${bytes} bytes of slots, not ${header.bytes}`);
  // aligned for an Int32Array over the file's own buffer, else copied
  const slots =
    (b.byteOffset + start) % 4 === 0
      ? new Int32Array(b.buffer, b.byteOffset + start, bytes / 4)
      : new Int32Array(new Uint8Array(b.subarray(start)).buffer);
  const stages = {} as TaggerModel['stages'];
  for (const st of STAGES)
    stages[st] = { transition: Float64Array.from(header.stages[st].transition), bias: header.stages[st].bias };
  return {
    features: new FeatureTable({ slots, size: header.size }, undefined, header.width),
    scale: header.scale,
    stages,
    rescue: new Set(header.rescue),
    trainedOn: header.trainedOn,
  };
}

export type TokenSpans = Record<Role, [number, number][]>;

/** Character ranges of tagged spans. */
export function charSpans(ctx: Context, spans: [number, number][]): Range[] {
  return spans.map(([a, b]) => [ctx.tokens[a].start, ctx.tokens[b - 1].end]);
}

/** One writer of the features a stage reads beyond the token's own. */
interface StageExtra {
  /**
   * what it writes from: the stages whose predictions it reads. A later stage changes no earlier
   * stage's prediction, so a writer of the same name writes the same features for every stage
   * that reads it
   */
  from: 'cue' | 'source+content';
  /** writes the features, going over every token once */
  write: <P>(sink: FeatureSink<P>) => void;
}

/**
 * The features a stage reads beyond the token's own: what the earlier stages predicted, by
 * writer; none for the first stage.
 */
function stageExtras(stage: Stage, ctx: Context, earlier: (s: Stage) => [number, number][]): StageExtra[] {
  if (stage === 'cue') return [];
  const cues: StageExtra = { from: 'cue', write: (sink) => writeCueFeatures(ctx, earlier('cue'), sink) };
  if (stage !== 'cueRefined') return [cues];
  const around: StageExtra = {
    from: 'source+content',
    write: (sink) => writeSpanFeatures(ctx, earlier('source'), earlier('content'), sink),
  };
  return [cues, around];
}

/** The features one stage reads, as strings: the token's own, and what the earlier stages predicted. */
export function stageFeatures(
  stage: Stage,
  ctx: Context,
  base: string[][],
  earlier: (s: Stage) => [number, number][],
): string[][] {
  const extras = stageExtras(stage, ctx, earlier).map((x) => {
    const sink = new StringFeatures();
    x.write(sink);
    return sink;
  });
  if (extras.length === 0) return base;
  return base.map((f, i) => [...f, ...extras.flatMap((x) => x.tokens[i])]);
}

/** Token spans per role, as the model tags them. */
export function tagRoles(ctx: Context, found: Found[], model: TaggerModel): TokenSpans {
  // the token's own features are looked up once, and scored for every stage in the same pass
  const own = new FeatureScores(model.features);
  writeTokenFeatures(ctx, found, own);
  const scores = own.scores();
  const sentences = sentenceRanges(ctx);
  const out = new Map<Stage, [number, number][]>();
  const extraScores = new Map<StageExtra['from'], Float64Array>();
  STAGES.forEach((stage, k) => {
    const emit = stageEmission(scores, k, ctx.tokens.length);
    addEarlierStages(emit, stage, k, ctx, model, out, extraScores);
    withBias(emit, model.stages[stage].bias, model.scale);
    out.set(stage, decodeSentences(emit, sentences, model.stages[stage].transition));
  });
  return { cue: out.get('cueRefined')!, source: out.get('source')!, content: out.get('content')! };
}

// one stage's labels out of the scores of all stages: the decoder reads LABELS numbers per token
function stageEmission(scores: Float64Array, k: number, n: number): Float64Array {
  const emit = new Float64Array(n * LABELS);
  for (let i = 0; i < n; i++) for (let y = 0; y < LABELS; y++) emit[i * LABELS + y] = scores[slot(i, k, y)];
  return emit;
}

// what the earlier stages predicted (`out`), read as features of this stage and added to its
// scores. A writer's features are looked up once and scored for every stage's labels (`scored`,
// by writer): the cue features, which read the first stage's cues, serve the three stages after it.
function addEarlierStages(
  emit: Float64Array,
  stage: Stage,
  k: number,
  ctx: Context,
  model: TaggerModel,
  out: Map<Stage, [number, number][]>,
  scored: Map<StageExtra['from'], Float64Array>,
): void {
  for (const extra of stageExtras(stage, ctx, (s) => out.get(s)!)) {
    let scores = scored.get(extra.from);
    if (!scores) {
      const sink = new FeatureScores(model.features);
      extra.write(sink);
      scored.set(extra.from, (scores = sink.scores()));
    }
    for (let i = 0; i < emit.length / LABELS; i++)
      for (let y = 0; y < LABELS; y++) emit[i * LABELS + y] += scores[slot(i, k, y)];
  }
}

// the summed weights back to the trainer's scale, and the stage's bias on its span labels (B and I)
function withBias(emit: Float64Array, bias: number, scale: number): void {
  for (let i = 0; i < emit.length; i += LABELS) {
    for (let y = 0; y < LABELS; y++) emit[i + y] /= scale;
    emit[i + B] += bias;
    emit[i + I] += bias;
  }
}

// each sentence decoded alone (the unit the taggers are trained on); its spans back in the article's token indexes
function decodeSentences(
  emit: Float64Array,
  sentences: [number, number][],
  transition: Float64Array,
): [number, number][] {
  const spans: [number, number][] = [];
  for (const [a, b] of sentences)
    for (const [s, e] of spansOf(decode(emit.subarray(a * LABELS, b * LABELS), transition))) spans.push([a + s, a + e]);
  return spans;
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
    if (
      prev &&
      ctx.sentEnd[prev[1] - 1] === s[0] &&
      prev[1] === s[0] &&
      ctx.quotes.some((q) => q.start <= ctx.tokens[prev[0]].start && q.end > ctx.tokens[s[0]].start)
    ) {
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
      const ownedBefore = spans.cue.some(
        (c) => c[1] <= prev[0] && prev[0] - c[1] <= 2 && ctx.sentStart[c[0]] === ctx.sentStart[prev[0]],
      );
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
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/;
const MAX_SOURCE_GAP = 8;

/** Claims from tagged spans: each cue takes the nearest free content and the nearest source. */
export function linkTagged(
  ctx: Context,
  spans: TokenSpans,
  contents: [number, number][] = joinContent(ctx, spans),
): Found[] {
  const chars = ([a, b]: [number, number]): Range => [ctx.tokens[a].start, ctx.tokens[b - 1].end];
  const sentence = (k: number) => ctx.sentStart[k];
  // content ↔ cue pairs, nearest first; a different sentence costs more than any gap inside one.
  // Only contents within MAX_CONTENT_GAP tokens of a cue can pair with it: they are asked of an
  // interval index, so a text of thousands of quotations costs no more per cue than a short one.
  const contentIndex = new IntervalIndex(contents);
  const near = spans.cue.map((c) => contentIndex.query(c[0] - MAX_CONTENT_GAP, c[1] + MAX_CONTENT_GAP));
  const pairs: { cue: number; content: number; d: number }[] = [];
  const paired = new Set<number>();
  spans.cue.forEach((c, ci) =>
    near[ci]!.forEach((ni) => {
      const n = contents[ni]!;
      if (n[0] <= c[0] && c[1] <= n[1] && n[1] - n[0] > c[1] - c[0]) return; // the cue sits inside: that is someone's quoted words, unless joined
      const d =
        gap(c, n) +
        (sentence(c[0]) === sentence(n[0]) && sentence(c[1] - 1) === sentence(n[1] - 1) ? 0 : 10) +
        (n[1] <= c[0] && joinedBefore(ctx, n[1], c[0]) ? 10 : 0);
      if (d <= MAX_CONTENT_GAP) {
        pairs.push({ cue: ci, content: ni, d });
        paired.add(ci * contents.length + ni);
      }
    }),
  );
  // a cue inside a joined content (its own interruption) pairs with it first
  spans.cue.forEach((c, ci) =>
    near[ci]!.forEach((ni) => {
      const n = contents[ni]!;
      if (n[0] < c[0] && c[1] < n[1] && !paired.has(ci * contents.length + ni))
        pairs.push({ cue: ci, content: ni, d: -1 });
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
  const sourceIndex = new IntervalIndex(spans.source);
  const cueIndex = new IntervalIndex(spans.cue);
  const found: Found[] = [];
  spans.cue.forEach((c, ci) => {
    const ni = cueContent.get(ci);
    const n = ni !== undefined ? contents[ni] : clauseOf(ctx, c, spans.source);
    if (!n) return;
    let best = -1;
    let bestD = Infinity;
    // only sources within MAX_SOURCE_GAP tokens can be chosen; the cues between one and this cue lie within that gap too
    sourceIndex.query(c[0] - MAX_SOURCE_GAP, c[1] + MAX_SOURCE_GAP).forEach((si) => {
      const s = spans.source[si]!;
      if (usedSource.has(si) || sentence(s[0]) !== sentence(c[0])) return;
      // a lone possessive is a source only of the noun it qualifies ("his claim"), not of a verb further on
      if (s[1] - s[0] === 1 && POSSESSIVE.test(ctx.lower[s[0]]) && s[1] !== c[0]) return;
      // a source beyond another cue is that cue's ("X said, according to Y")
      const between = cueIndex.query(Math.min(s[0], c[0]), Math.max(s[1], c[1]));
      if (
        between.some((oi) => {
          const o = spans.cue[oi]!;
          return oi !== ci && ((s[1] <= o[0] && o[1] <= c[0]) || (c[1] <= o[0] && o[1] <= s[0]));
        })
      )
        return;
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
    const quoted =
      /^["“«„]/.test(ctx.text.slice(content[0], content[0] + 1)) ||
      /["”»]$/.test(ctx.text.slice(content[1] - 1, content[1]));
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

/**
 * "said that [X] but asked residents …": a conjunction between a content and a later cue starts
 * that cue's own clause, so the content is the earlier cue's.
 */
function joinedBefore(ctx: Context, from: number, to: number): boolean {
  const before = conjunctionsBefore(ctx);
  return before[to]! - before[from]! > 0;
}

// per context, the number of conjunctions before each token: the linker asks of every cue and
// content pair, and a scan per pair made a text of 1,000 quotations take seconds
const conjunctionCounts = new WeakMap<Context, Uint32Array>();
function conjunctionsBefore(ctx: Context): Uint32Array {
  let counts = conjunctionCounts.get(ctx);
  if (!counts) {
    counts = new Uint32Array(ctx.tokens.length + 1);
    for (let k = 0; k < ctx.tokens.length; k++) counts[k + 1] = counts[k]! + (ctx.tokens[k]!.pos === 'CCONJ' ? 1 : 0);
    conjunctionCounts.set(ctx, counts);
  }
  return counts;
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
