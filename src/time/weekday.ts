import { WEEKDAYS } from '../lexicon/months.js';
import { addDays, iso, S, toDate, weekdayIndex } from './calendar.js';
import { each, type TimeContext, type TimeFamily, type TimexMatch } from './family.js';

/**
 * Weekdays, resolved with the news convention: in past-tense reporting the most recent such day
 * on or before publication (the publication weekday itself means that very day); in the future
 * tense the next one; "last" and "next" step over the publication day.
 *
 *   matches:  "the governor said on Tuesday", "late Monday", "Sunday night", "earlier on Friday",
 *             "talks will resume on Wednesday" (future → the next Wednesday)
 *   must not: "the Sunday Times reported" (a newspaper), "Good Friday" (a holiday),
 *             "markets close on Mondays", "Friday prayers" (habits, not dates)
 */
const PREFIX = `(?:(?<mod>earlier|later|late|early)(?:${S}on)?${S}|(?<prep>on|by|until|till|since|from|before|after|last|next|this|coming|past)${S})?`;
const PART = `(?:${S}(?:morning|afternoon|evening|night|overnight|midday|noon))?`;
const RE = new RegExp(`(?<![\\w-])${PREFIX}(?<wd>${WEEKDAYS.join('|')})(?:'s|’s)?(?![\\w-])${PART}(?![\\w-])`, 'gi');

const HOLIDAY = /(?:Good|Black|Bloody|Ash|Super|Cyber|Holy|Maundy|Easter|Palm|Shrove|Giving|Spy|Manic|Blue)[ \t]+$/;
const TITLE =
  /^[ \t]+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|People|Sport|Star|Independent|Observer|Review|Tribune|Journal|Club|League|Service|School|prayers?|sermons?|markets?)\b/;

/** Resolves a weekday against the reference date. `step`: past on-or-before, future after. */
export function resolveWeekday(
  ref: string,
  weekday: number,
  way: 'past' | 'future' | 'last' | 'next' | 'this-future',
): string | null {
  const r = toDate(ref);
  if (!r) return null;
  const today = r.getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (way) {
    case 'past':
      return iso(addDays(r, -back));
    case 'last':
      return iso(addDays(r, -(back || 7)));
    case 'this-future':
      return iso(addDays(r, ahead));
    case 'future':
    case 'next':
      return iso(addDays(r, ahead || 7));
  }
}

export const weekday: TimeFamily = {
  name: 'weekday',
  find(ctx: TimeContext): TimexMatch[] {
    const { text } = ctx;
    return each(RE, text, (m) => {
      const g = m.groups ?? {};
      const wd = g.wd!;
      const wdAt = m.index + m[0].indexOf(wd);
      // Weekdays are capitalised in English copy; "friday" in lower case is a handle or a tag.
      if (wd[0] !== wd[0].toUpperCase()) return null;
      if (HOLIDAY.test(text.slice(Math.max(0, wdAt - 12), wdAt))) return null;
      if (TITLE.test(text.slice(wdAt + wd.length, wdAt + wd.length + 14))) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      if (!ctx.ref) return { start, end, date: null, precision: 'day' };
      const prep = (g.prep ?? '').toLowerCase();
      const future = ctx.isFuture(start, end);
      const way =
        prep === 'last' || prep === 'past'
          ? 'last'
          : prep === 'next' || prep === 'coming'
            ? 'next'
            : prep === 'this'
              ? future
                ? 'this-future'
                : 'past'
              : future
                ? 'future'
                : 'past';
      const date = resolveWeekday(ctx.ref, weekdayIndex(wd), way);
      if (!date) return null;
      const t: TimexMatch = { start, end, date, precision: 'day' };
      // "since Monday": from that day up to publication.
      if (prep === 'since' && date < ctx.ref.slice(0, 10)) t.endDate = ctx.ref.slice(0, 10);
      return t;
    });
  },
};
