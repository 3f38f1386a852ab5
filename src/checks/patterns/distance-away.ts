/**
 * A distance from the place named just before, given as "N kilometres away, in Z":
 *
 *   "Fighting went on near Siversk. Thirty kilometers away, in Lysychansk, ..." → Lysychansk from Siversk, 30 km
 *
 * Must not match: "Thirty kilometers away, the shelling went on" (no place after "away").
 */
import type { Article } from '../../model.js';
import { NUMBER, parseNumber } from '../../lexicon/numbers.js';
import { QUALIFIER_SOURCE, qualifierOf } from '../tolerance.js';
import { placed, toKm, UNIT_SOURCE, type GeoStatement, type StatementPattern } from './statement.js';

const BEFORE = new RegExp(
  `(?:^|[\\s"“(])(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER})[\\s-]*(${UNIT_SOURCE})\\s+away\\s*,?\\s+(?:in|at|near|to)\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?$`,
  'i',
);

// how far back the previously named place may be
const LOOKBACK = 600;

export const distanceAway: StatementPattern = {
  name: 'distance-away',
  find(article: Article): GeoStatement[] {
    const tops = placed(article);
    const out: GeoStatement[] = [];
    for (let i = 1; i < tops.length; i++) {
      const z = tops[i]!;
      const from = Math.max(0, z.start - 80);
      const m = BEFORE.exec(article.text.slice(from, z.start));
      if (!m) continue;
      const matchStart = from + m.index + (m[0].length - m[0].trimStart().length);
      // the place named last before the phrase, other than Z itself
      const prev = [...tops.slice(0, i)]
        .reverse()
        .find((t) => t.end <= matchStart && t.place!.geonameid !== z.place!.geonameid && matchStart - t.end < LOOKBACK);
      const value = parseNumber(m[2]!);
      if (!prev || value === null || value <= 0) continue;
      out.push({
        kind: 'distance',
        pattern: this.name,
        start: matchStart,
        end: z.end,
        subject: z,
        reference: prev,
        value: toKm(value, m[3]!),
        stated: `${m[2]} ${m[3]}`,
        qualifier: qualifierOf(m[1]),
        direction: null,
      });
    }
    return out;
  },
};
