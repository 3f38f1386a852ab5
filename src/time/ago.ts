import { addDays, iso, S, toDate } from './calendar.js';
import { each, type TimeFamily, type TimexMatch } from './family.js';

/**
 * Spans counted back from publication: "two days ago", "a week ago", "three months ago".
 * Days keep day precision; weeks, months and years are as precise as their unit.
 *
 *   matches:  "the bridge was hit two days ago", "a week ago the town fell", "10 years ago"
 *   must not: "days ago" (no count), "ages ago"
 */
const COUNT = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+couple\\s+of|\\d{1,3}';
const RE = new RegExp(`(?<![\\w-])(?<n>${COUNT})${S}(?<unit>days?|weeks?|months?|years?)${S}ago(?![\\w-])`, 'gi');
const WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    'a couple of': 2,
  }),
);

export const ago: TimeFamily = {
  name: 'ago',
  find(ctx) {
    return each(RE, ctx.text, (m): TimexMatch | null => {
      const g = m.groups!;
      const n = WORDS.get(g.n.toLowerCase().replace(/\s+/g, ' ')) ?? Number(g.n);
      if (!Number.isFinite(n)) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      const unit = g.unit.toLowerCase().replace(/s$/, '');
      const precision = unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
      if (!ctx.ref) return { start, end, date: null, precision };
      const r = toDate(ctx.ref);
      if (!r) return null;
      if (unit === 'day') return { start, end, date: iso(addDays(r, -n)), precision };
      if (unit === 'week') {
        const d = addDays(r, -7 * n);
        return { start, end, date: iso(addDays(d, -3)), endDate: iso(addDays(d, 3)), precision };
      }
      const back = new Date(r);
      if (unit === 'month') back.setUTCMonth(back.getUTCMonth() - n);
      else back.setUTCFullYear(back.getUTCFullYear() - n);
      return { start, end, date: iso(back), precision };
    });
  },
};
