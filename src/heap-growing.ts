/**
 * How far V8 lets a heap grow past what was live after its last full collection, for the whole
 * process (the flag is V8's, read by every thread's heap at each collection). By default V8 picks
 * the factor itself, up to 4× when collecting is fast against allocating; two kinds of work here
 * set it lower:
 *
 * - the article threads (`articleHeapGrowing`, when a pool of them starts): a thread's live heap
 *   is ~60 MB, and at 4× it swung up to ~250 MB before each full collection, so a run's peak
 *   depended on where in the swing its threads were (the peak of building 1,000 articles moved
 *   from 538 to 619 MB between runs). At 2×, building 1,000 / 20,000 articles at `--jobs 1`
 *   peaked at 527–536 / 581 MB against 586–592 / 732 MB, for 2% more CPU on the 20,000 (one
 *   run each; 7 December 2026);
 * - a corpus pass (`passHeapGrowing`, ./store/corpus-pass.ts): it reads and drops texts at a
 *   high rate (the near-duplicate pairs) while it holds a few hundred MB; the first pass over a
 *   20,000-article store held ~200 MB live in an 800 MB heap, and was the peak of the whole
 *   analysis (1 GB; 0.5 GB at 1.5×, in no more CPU).
 *
 * (An earlier session measured a tighter bound than 2× for the article threads at 5–10% more
 * CPU, and kept V8's default then.)
 *
 * The passes in flight are counted, so that the setting goes back to the article threads' (or
 * V8's own) when the last one ends.
 */
import { setFlagsFromString } from 'node:v8';

/** What the article threads allow: twice what was live. */
const ARTICLE_PERCENT = 100;
/** What a corpus pass allows. */
const PASS_PERCENT = 50;

// 0: V8's own choice
let outsidePasses = 0;
let passesInFlight = 0;

function apply(): void {
  setFlagsFromString(`--heap-growing-percent=${passesInFlight > 0 ? PASS_PERCENT : outsidePasses}`);
}

/** From now on (outside corpus passes), the process's heaps grow as the article threads' should. */
export function articleHeapGrowing(): void {
  if (outsidePasses === ARTICLE_PERCENT) return;
  outsidePasses = ARTICLE_PERCENT;
  apply();
}

/** A corpus pass starts (`true`) or ends (`false`). */
export function passHeapGrowing(on: boolean): void {
  passesInFlight += on ? 1 : -1;
  if (on ? passesInFlight === 1 : passesInFlight === 0) apply();
}
