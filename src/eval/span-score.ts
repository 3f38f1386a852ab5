/**
 * Span scoring: precision, recall and F1 with one-to-one matching, exact (same start and end,
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

export function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

function overlap(p: [number, number], g: GoldSpan): number {
  let n = 0;
  for (const [a, b] of g.fragments) n += Math.max(0, Math.min(p[1], b) - Math.max(p[0], a));
  return n;
}

export function matchSpans(text: string, predicted: [number, number][], gold: GoldSpan[], mode: 'exact' | 'overlap'): Counts {
  const used = new Array(predicted.length).fill(false);
  const pred = predicted.map(([s, e]) => trimRange(text, s, e));
  let tp = 0;
  for (const g of gold) {
    const [gs, ge] = trimRange(text, g.start, g.end);
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < pred.length; i++) {
      if (used[i]) continue;
      const score = mode === 'exact' ? (pred[i][0] === gs && pred[i][1] === ge ? 1 : 0) : overlap(pred[i], g);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) {
      used[best] = true;
      tp++;
    }
  }
  return { tp, predicted: predicted.length, gold: gold.length };
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
export function anyOverlap(text: string, predicted: [number, number][], gold: GoldSpan[]): { predictedHit: number; predicted: number; goldHit: number; gold: number } {
  const pred = predicted.map(([s, e]) => trimRange(text, s, e));
  const predictedHit = pred.filter((p) => gold.some((g) => overlap(p, g) > 0)).length;
  const goldHit = gold.filter((g) => pred.some((p) => overlap(p, g) > 0)).length;
  return { predictedHit, predicted: pred.length, goldHit, gold: gold.length };
}
