/**
 * The one rule for dates sitrep takes from outside — a file's date field, a POST body, a
 * control-map file name or `valid_from`, a dateline: a real calendar date between 1900 and 2100.
 * Anything else is refused with a reason (microsecond timestamps read as milliseconds land in
 * the year 54657; "9999-99-99" is no day at all), never stored.
 *
 *   accepted:  2022-09-08   1662647935 (seconds)   1662647935000 (milliseconds)
 *   refused:   9999-99-99   2022-02-30   1662647935000000000   99999999999 (year 5138)
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const RANGE = `${FIRST_YEAR}–${LAST_YEAR}`;

/** Why year-month-day is not an accepted date, or null when it is. */
export function dateProblem(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1 || d > 31) return 'not a calendar date';
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return 'not a calendar date';
  if (y < FIRST_YEAR || y > LAST_YEAR) return `outside ${RANGE}`;
  return null;
}

/** Why a "YYYY-MM-DD…" string's date is not accepted (null when it is, or when it is not of that form). */
export function isoDateProblem(s: string): string | null {
  const m = /^([+-]?\d{4,6})-(\d{1,2})-(\d{1,2})/.exec(s.trim());
  return m ? dateProblem(+m[1], +m[2], +m[3]) : null;
}

/** Why a time in milliseconds since 1970 is not accepted, or null. */
export function timeProblem(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return `outside ${RANGE}`;
  const y = new Date(ms).getUTCFullYear();
  return y < FIRST_YEAR || y > LAST_YEAR ? `outside ${RANGE} (the year ${y})` : null;
}

/**
 * A number as a time, in milliseconds: Unix seconds below 1e11, milliseconds above (the two
 * never meet within 1900–2100). A reason when it lands outside the range.
 */
export function epochTime(n: number): { ms: number } | { reason: string } {
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  const problem = timeProblem(ms);
  return problem ? { reason: `${problem}: numbers are read as Unix seconds, or milliseconds from 1e11` } : { ms };
}
