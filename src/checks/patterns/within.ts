/**
 * How close a front or a force is to a place: "within N km of Y". From the text alone this
 * cannot be checked (the subject is an army, not a place); the control maps can: the stage
 * against the maps measures from Y to the nearest edge of the occupied area.
 *
 *   "Government units are now within 20 kilometers of Svatove" → Svatove, up to 20 km
 *
 * Must not match: "within 20 kilometers of the border" (the border is no gazetteer place).
 */
import type { Article } from '../../model.js';
import { NUMBER, parseNumber } from '../../lexicon/numbers.js';
import { placed, toKm, UNIT_SOURCE, type GeoStatement, type StatementPattern } from './statement.js';

const BEFORE = new RegExp(
  `\\bwithin\\s+(?:(about|some|around|roughly|approximately)\\s+)?(${NUMBER})[\\s-]*(${UNIT_SOURCE})\\s+(?:\\([^)]{1,30}\\)\\s+)?of\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?$`,
  'i',
);

export const within: StatementPattern = {
  name: 'within',
  find(article: Article): GeoStatement[] {
    const out: GeoStatement[] = [];
    for (const y of placed(article)) {
      const from = Math.max(0, y.start - 90);
      const m = BEFORE.exec(article.text.slice(from, y.start));
      if (!m) continue;
      const value = parseNumber(m[2]!);
      if (value === null || value <= 0) continue;
      out.push({
        kind: 'within',
        pattern: this.name,
        start: from + m.index,
        end: y.end,
        subject: null,
        reference: y,
        value: toKm(value, m[3]!),
        stated: `${m[2]} ${m[3]}`,
        qualifier: 'up to',
        direction: null,
      });
    }
    return out;
  },
};
