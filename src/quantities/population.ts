import { each, parseQty, scaled, type QuantityFamily, type QuantityMatch } from './family.js';
import { QTY, S } from './number.js';
import { MODIFIERS } from './words.js';

/**
 * Populations of places.
 *
 *   matches:  "a town with a pre-war population of 12,000"; "the city, home to about 90,000 people";
 *             "its 3,500 inhabitants", "a city of 50,000"
 *   must not: "the population fled" (no number), "5,000 people were evacuated" (a casualty count)
 */
const LEAD = new RegExp(`\\b(?:population|populace)(?:${S}(?:was|is|of|stood${S}at|at)){0,2}${S}${QTY}`, 'giu');
const HOME = new RegExp(`\\bhome${S}to${S}${QTY}(?:${MODIFIERS}${S}(?:people|residents|inhabitants))?`, 'giu');
// "the city of 50,000" (a settlement described by its size)
const PLACE_OF = new RegExp(
  `\\b(?:city|town|village|settlement|municipality)${S}of${S}${QTY}(?:${S}(?:people|residents|inhabitants))?(?![\\w-])(?!(?:${S})?(?:km|kilomet|square|sq|miles|hectares|%|percent))`,
  'giu',
);
const COUNT = new RegExp(`${QTY}${MODIFIERS}${S}(?:residents|inhabitants)\\b`, 'giu');

export const population: QuantityFamily = {
  name: 'population',
  find(text) {
    const out: QuantityMatch[] = [];
    for (const re of [LEAD, HOME, PLACE_OF, COUNT]) {
      out.push(
        ...each(re, text, (m) => {
          const p = parseQty(text, m);
          return p ? scaled(m, p, 'people', 'people', 1, 'population') : null;
        }),
      );
    }
    return out;
  },
};
