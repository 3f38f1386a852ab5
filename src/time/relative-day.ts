import { addDays, iso, S, sentenceInitial, toDate } from './calendar.js';
import { each, type TimeContext, type TimeFamily } from './family.js';

/**
 * Days named relative to publication: yesterday, today, tonight, tomorrow, this morning, last night.
 *
 *   matches:  "Yesterday, the army said", "a photo released by the ministry today",
 *             "this morning's strike", "the day before yesterday"
 *   must not: "according to India Today" and "USA Today" (capitalised mid-sentence: a name)
 */
const RE = new RegExp(
  `(?<![\\w-])(?:(?<dby>the${S}day${S}before${S}yesterday)|(?<yesterday>yesterday|last${S}night)(?:${S}(?:morning|afternoon|evening|night))?` +
    `|(?:earlier${S}|later${S})?(?<today>today|tonight|this${S}(?:morning|afternoon|evening))` +
    `|(?<tomorrow>tomorrow)(?:${S}(?:morning|afternoon|evening|night))?)(?![\\w-])`,
  'gi',
);

export const relativeDay: TimeFamily = {
  name: 'relative-day',
  find(ctx: TimeContext) {
    const { text } = ctx;
    return each(RE, text, (m) => {
      const first = m[0][0];
      const bare = /^(?:today|tonight|tomorrow|yesterday)/i.test(m[0]);
      // "India Today", "USA Today": a capitalised day word inside a sentence is part of a name.
      if (bare && first !== first.toLowerCase() && !sentenceInitial(text, m.index)) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      if (!ctx.ref) return { start, end, date: null, precision: 'day' };
      const g = m.groups ?? {};
      const offset = g.dby ? -2 : g.yesterday ? -1 : g.tomorrow ? 1 : 0;
      const r = toDate(ctx.ref);
      return r ? { start, end, date: iso(addDays(r, offset)), precision: 'day' } : null;
    });
  },
};
