/** Timing helpers shared by the benchmarks. */

/** Milliseconds since `t0` (from process.hrtime.bigint()). */
export function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Mean time per call in ms, over enough calls to last ~200 ms (at least `min`). */
export function timeEach(fn: () => unknown, min = 3): number {
  let n = 0;
  const t0 = process.hrtime.bigint();
  while (n < min || ms(t0) < 200) {
    fn();
    n++;
  }
  return ms(t0) / n;
}
