/**
 * The model's feature index, looked up without building the feature strings. A feature's key is
 * two 32-bit polynomial hashes of its characters; a polynomial hash can be fed part by part, so
 * the stage hashes a feature's parts where it would have concatenated them, and finds the same
 * key the model's string has. Building ~45 strings per token and looking each up in a Map of
 * 400,000 strings was most of the stage's time.
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

/** Open addressing over [hashA, hashB, row + 1] triples: one probe is one cache line. */
export class FeatureTable {
  readonly size: number;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(features: readonly string[]) {
    this.size = features.length;
    let capacity = 1024;
    while (capacity < features.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 3);
    features.forEach((f, row) => {
      const [a, b] = featureKey(f);
      let p = this.slot(a);
      while (this.slots[p * 3 + 2] !== 0) {
        if (this.slots[p * 3] === a && this.slots[p * 3 + 1] === b)
          throw new Error(`features "${features[this.slots[p * 3 + 2] - 1]}" and "${f}" have the same key`);
        p = (p + 1) & this.mask;
      }
      this.slots[p * 3] = a;
      this.slots[p * 3 + 1] = b;
      this.slots[p * 3 + 2] = row + 1;
    });
  }

  private slot(a: number): number {
    // hash A's high bits are its best mixed
    return (Math.imul(a ^ (a >>> 16), 0x45d9f3b) >>> 8) & this.mask;
  }

  /** The feature's row, or -1 for a feature the model never kept. */
  row(a: number, b: number): number {
    const s = this.slots;
    for (let p = this.slot(a); ; p = (p + 1) & this.mask) {
      const r = s[p * 3 + 2];
      if (r === 0) return -1;
      if (s[p * 3] === a && s[p * 3 + 1] === b) return r - 1;
    }
  }

  get(feature: string): number {
    const [a, b] = featureKey(feature);
    return this.row(a, b);
  }
}

/** A feature sink that keeps, per token, the rows of the features the table knows. */
export class FeatureRows implements FeatureSink {
  private buffer = new Int32Array(4096);
  private length = 0;
  private readonly starts: number[] = [];

  constructor(private readonly table: FeatureTable) {}

  next(): void {
    this.starts.push(this.length);
  }

  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void {
    let x = mixA(SEED_A, a);
    let y = mixB(SEED_B, a);
    if (b !== undefined) {
      x = mixA(x, b);
      y = mixB(y, b);
      if (c !== undefined) {
        x = mixA(x, c);
        y = mixB(y, c);
        if (d !== undefined) {
          x = mixA(x, d);
          y = mixB(y, d);
          if (e !== undefined) {
            x = mixA(x, e);
            y = mixB(y, e);
            if (f !== undefined) {
              x = mixA(x, f);
              y = mixB(y, f);
            }
          }
        }
      }
    }
    const row = this.table.row(x, y);
    if (row < 0) return;
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = row;
  }

  /** Rows per token (views into one buffer). */
  rows(): Int32Array[] {
    return this.starts.map((s, k) =>
      this.buffer.subarray(s, k + 1 < this.starts.length ? this.starts[k + 1] : this.length),
    );
  }
}
