/**
 * Span scoring: precision, recall and F1 with one-to-one (maximum) matching, exact (same start and end,
 * ignoring surrounding whitespace) or overlapping (any shared character with any fragment).
 * `anyOverlap` is the lenient variant some papers report: a predicted span is right if it
 * overlaps any gold span, a gold span is found if any predicted span overlaps it.
 */
export interface GoldSpan {
  start: number;
  end: number;
  fragments: [number, number][];
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

function overlap(p: [number, number], g: GoldSpan): number {
  let n = 0;
  for (const [a, b] of g.fragments) n += Math.max(0, Math.min(p[1], b) - Math.max(p[0], a));
  return n;
}

/**
 * The largest one-to-one pairing of gold and predicted items, given which pairs may match
 * (augmenting paths). A greedy pass can give a prediction to the first gold span it overlaps and
 * leave a later gold span, which only that prediction overlaps, unmatched.
 */
export function maximumMatching(
  gold: number,
  predicted: number,
  ok: (g: number, p: number) => boolean,
): [number, number][] {
  const edges: number[][] = [];
  for (let g = 0; g < gold; g++) {
    const out: number[] = [];
    for (let p = 0; p < predicted; p++) if (ok(g, p)) out.push(p);
    edges.push(out);
  }
  const owner = new Array<number>(predicted).fill(-1);
  const augment = (g: number, seen: Uint8Array): boolean => {
    for (const p of edges[g]) {
      if (seen[p]) continue;
      seen[p] = 1;
      if (owner[p] < 0 || augment(owner[p], seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold; g++) augment(g, new Uint8Array(predicted));
  const pairs: [number, number][] = [];
  owner.forEach((g, p) => {
    if (g >= 0) pairs.push([g, p]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}

export function matchSpans(
  text: string,
  predicted: [number, number][],
  gold: GoldSpan[],
  mode: 'exact' | 'overlap',
): Counts {
  const pred = predicted.map(([s, e]) => trimRange(text, s, e));
  const golds = gold.map((g) => trimRange(text, g.start, g.end));
  const ok = (g: number, p: number) =>
    mode === 'exact' ? pred[p][0] === golds[g][0] && pred[p][1] === golds[g][1] : overlap(pred[p], gold[g]) > 0;
  return { tp: maximumMatching(gold.length, pred.length, ok).length, predicted: predicted.length, gold: gold.length };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Removes duplicate spans (one span annotated for two relations counts once). */
export function uniqueSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Lenient overlap: precision over predicted spans, recall over gold spans, no one-to-one pairing. */
export function anyOverlap(
  text: string,
  predicted: [number, number][],
  gold: GoldSpan[],
): { predictedHit: number; predicted: number; goldHit: number; gold: number } {
  const pred = predicted.map(([s, e]) => trimRange(text, s, e));
  const predictedHit = pred.filter((p) => gold.some((g) => overlap(p, g) > 0)).length;
  const goldHit = gold.filter((g) => pred.some((p) => overlap(p, g) > 0)).length;
  return { predictedHit, predicted: pred.length, goldHit, gold: gold.length };
}
