import { each, parseQty, scaled, type QuantityFamily } from './family.js';
import { QTY, S } from './number.js';

/**
 * Distances, normalised to km; `counts` tells a distance between places from the depth of an
 * advance.
 *
 *   matches:  "the village lies 40 kilometres south of the city" (distance)
 *             "the brigade pushed forward about 12 miles" (depth of advance, 19.3 km)
 *   must not: "a 5 km2 field" (an area), "the A-50 aircraft" (a name), "at 50 km/h" (a speed)
 */
const UNITS: [RegExp, string, number][] = [
  [/^(?:kilomet(?:er|re)s?|kms?)$/i, 'km', 1],
  [/^miles?$/i, 'mi', 1.609344],
  [/^(?:met(?:er|re)s?|m)$/i, 'm', 0.001],
];

// Speeds are not distances: "50 km/h", "40 miles per hour".
const UNIT = `(?<unit>kilomet(?:er|re)s?|kms?|miles?|met(?:er|re)s?|m(?=[ ,.;]))(?![\\w²/])(?!${S}(?:per|an)${S}hour)`;

// A bare "m" only directly after digits ("500m"), where it cannot be "million".
const RE = new RegExp(`${QTY}(?:${S}|-)?${UNIT}`, 'giu');

const ADVANCE = /\b(?:advanc|penetrat|depth|push|pushed|moved|storm|gain|progress|breakthrough|broke|drove|deep|forward|retreat|withdr|pulled back|fell back)\w*/i;
const BETWEEN_PLACES = /^[\s,)]{0,3}(?:away|from|of|outside|short of|(?:to|from)\s+the\s+(?:north|south|east|west)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward|ern)?\s+of)\b/i;

export const distance: QuantityFamily = {
  name: 'distance',
  find(text) {
    return each(RE, text, (m) => {
      const p = parseQty(text, m);
      const written = m.groups?.unit ?? '';
      const unit = UNITS.find(([re]) => re.test(written));
      if (!p || !unit) return null;
      // "500 m" needs digits right before the unit: "five m" or "5 m" may be anything.
      if (unit[1] === 'm' && /^m$/i.test(written) && !/\dm$/i.test(m[0])) return null;
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const after = text.slice(end, end + 40);
      let counts = 'distance';
      if (/\bwithin\s*$/i.test(before) || /^[\s,)]{0,3}(?:away|from|of|outside|short of)\b/i.test(after)) counts = 'distance';
      else if (ADVANCE.test(before.split(/[.;!?]/).pop() ?? '')) counts = 'depth of advance';
      else if (BETWEEN_PLACES.test(after)) counts = 'distance';
      return scaled(m, p, unit[1], 'km', unit[2], counts);
    });
  },
};
