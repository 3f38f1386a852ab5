/**
 * The model's features and their weights, looked up without building the feature strings. A
 * feature's key is two 32-bit polynomial hashes of its characters; a polynomial hash can be fed
 * part by part, so the stage hashes a feature's parts where it would have concatenated them, and
 * finds the same key the model's string has. Building ~45 strings per token and looking each up
 * in a Map of 400,000 strings was most of the stage's time.
 *
 * A feature's weights sit in its slot, beside its key: finding a feature and reading its weights
 * is one cache line. With the weights in an array of their own, the two random reads per feature
 * (~20,000 features per article, in tables of 12 and 20 MB) were half the tagger's time.
 */
import type { FeatureSink } from './features.js';

const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x2f5a1c3d;
const MUL_A = 0x01000193;
const MUL_B = 0x5bd1e995;

function mixA(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, MUL_A) + s.charCodeAt(i)) | 0;
  return h;
}

function mixB(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, MUL_B) + s.charCodeAt(i)) | 0;
  return h;
}

/** The two hashes of a feature string, as the table keys it. */
export function featureKey(feature: string): [number, number] {
  return [mixA(SEED_A, feature), mixB(SEED_B, feature)];
}

/**
 * Open addressing over slots of [hashA, hashB, the feature's `width` int16 weights], each slot a
 * power of two of bytes (32 for the shipped model's 12 weights), so that none straddles a cache
 * line. An empty slot's key is (0, 0), a key no feature may have (checked when the table is built).
 */
export class FeatureTable {
  readonly size: number;
  /** int16 weights per feature */
  readonly width: number;
  /** the slots as int16: a feature's weights start at the offset `find` gives */
  readonly weights: Int16Array;
  private readonly keys: Int32Array;
  /** int32 per slot */
  private readonly stride: number;
  private readonly mask: number;

  /**
   * `weights`: `width` per feature, in the order of `features` (none when width is 0). Or the
   * slots of a table built before (`slots`, as a cache holds them), taken as they are.
   */
  constructor(
    features: readonly string[] | { slots: Int32Array; size: number },
    weights: Int16Array = new Int16Array(0),
    width = 0,
  ) {
    this.width = width;
    let stride = 2;
    while (stride < 2 + Math.ceil(width / 2)) stride *= 2;
    this.stride = stride;
    if (!Array.isArray(features)) {
      const { slots, size } = features as { slots: Int32Array; size: number };
      const capacity = slots.length / stride;
      if (!Number.isInteger(capacity) || capacity < 1024 || (capacity & (capacity - 1)) !== 0 || size * 2 > capacity)
        throw new Error(`${slots.length} slot numbers are no table of ${size} features of ${width}`);
      this.size = size;
      this.mask = capacity - 1;
      this.keys = slots;
      this.weights = new Int16Array(slots.buffer, slots.byteOffset, slots.length * 2);
      return;
    }
    const list = features as readonly string[];
    if (weights.length !== list.length * width)
      throw new Error(`${weights.length} weights for ${list.length} features of ${width}`);
    this.size = list.length;
    let capacity = 1024;
    while (capacity < list.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * stride);
    this.weights = new Int16Array(this.keys.buffer);
    list.forEach((f, row) => {
      const [a, b] = featureKey(f);
      if (a === 0 && b === 0) throw new Error(`feature "${f}" has the key of an empty slot`);
      let p = this.slot(a);
      while (this.keys[p * stride] !== 0 || this.keys[p * stride + 1] !== 0) {
        if (this.keys[p * stride] === a && this.keys[p * stride + 1] === b)
          throw new Error(`feature "${f}" has the same key as one before it`);
        p = (p + 1) & this.mask;
      }
      this.keys[p * stride] = a;
      this.keys[p * stride + 1] = b;
      this.weights.set(weights.subarray(row * width, (row + 1) * width), p * stride * 2 + 4);
    });
  }

  /** The slots, keys and weights, as a cache stores them (see the constructor). */
  get slots(): Int32Array {
    return this.keys;
  }

  private slot(a: number): number {
    // hash A's high bits are its best mixed
    return (Math.imul(a ^ (a >>> 16), 0x45d9f3b) >>> 8) & this.mask;
  }

  /** Where the feature's weights start in `weights`, or -1 for a feature the model never kept. */
  find(a: number, b: number): number {
    const k = this.keys;
    const stride = this.stride;
    for (let p = this.slot(a); ; p = (p + 1) & this.mask) {
      const x = k[p * stride];
      const y = k[p * stride + 1];
      if (x === a && y === b) return p * stride * 2 + 4;
      if (x === 0 && y === 0) return -1;
    }
  }

  get(feature: string): number {
    const [a, b] = featureKey(feature);
    return this.find(a, b);
  }
}

// keys looked up at once before their weights are summed (see FeatureScores)
const LOOKUP_BLOCK = 64;

