/**
 * Month and weekday names as English news copy writes them, with the month abbreviations ("Sept.",
 * "Aug") without their full stop. Dates are read from them (time, ingest), notes are written with
 * them (fusion), and they are never places or names: "March" and "Monday" are not towns, "May" is
 * not a person.
 *
 *   names:      "8 September 2022", "on Monday", "Sept. 3"
 *   not these:  "Mar-a-Lago", "the march on Kyiv" (lower case: not a month here)
 */
// prettier-ignore
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// prettier-ignore
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Month abbreviations as news copy writes them, without their full stop ("Sept.", "Aug"). */
// prettier-ignore
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Weekday and month names and abbreviations, lower-cased: words that are dates, never places or names. */
export const CALENDAR_WORDS: readonly string[] = [...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS].map((w) =>
  w.toLowerCase(),
);
