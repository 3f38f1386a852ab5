/**
 * Geoparsing metrics as in Gritta et al. ("What's missing in geographical parsing?", "A pragmatic
 * guide to geoparsing evaluation"): recognition precision / recall / F1 with exact or
 * overlapping spans, and for recognised toponyms the error distance to the gold coordinates:
 * accuracy within 161 km (100 miles), mean and median error, and the AUC of the log-error
 * curve (0 best, 1 worst). An unresolved toponym counts as the largest possible error.
 */
import { distanceKm } from '../geo/distance.js';
import { maximumMatching } from './span-score.js';

interface SpanLike {
  start: number;
  end: number;
}

export const MAX_ERROR_KM = 20039;

/** One-to-one matching of gold and predicted spans: the largest there is. */
export function matchSpans(gold: SpanLike[], pred: SpanLike[], mode: 'exact' | 'overlap'): [number, number][] {
  const ok = (gi: number, pi: number) => {
    const g = gold[gi];
    const p = pred[pi];
    return mode === 'exact' ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end;
  };
  return maximumMatching(gold.length, pred.length, ok);
}

export function prf(
  matched: number,
  predicted: number,
  gold: number,
): { precision: number; recall: number; f1: number } {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function errorKm(gold: { lat: number; lon: number }, pred: { lat: number; lon: number } | null): number {
  return pred ? distanceKm(gold, pred) : MAX_ERROR_KM;
}

export function errorStats(errors: number[]): {
  n: number;
  acc161: number;
  meanKm: number;
  medianKm: number;
  auc: number;
} {
  const n = errors.length;
  if (!n) return { n, acc161: 0, meanKm: 0, medianKm: 0, auc: 0 };
  const sorted = [...errors].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const logs = sorted.map((e) => Math.log(1 + e) / Math.log(MAX_ERROR_KM));
  // trapezoid area under the sorted, normalised log-error curve over [0, 1]
  let area = 0;
  for (let i = 1; i < n; i++) area += (logs[i] + logs[i - 1]) / 2;
  const auc = n > 1 ? area / (n - 1) : logs[0];
  return {
    n,
    acc161: errors.filter((e) => e <= 161).length / n,
    meanKm: errors.reduce((s, e) => s + e, 0) / n,
    medianKm: median,
    auc,
  };
}
