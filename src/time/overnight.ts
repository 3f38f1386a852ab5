import { WEEKDAYS } from '../lexicon/months.js';
import { addDays, iso, MONTH_OR_ABBR, S, toDate, weekdayIndex } from './calendar.js';
import { resolveDay } from './date.js';
import { each, type TimeFamily, type TimexMatch } from './family.js';
import { resolveWeekday } from './weekday.js';

/**
 * A night named by the day it runs into (or the evening it starts): the range covers both days.
 *
 *   matches:  "shelling overnight into June 3" (June 2–3), "overnight to Sunday",
 *             "overnight on Tuesday" (Tuesday–Wednesday)
 *   must not: "an overnight curfew" (no day named)
 */
const DAY = `(?:(?<wd>${WEEKDAYS.join('|')})|(?<month>${MONTH_OR_ABBR})${S}(?<day>\\d{1,2})(?:st|nd|rd|th)?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?${S}(?<month2>${MONTH_OR_ABBR}))`;
const RE = new RegExp(
  `(?<![\\w-])overnight${S}(?<into>into|to|on|of)${S}(?:the${S}night${S}of${S})?${DAY}(?![\\w])`,
  'gi',
);

export const overnight: TimeFamily = {
  name: 'overnight',
  find(ctx) {
    return each(RE, ctx.text, (m): TimexMatch | null => {
      const g = m.groups ?? {};
      const start = m.index;
      const end = m.index + m[0].length;
      let day: string | null = null;
      if (g.wd) {
        if (!/^[A-Z]/.test(g.wd)) return null;
        if (!ctx.ref) return { start, end, date: null, precision: 'day' };
        day = resolveWeekday(ctx.ref, weekdayIndex(g.wd), ctx.isFuture(start, end) ? 'future' : 'past');
      } else {
        const month = g.month ?? g.month2;
        if (!month || !/^[A-Z]/.test(month)) return null;
        const r = resolveDay(ctx, { month, day: g.day ?? g.day2 }, start, end);
        if (!r || !r.date) return r;
        day = r.date;
      }
      const d = day ? toDate(day) : null;
      if (!d) return null;
      const into = /^(?:into|to)$/i.test(g.into);
      return into
        ? { start, end, date: iso(addDays(d, -1)), endDate: iso(d), precision: 'day' }
        : { start, end, date: iso(d), endDate: iso(addDays(d, 1)), precision: 'day' };
    });
  },
};
