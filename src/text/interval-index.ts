/**
 * Spans (token or character offsets) asked by the interval they touch: the indices (ascending)
 * of the spans with an end at or after `lo` and a start at or before `hi`. Sorted by start with
 * the running maximum of ends, so a query walks back only over spans that can still reach `lo`.
 * For the spans holding a position `at` (start ≤ at < end), ask `query(at + 1, at)`.
 */
export class IntervalIndex {
  private readonly order: number[];
  private readonly maxEnd: number[];
  constructor(private readonly spans: readonly [number, number][]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0] || a - b);
    this.maxEnd = [];
    let m = -Infinity;
    for (const i of this.order) this.maxEnd.push((m = Math.max(m, spans[i]![1])));
  }
  query(lo: number, hi: number): number[] {
    // the last span starting at or before hi
    let a = 0;
    let b = this.order.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.spans[this.order[mid]!]![0] <= hi) a = mid + 1;
      else b = mid;
    }
    const out: number[] = [];
    for (let k = a - 1; k >= 0 && this.maxEnd[k]! >= lo; k--) {
      const i = this.order[k]!;
      if (this.spans[i]![1] >= lo) out.push(i);
    }
    return out.sort((x, y) => x - y);
  }
}
