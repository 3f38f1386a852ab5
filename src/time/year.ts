import { S } from './calendar.js';
import { each, type TimeFamily } from './family.js';

/**
 * Years after a preposition: "in 2014", "since 2014", "early 2023", "mid-2022".
 * Precision year (ACLED time_precision 3).
 *
 *   matches:  "the peninsula was annexed in 2014", "fighting has gone on since 2014", "by mid-2023"
 *   must not: "in 2000 square kilometres" and "in 1500 people" (quantities), "2022" alone
 */
const UNIT_AFTER = `(?!${S}(?:km|kms|kilomet|square|sq|miles|metres|meters|hectares|people|troops|soldiers|civilians|residents|tanks|vehicles|dollars|euros|percent|per${S}cent))`;
const RE = new RegExp(
  `(?<![\\w-])(?<lead>in|since|until|till|by|during|from|before|after|throughout|early|late|mid|the${S}summer${S}of|the${S}spring${S}of|the${S}autumn${S}of|the${S}winter${S}of)(?:${S}|-)(?<year>(?:19|20)\\d\\d)(?![\\w%,.]?\\d)(?![%\\w])${UNIT_AFTER}`,
  'gi',
);

const SEASONS: ReadonlyMap<string, [string, string]> = new Map(
  Object.entries({
    spring: ['03-01', '05-31'],
    summer: ['06-01', '08-31'],
    autumn: ['09-01', '11-30'],
    winter: ['12-01', '02-28'],
  }),
);

export const year: TimeFamily = {
  name: 'year',
  find(ctx) {
    return each(RE, ctx.text, (m) => {
      const y = m.groups!.year;
      const lead = m.groups!.lead.toLowerCase();
      const season = /(spring|summer|autumn|winter)/.exec(lead)?.[1];
      const [a, b] = season
        ? SEASONS.get(season)!
        : lead === 'early'
          ? ['01-01', '04-30']
          : lead === 'mid'
            ? ['05-01', '08-31']
            : lead === 'late'
              ? ['09-01', '12-31']
              : ['01-01', '12-31'];
      // Winter runs into the next year.
      const endYear = season === 'winter' ? Number(y) + 1 : y;
      const t = {
        start: m.index,
        end: m.index + m[0].length,
        date: `${y}-${a}`,
        endDate: `${endYear}-${b}`,
        precision: 'year' as const,
      };
      if (lead === 'since' && ctx.ref && ctx.ref.slice(0, 10) > t.endDate) t.endDate = ctx.ref.slice(0, 10);
      return t;
    });
  },
};
