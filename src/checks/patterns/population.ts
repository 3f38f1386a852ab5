/**
 * A stated population of a named place, in apposition or a relative clause:
 *
 *   "Lyman, a rail town with a pre-war population of 20,000"          → Lyman, 20,000
 *   "Lyman, which had a population of 20,000 before the invasion"      → Lyman, 20,000
 *   "Lyman, home to about 20,000 people"                                → Lyman, 20,000 (about)
 *   "Lyman, a rail town of 20,000 people"                               → Lyman, 20,000
 *
 * Must not match: "Lyman, where 2,000 people remain" (remaining people are not the population).
 */
import type { Article } from '../../model.js';
import { NUMBER, parseNumber } from '../../lexicon/numbers.js';
import { QUALIFIER_SOURCE, qualifierOf } from '../tolerance.js';
import { placed, sameSentence, type GeoStatement, type StatementPattern } from './statement.js';

const AFTER = new RegExp(
  `^,\\s+(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:town|city|village|settlement|community|hub|port|centre|center)\\s+(?:with|of|that\\s+had|which\\s+had|that\\s+has|which\\s+has)\\s+|(?:which|that)\\s+(?:had|has|once\\s+had)\\s+)(?:a\\s+|an\\s+)?(?:(?:pre-?war|peacetime|former|total|current)\\s+)?population\\s+of\\s+(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER})`,
  'i',
);
const HOME_TO = new RegExp(
  `^,\\s+(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:town|city|village|settlement|community|hub|port)\\s+)?(?:that\\s+was\\s+|which\\s+was\\s+)?home\\s+to\\s+(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER})\\s+(?:people|residents|inhabitants)`,
  'i',
);

const TOWN_OF = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:town|city|village|settlement|community|port)\\s+of\\s+(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER})(?:\\s+(?:people|residents|inhabitants))?(?![\\w,.]*\\d)(?!\\s*(?:km|kilomet|miles|square))`,
  'i',
);

export const population: StatementPattern = {
  name: 'population',
  find(article: Article): GeoStatement[] {
    const out: GeoStatement[] = [];
    for (const x of placed(article)) {
      const after = article.text.slice(x.end, x.end + 200);
      const m = AFTER.exec(after) ?? HOME_TO.exec(after) ?? TOWN_OF.exec(after);
      if (!m) continue;
      const end = x.end + m.index + m[0].length;
      if (!sameSentence(article, x.start, end)) continue;
      const value = parseNumber(m[2]!);
      if (value === null || value <= 0) continue;
      out.push({
        kind: 'population',
        pattern: this.name,
        start: x.start,
        end,
        subject: x,
        reference: null,
        value,
        stated: m[2]!,
        qualifier: qualifierOf(m[1]),
        direction: null,
      });
    }
    return out;
  },
};
