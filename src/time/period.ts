import { addDays, daysInMonth, iso, mondayOf, S, toDate, ymd } from './calendar.js';
import { each, type TimeContext, type TimeFamily, type TimexMatch } from './family.js';

/**
 * Weeks, months and years named relative to publication: "this week", "since the start of the
 * week", "in the past week", "last month", "earlier this month", "this year".
 *
 *   matches:  "earlier this week the army said", "over the past week", "since the beginning of
 *             the month", "last year's offensive", "in the past few days", "in the last 48 hours"
 *   must not: "a week-long siege", "every week" (no anchor to publication)
 */
const UNIT = '(?<unit>week|weekend|month|year)';
const RE = new RegExp(
  `(?<![\\w-])(?:` +
    `(?<since>since${S}the${S}(?:start|beginning)${S}of${S}(?:the${S}|this${S})?)${UNIT}` +
    `|(?:(?<early>earlier|later)${S})?(?<anchor>this|last|next|past|(?:in|over|during)${S}the${S}(?:past|last)|the${S}(?:past|last)|this${S}past)${S}` +
    `(?:(?<few>few|several|couple${S}of|two|three|seven|ten|\\d{1,3})${S})?(?<unit2>weeks?|weekend|months?|years?|days|hours)` +
    `)(?:'s|’s)?(?![\\w-])`,
  'gi',
);

const COUNTS: ReadonlyMap<string, number> = new Map(
  Object.entries({ few: 3, several: 5, 'couple of': 2, two: 2, three: 3, seven: 7, ten: 10 }),
);

function countOf(few: string): number {
  return COUNTS.get(few.toLowerCase().replace(/\s+/g, ' ')) ?? (Number(few) || 3);
}

function windowDays(n: number, unit: string): number {
  if (unit.startsWith('hour')) return Math.max(1, Math.ceil(n / 24));
  if (unit.startsWith('day')) return n;
  if (unit.startsWith('week')) return 7 * n;
  return unit.startsWith('month') ? 30 * n : 365 * n;
}

function windowPrecision(days: number): TimexMatch['precision'] {
  return days <= 10 ? 'week' : days <= 62 ? 'month' : 'year';
}

function resolve(
  ref: Date,
  anchor: string,
  unit: string,
  few: string,
  since: boolean,
  future: boolean,
): Omit<TimexMatch, 'start' | 'end'> | null {
  const a = anchor.toLowerCase().replace(/\s+/g, ' ');
  const u = unit.toLowerCase();
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth();
  const refIso = iso(ref);
  const mon = mondayOf(ref);
  const past = /past|last/.test(a) && !/^last$/.test(a);
  // "the past week", "in the last few days": a window ending at publication.
  if (past || (a === 'last' && (few || u === 'days'))) {
    // "these last days": a few days, when no count is given.
    const days = windowDays(!few && u === 'days' ? 3 : few ? countOf(few) : 1, u);
    return { date: iso(addDays(ref, -days)), endDate: refIso, precision: windowPrecision(days) };
  }
  // "over the next several months": a window starting at publication.
  if (a === 'next' && few) {
    const days = windowDays(countOf(few), u);
    return { date: refIso, endDate: iso(addDays(ref, days)), precision: windowPrecision(days) };
  }
  if (u === 'days' || u === 'hours') return null;
  if (u.startsWith('weekend')) {
    const sat = addDays(mon, 5);
    const start =
      a === 'last' ? addDays(sat, -7) : a === 'next' ? addDays(sat, 7) : ref < sat && !future ? addDays(sat, -7) : sat;
    return { date: iso(start), endDate: iso(addDays(start, 1)), precision: 'week' };
  }
  if (u.startsWith('week')) {
    if (a === 'last') return { date: iso(addDays(mon, -7)), endDate: iso(addDays(mon, -1)), precision: 'week' };
    if (a === 'next') return { date: iso(addDays(mon, 7)), endDate: iso(addDays(mon, 13)), precision: 'week' };
    return since || !future
      ? { date: iso(mon), endDate: refIso, precision: 'week' }
      : { date: refIso, endDate: iso(addDays(mon, 6)), precision: 'week' };
  }
  if (u.startsWith('month')) {
    if (a === 'last') {
      const d = ymd(y, mo - 1, 1);
      return {
        date: iso(d),
        endDate: iso(ymd(d.getUTCFullYear(), d.getUTCMonth(), daysInMonth(d.getUTCFullYear(), d.getUTCMonth()))),
        precision: 'month',
      };
    }
    if (a === 'next') {
      const d = ymd(y, mo + 1, 1);
      return {
        date: iso(d),
        endDate: iso(ymd(d.getUTCFullYear(), d.getUTCMonth(), daysInMonth(d.getUTCFullYear(), d.getUTCMonth()))),
        precision: 'month',
      };
    }
    return since || !future
      ? { date: iso(ymd(y, mo, 1)), endDate: refIso, precision: 'month' }
      : { date: refIso, endDate: iso(ymd(y, mo, daysInMonth(y, mo))), precision: 'month' };
  }
  if (a === 'last') return { date: `${y - 1}-01-01`, endDate: `${y - 1}-12-31`, precision: 'year' };
  if (a === 'next') return { date: `${y + 1}-01-01`, endDate: `${y + 1}-12-31`, precision: 'year' };
  return since || !future
    ? { date: `${y}-01-01`, endDate: refIso, precision: 'year' }
    : { date: refIso, endDate: `${y}-12-31`, precision: 'year' };
}

export const period: TimeFamily = {
  name: 'period',
  find(ctx: TimeContext) {
    const { text } = ctx;
    return each(RE, text, (m) => {
      const g = m.groups ?? {};
      const start = m.index;
      const end = m.index + m[0].length;
      const unit = g.unit ?? g.unit2 ?? '';
      // "this year's" is fine; plural units need a count ("the past two weeks") to anchor them.
      if (/s$/i.test(unit) && !g.few && !/days/i.test(unit)) return null;
      if (!ctx.ref)
        return {
          start,
          end,
          date: null,
          precision: /day|week/i.test(unit) ? 'week' : /month/i.test(unit) ? 'month' : 'year',
        };
      const ref = toDate(ctx.ref);
      if (!ref) return null;
      const early = (g.early ?? '').toLowerCase();
      const future = early === 'later' || (!early && ctx.isFuture(start, end));
      const r = resolve(
        ref,
        g.since ? 'this' : (g.anchor ?? 'this'),
        unit,
        g.few ?? '',
        Boolean(g.since) || early === 'earlier',
        future,
      );
      return r ? { start, end, ...r } : null;
    });
  },
};
