/**
 * A place situated by its distance (and maybe direction) from another, in apposition:
 *
 *   "Lyman, a rail town 60 kilometers east of Sloviansk"      → Lyman from Sloviansk, 60 km, E
 *   "Vovchansk, located about 40 km northeast of Kharkiv"      → 40 km (about), NE
 *   "Chuhuiv, about 35 kilometers from Kharkiv"                → 35 km (about), no direction
 *   "Lyman lies 60 km east of Sloviansk"                       → 60 km, E
 *
 * Must not match: "troops advanced 20 kilometers east of Kharkiv" (no place in apposition: the
 * distance is the troops', not a place's).
 */
import type { Article } from '../../model.js';
import { compass } from '../compass.js';
import { NUMBER, parseNumber } from '../../lexicon/numbers.js';
import { QUALIFIER_SOURCE, qualifierOf } from '../tolerance.js';
import { placed, sameSentence, toKm, UNIT_SOURCE, type GeoStatement, type StatementPattern } from './statement.js';

// what may stand between the place and the figure: ", a (small) town", ", located", ", which is"
const APPOSITION =
  '(?:\\s+(?:is|lies|sits)\\s+(?:located\\s+|situated\\s+)?|,\\s+(?:(?:which|that)\\s+(?:is|lies)\\s+|(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:town|city|village|settlement|hub|junction|port|community|municipality)\\s+(?:(?:located|situated|lying)\\s+)?|(?:located|situated|lying)\\s+)?)';

const BETWEEN = new RegExp(
  `^${APPOSITION}(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER})[\\s-]*(${UNIT_SOURCE})\\b\\s*(?:\\(\\s*[^)]{1,30}\\)\\s*)?(?:(?:to\\s+the\\s+)?\\b(${compass.source})\\b\\s+of|(?:away\\s+)?from)\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?$`,
  'i',
);

export const distanceOf: StatementPattern = {
  name: 'distance-of',
  find(article: Article): GeoStatement[] {
    const tops = placed(article);
    const out: GeoStatement[] = [];
    for (let i = 0; i + 1 < tops.length; i++) {
      const x = tops[i]!;
      const y = tops[i + 1]!;
      if (y.start - x.end > 160 || !sameSentence(article, x.start, y.end)) continue;
      const m = BETWEEN.exec(article.text.slice(x.end, y.start));
      if (!m) continue;
      const value = parseNumber(m[2]!);
      if (value === null || value <= 0) continue;
      out.push({
        kind: 'distance',
        pattern: this.name,
        start: x.start,
        end: y.end,
        subject: x,
        reference: y,
        value: toKm(value, m[3]!),
        stated: `${m[2]} ${m[3]}`,
        qualifier: qualifierOf(m[1]),
        direction: m[4] ? compass.parse(m[4]) : null,
      });
    }
    return out;
  },
};
