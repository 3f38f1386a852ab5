import { WEEKDAYS } from '../lexicon/months.js';
import { addDays, daysInMonth, iso, MONTH_OR_ABBR, monthIndex, S, toDate, ymd } from './calendar.js';
import { each, type TimeContext, type TimeFamily, type TimexMatch } from './family.js';

/**
 * Calendar days: "September 8, 2022", "8 September 2022", "on August 29", "Sept. 3".
 * Without a year, the year that puts the day on or before publication (news reports the past);
 * in the future tense, the nearest one from publication on.
 *
 *   matches:  "the offensive began on August 29", "a photo taken on 17 September 2022",
 *             "on Wednesday, April 4, 2018" (one expression: the date, not the weekday),
 *             "Oct. 3", "March 8th"
 *   must not: "the troops will march 5 km" (lower-case verb), "May 2022" (a month: see month.ts),
 *             "at 6:30 p.m." (a time of day: never its own expression)
 */
// "Wednesday, April 4, 2018": a weekday in front of a date belongs to it; the date decides.
const WEEKDAY_BEFORE = `(?:(?:${WEEKDAYS.join('|')}),?${S}(?:the${S})?)?`;
const MONTH_DAY = new RegExp(
  `(?<![\\w-])(?:on${S})?${WEEKDAY_BEFORE}(?<month>${MONTH_OR_ABBR})(?:${S}|(?<=\\.)(?:${S})?)(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?${S}(?<year>(?:1[89]|20)\\d\\d))?(?![\\w:])`,
  'gi',
);
const DAY_MONTH = new RegExp(
  `(?<![\\w.,-])(?:on${S})?${WEEKDAY_BEFORE}(?<day>\\d{1,2})(?:st|nd|rd|th)?${S}(?:of${S})?(?<month>${MONTH_OR_ABBR})(?:,?${S}(?<year>(?:1[89]|20)\\d\\d))?(?![\\w])`,
  'gi',
);

// A couple of days' slack: wire copy dated late in the evening may already name the next day.
const SLACK_DAYS = 2;

/** The year for a month (and day) written without one. */
export function inferYear(ref: string, month: number, day: number, future: boolean): number | null {
  const r = toDate(ref);
  if (!r) return null;
  const y = r.getUTCFullYear();
  const at = (year: number) => ymd(year, month, Math.min(day, daysInMonth(year, month)));
  if (future) return at(y) >= addDays(r, -SLACK_DAYS) ? y : y + 1;
  return at(y) <= addDays(r, SLACK_DAYS) ? y : y - 1;
}

/** A day from the groups `month`, `day`, `year`; null date when a reference is needed but absent. */
export function resolveDay(
  ctx: TimeContext,
  g: Record<string, string | undefined>,
  start: number,
  end: number,
): TimexMatch | null {
  const month = monthIndex(g.month ?? '');
  const day = Number(g.day);
  if (month < 0 || !(day >= 1 && day <= 31)) return null;
  let year = g.year ? Number(g.year) : null;
  if (year === null) {
    if (!ctx.ref) return { start, end, date: null, precision: 'day' };
    year = inferYear(ctx.ref, month, day, ctx.isFuture(start, end));
    if (year === null) return null;
  }
  if (day > daysInMonth(year, month)) return null;
  return { start, end, date: iso(ymd(year, month, day)), precision: 'day' };
}

export const calendarDate: TimeFamily = {
  name: 'date',
  find(ctx) {
    const { text } = ctx;
    return [MONTH_DAY, DAY_MONTH].flatMap((re) =>
      each(re, text, (m) => {
        const g = m.groups ?? {};
        // Month names are capitalised; "may 5" and "march 3" are verbs with numbers.
        if (!/^[A-Z]/.test(g.month ?? '')) return null;
        return resolveDay(ctx, g, m.index, m.index + m[0].length);
      }),
    );
  },
};
