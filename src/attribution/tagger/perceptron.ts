/**
 * A first-order BIO tagger trained as an averaged structured perceptron (Collins 2002): one
 * weight per (feature, label), one per label transition, Viterbi decoding. Small, exact and
 * fast enough to run on every article without a model server.
 */

/** Labels: outside, first token of a span, inside a span. */
export const O = 0;
export const B = 1;
export const I = 2;
/** How many labels: a token's scores are LABELS numbers side by side. */
export const LABELS = 3;
const L = LABELS;

// I may only follow B or I.
const ALLOWED = (prev: number, next: number) => next !== I || prev !== O;

/** Feature rows of a sequence's tokens (features the model never saw are dropped). */
export function featureRows(index: Map<string, number>, features: string[][]): Int32Array[] {
  return features.map((fs) => {
    const rows: number[] = [];
    for (const f of fs) {
      const r = index.get(f);
      if (r !== undefined) rows.push(r);
    }
    return Int32Array.from(rows);
  });
}

/**
 * `bias` is added to the score of B and I: above 0 the tagger finds more spans, below fewer.
 * `extra`, when given, holds more feature rows per token (read as if appended to `rows`).
 */
export function viterbi(
  w: { emission: Float64Array; transition: Float64Array },
  rows: Int32Array[],
  bias = 0,
  extra?: Int32Array[],
): number[] {
  const n = rows.length;
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let s = y === O ? 0 : bias;
      const r = rows[i];
      for (let k = 0; k < r.length; k++) s += w.emission[r[k] * L + y];
      if (extra) {
        const x = extra[i];
        for (let k = 0; k < x.length; k++) s += w.emission[x[k] * L + y];
      }
      emit[i * L + y] = s;
    }
  }
  return decode(emit, w.transition);
}

/** The best label sequence given each token's label scores (`emit[i * 3 + y]`) and the transitions. */
export function decode(emit: Float64Array, transition: Float64Array): number[] {
  const n = emit.length / L;
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = y === I ? -Infinity : transition[L * L + y] + emit[y];
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED(p, y)) continue;
        const s = score[(i - 1) * L + p] + transition[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k] > score[(n - 1) * L + y]) y = k;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y];
  }
  return out;
}

/** Deterministic shuffle (so a training run can be repeated exactly). */
function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export interface Sequence {
  rows: Int32Array[];
  gold: number[];
}

/** Averaged perceptron training over `epochs` passes; returns the averaged weights. */
export function train(
  featureCount: number,
  sequences: Sequence[],
  epochs: number,
  onEpoch?: (epoch: number, errors: number) => void,
  seed = 7,
): { emission: Float64Array; transition: Float64Array } {
  const size = featureCount * L;
  const tsize = (L + 1) * L;
  const w = { emission: new Float64Array(size), transition: new Float64Array(tsize) };
  // lazy averaging: total += w * (now - stamp) whenever a weight changes
  const totalE = new Float64Array(size);
  const stampE = new Float64Array(size);
  const totalT = new Float64Array(tsize);
  const stampT = new Float64Array(tsize);
  let now = 1;
  const bumpE = (k: number, d: number) => {
    totalE[k] += w.emission[k] * (now - stampE[k]);
    stampE[k] = now;
    w.emission[k] += d;
  };
  const bumpT = (k: number, d: number) => {
    totalT[k] += w.transition[k] * (now - stampT[k]);
    stampT[k] = now;
    w.transition[k] += d;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    for (const seq of shuffled(sequences, epoch * 7919 + seed)) {
      const guess = viterbi(w, seq.rows);
      for (let i = 0; i < guess.length; i++) {
        const g = seq.gold[i];
        const p = guess[i];
        const gPrev = i === 0 ? L : seq.gold[i - 1];
        const pPrev = i === 0 ? L : guess[i - 1];
        if (g !== p) {
          errors++;
          for (const r of seq.rows[i]) {
            bumpE(r * L + g, 1);
            bumpE(r * L + p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          bumpT(gPrev * L + g, 1);
          bumpT(pPrev * L + p, -1);
        }
      }
      now++;
    }
    onEpoch?.(epoch, errors);
  }
  const avg = { emission: new Float64Array(size), transition: new Float64Array(tsize) };
  for (let k = 0; k < size; k++) avg.emission[k] = (totalE[k] + w.emission[k] * (now - stampE[k])) / now;
  for (let k = 0; k < tsize; k++) avg.transition[k] = (totalT[k] + w.transition[k] * (now - stampT[k])) / now;
  return avg;
}

/** Spans [first, last+1) of tokens labelled B/I. */
export function spansOf(labels: number[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const y = i < labels.length ? labels[i] : O;
    if (start >= 0 && y !== I) {
      out.push([start, i]);
      start = -1;
    }
    if (y === B || (y === I && start < 0)) start = i;
  }
  return out;
}

/**
 * Several perceptrons trained on the same data in different orders, their weights averaged: the
 * order a perceptron sees its examples in moves its weights, and the mean is steadier than any one.
 */
export function trainEnsemble(
  featureCount: number,
  sequences: Sequence[],
  epochs: number,
  members: number,
  onEpoch?: (epoch: number, errors: number) => void,
): { emission: Float64Array; transition: Float64Array } {
  let sum: { emission: Float64Array; transition: Float64Array } | null = null;
  for (let m = 0; m < members; m++) {
    const w = train(featureCount, sequences, epochs, m === 0 ? onEpoch : undefined, 7 + m * 104729);
    if (!sum) sum = w;
    else {
      for (let k = 0; k < w.emission.length; k++) sum.emission[k] += w.emission[k];
      for (let k = 0; k < w.transition.length; k++) sum.transition[k] += w.transition[k];
    }
  }
  for (let k = 0; k < sum!.emission.length; k++) sum!.emission[k] /= members;
  for (let k = 0; k < sum!.transition.length; k++) sum!.transition[k] /= members;
  return sum!;
}
