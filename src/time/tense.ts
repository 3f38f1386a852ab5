/**
 * Is a time expression about the future? News copy reports the past, so a weekday or a month
 * without a year points backwards unless the clause says otherwise.
 *
 *   future:  "The ministers will meet on Friday"; "On Friday, the envoys are due to arrive";
 *            "On May 9, when the city marks the holiday, a parade could be held"
 *   past:    "Kyiv said Thursday it will keep going" (the marker comes after the date);
 *            "the mayor, who will step down, said on Monday" (a reporting verb in between)
 */
const FUTURE =
  /\b(?:will|won't|shall|going to|(?:is|are)\s+(?:due|set|scheduled|expected|poised|slated|planning|to)\b|plans?\s+to|intends?\s+to)\b|'ll\b/gi;
// After a date that opens the sentence, a modal of possibility also points ahead:
// "On May 9, celebrations could be held in the city".
const MODAL_AHEAD = /\b(?:could|might|would|may)\s+(?:be|take|see|happen|come|go)\b/i;
const PAST_BETWEEN =
  /\b(?:said|says|told|announced|claimed|reported|added|stated|wrote|posted|confirmed|denied|was|were|had|did)\b/i;

/** The sentence around a position, as [start, end) offsets (bounded to keep it cheap). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  const minS = Math.max(0, start - 160);
  while (s > minS && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  const maxE = Math.min(text.length, end + 200);
  while (e < maxE && !/[.!?\n]/.test(text[e])) e++;
  return [s, e];
}

function lastFuture(s: string): number {
  FUTURE.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = FUTURE.exec(s))) last = m.index + m[0].length;
  return last;
}

export function isFuture(text: string, start: number, end: number): boolean {
  const [s, e] = sentenceAround(text, start, end);
  const before = text.slice(s, start);
  const at = lastFuture(before);
  if (at >= 0 && !PAST_BETWEEN.test(before.slice(at))) return true;
  // "On Friday, the envoys will arrive": the date opens the sentence, the verb follows it.
  if (/^\W*(?:on|by|from|until|next|this|late|early)?\W*$/i.test(before)) {
    const after = text.slice(end, e);
    const fut = lastFuture(after.slice(0, 60));
    if (fut >= 0 && !PAST_BETWEEN.test(after.slice(0, fut))) return true;
    const modal = MODAL_AHEAD.exec(after);
    if (modal && !PAST_BETWEEN.test(after.slice(0, modal.index))) return true;
  }
  return false;
}