/**
 * A feature sink that keeps each feature's key, token by token, and then sums, per token, the
 * weights of the features the table knows. The keys are looked up a block at a time, not one per
 * `add`: the table's slots are out of cache (one miss for each of an article's ~5,500 distinct
 * features), and a loop that does nothing but look up keys has many misses in flight at once
 * where hashing between them left one. The block's weights are summed right after, while its
 * slots are still in the cache: summed after all of an article's ~25,000 lookups, they were
 * read from memory a second time.
 *
 * A piece is a part's two hashes from zero and the two multipliers to the power of its length:
 * hashing h on through the part's characters gives h·M^length + hash (mod 2^32), so a feature's
 * key is a few multiplications per part, whatever the parts' lengths, and the key the model's
 * string has.
 */
export class FeatureScores implements FeatureSink<number> {
  /** per piece: hash A from zero, MUL_A^length, hash B from zero, MUL_B^length */
  private parts = new Int32Array(4 * 1024);
  private pieces = 0;
  /** hash A and hash B of each feature, in the order given */
  private keys = new Int32Array(8192);
  private length = 0;
  /** per token, the index of its first feature */
  private readonly starts: number[] = [];

  constructor(private readonly table: FeatureTable) {}

  next(): void {
    this.starts.push(this.length);
  }

  piece(s: string, from = 0, to = s.length): number {
    let ha = 0;
    let hb = 0;
    let pa = 1;
    let pb = 1;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      ha = (Math.imul(ha, MUL_A) + c) | 0;
      hb = (Math.imul(hb, MUL_B) + c) | 0;
      pa = Math.imul(pa, MUL_A);
      pb = Math.imul(pb, MUL_B);
    }
    if (4 * this.pieces === this.parts.length) {
      const grown = new Int32Array(this.parts.length * 2);
      grown.set(this.parts);
      this.parts = grown;
    }
    const at = 4 * this.pieces;
    this.parts[at] = ha;
    this.parts[at + 1] = pa;
    this.parts[at + 2] = hb;
    this.parts[at + 3] = pb;
    return this.pieces++;
  }

  add(a: number, b?: number, c?: number, d?: number, e?: number, f?: number): void {
    const p = this.parts;
    let x = (Math.imul(SEED_A, p[4 * a + 1]) + p[4 * a]) | 0;
    let y = (Math.imul(SEED_B, p[4 * a + 3]) + p[4 * a + 2]) | 0;
    if (b !== undefined) {
      x = (Math.imul(x, p[4 * b + 1]) + p[4 * b]) | 0;
      y = (Math.imul(y, p[4 * b + 3]) + p[4 * b + 2]) | 0;
      if (c !== undefined) {
        x = (Math.imul(x, p[4 * c + 1]) + p[4 * c]) | 0;
        y = (Math.imul(y, p[4 * c + 3]) + p[4 * c + 2]) | 0;
        if (d !== undefined) {
          x = (Math.imul(x, p[4 * d + 1]) + p[4 * d]) | 0;
          y = (Math.imul(y, p[4 * d + 3]) + p[4 * d + 2]) | 0;
          if (e !== undefined) {
            x = (Math.imul(x, p[4 * e + 1]) + p[4 * e]) | 0;
            y = (Math.imul(y, p[4 * e + 3]) + p[4 * e + 2]) | 0;
            if (f !== undefined) {
              x = (Math.imul(x, p[4 * f + 1]) + p[4 * f]) | 0;
              y = (Math.imul(y, p[4 * f + 3]) + p[4 * f + 2]) | 0;
            }
          }
        }
      }
    }
    if (2 * this.length === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[2 * this.length] = x;
    this.keys[2 * this.length + 1] = y;
    this.length++;
  }
  /**
   * Per token, the sums of `labels` of its features' weights from weight `from` on (all of them,
   * or one stage's): `[token * labels + label]`. The weights are integers (the model file's
   * int16), so the sums are exact whatever their order.
   */
  scores(from = 0, labels = this.table.width): Float64Array {
    const { table, keys, length, starts } = this;
    const weights = table.weights;
    const found = new Int32Array(LOOKUP_BLOCK);
    const out = new Float64Array(starts.length * labels);
    if (starts.length === 0) return out;
    let t = 0;
    let end = starts.length > 1 ? starts[1] : length;
    for (let k0 = starts[0]; k0 < length; k0 += LOOKUP_BLOCK) {
      const k1 = Math.min(length, k0 + LOOKUP_BLOCK);
      for (let k = k0; k < k1; k++) found[k - k0] = table.find(keys[2 * k], keys[2 * k + 1]);
      for (let k = k0; k < k1; k++) {
        while (k >= end) end = ++t + 1 < starts.length ? starts[t + 1] : length;
        const w = found[k - k0];
        if (w < 0) continue;
        for (let j = 0; j < labels; j++) out[t * labels + j] += weights[w + from + j];
      }
    }
    return out;
  }
}
