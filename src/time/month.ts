import { daysInMonth, iso, MONTH, monthIndex, S, toDate, ymd } from './calendar.js';
import { inferYear } from './date.js';
import { each, type TimeContext, type TimeFamily, type TimexMatch } from './family.js';

/**
 * Months, with or without a part of the month: "in late February", "mid-May", "since late
 * August", "in March", "October 2021". Precision month; early/mid/late narrow the range to
 * days 1–10, 11–20 and 21–end.
 *
 *   matches:  "the siege began in late February", "since mid-May", "by the end of June",
 *             "in October 2021"
 *   must not: "they may march on" (lower case: verbs), "May said" (a name: no preposition),
 *             "on March 3" (a day: see date.ts)
 */
const PREP = 'in|since|until|till|by|from|during|through|throughout|before|after|last|next|this|of|to';
const MOD =
  'early|late|mid|(?:the' + S + ')?(?:middle|end|start|beginning|first' + S + 'half|second' + S + 'half)' + S + 'of';
const RE = new RegExp(
  `(?<![\\w-])(?:(?<prep>${PREP})${S})?(?:(?<mod>${MOD})(?:${S}|-))?(?<month>${MONTH})(?:,?${S}(?<year>(?:1[89]|20)\\d\\d))?(?![\\w-])(?!(?:${S})?\\d)`,
  'gi',
);

/** The days a part of a month covers. */
function partOf(mod: string, last: number): [number, number] {
  const m = mod.toLowerCase();
  if (/^early|start|beginning/.test(m.replace(/^the\s+/, ''))) return [1, 10];
  if (/^mid|middle/.test(m.replace(/^the\s+/, ''))) return [11, 20];
  if (/^late|end/.test(m.replace(/^the\s+/, ''))) return [21, last];
  if (/first/.test(m)) return [1, 15];
  if (/second/.test(m)) return [16, last];
  return [1, last];
}

export const month: TimeFamily = {
  name: 'month',
  find(ctx: TimeContext) {
    const { text } = ctx;
    return each(RE, text, (m): TimexMatch | null => {
      const g = m.groups ?? {};
      const name = g.month!;
      if (!/^[A-Z]/.test(name)) return null;
      // A bare month name is too often a verb or a name ("May", "March", "August" as a person).
      if (!g.prep && !g.mod && !g.year) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      const mi = monthIndex(name);
      const prep = (g.prep ?? '').toLowerCase();
      let year: number | null = g.year ? Number(g.year) : null;
      if (year === null) {
        if (!ctx.ref) return { start, end, date: null, precision: 'month' };
        const future = prep === 'next' || ctx.isFuture(start, end);
        year = inferYear(ctx.ref, mi, 1, future);
        if (year === null) return null;
        const r = toDate(ctx.ref)!;
        if (prep === 'last' && year === r.getUTCFullYear() && mi >= r.getUTCMonth()) year--;
      }
      const last = daysInMonth(year, mi);
      const [a, b] = partOf(g.mod ?? '', last);
      const t: TimexMatch = {
        start,
        end,
        date: iso(ymd(year, mi, a)),
        endDate: iso(ymd(year, mi, b)),
        precision: 'month',
      };
      // "since late August": from then up to publication.
      if (prep === 'since' && ctx.ref && ctx.ref.slice(0, 10) > t.endDate!) t.endDate = ctx.ref.slice(0, 10);
      return t;
    });
  },
};
