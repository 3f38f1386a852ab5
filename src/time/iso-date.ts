import { daysInMonth } from './calendar.js';
import { each, type TimeFamily } from './family.js';

/**
 * ISO dates as press releases and datelines write them: "2022-09-08". Slash and dot forms
 * (09/08/2022) are left alone: day and month order differ between outlets.
 *
 *   matches:  "updated 2022-09-08", "2022-09-08T14:00Z" (the day)
 *   must not: "09/08/2022" (ambiguous), "2022-13-40" (no such day), "1-800-555-0100"
 */
const RE = /(?<![\w-])(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])/g;

export const isoDate: TimeFamily = {
  name: 'iso-date',
  find(ctx) {
    return each(RE, ctx.text, (m) => {
      const { y, m: mo, d } = m.groups!;
      if (Number(d) > daysInMonth(Number(y), Number(mo) - 1)) return null;
      return { start: m.index, end: m.index + m[0].length, date: `${y}-${mo}-${d}`, precision: 'day' };
    });
  },
};
