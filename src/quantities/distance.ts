import { after, family, scaled } from './family.js';
import { S } from './number.js';

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
const TAIL = new RegExp(
  `(?:${S}|-)?(?<unit>kilomet(?:er|re)s?|kms?|miles?|met(?:er|re)s?|m(?=[ ,.;]))(?![\\w²/])(?!${S}(?:per|an)${S}hour)`,
  'iy',
);

const ADVANCE =
  /\b(?:advanc|penetrat|depth|push|pushed|moved|storm|gain|progress|breakthrough|broke|drove|deep|forward|retreat|withdr|pulled back|fell back)\w*/i;
const AWAY = /^[\s,)]{0,3}(?:away|from|of|outside|short of)\b/i;
const COMPASS_OF =
  /^[\s,)]{0,3}(?:(?:to|from)\s+the\s+(?:north|south|east|west)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward|ern)?\s+of)\b/i;

export const distance = family('distance', (text, hit) => {
  const m = after(TAIL, text, hit.end);
  if (!m) return null;
  const written = m.groups!.unit;
  const unit = UNITS.find(([re]) => re.test(written));
  if (!unit) return null;
  // A bare "m" only directly after digits ("500m"): "5 m" or "five m" may be anything.
  if (/^m$/i.test(written) && (m[0] !== written || !/\d/.test(text[hit.end - 1]))) return null;
  const end = m.index + m[0].length;
  const lead = text.slice(Math.max(0, hit.start - 60), hit.start);
  const next = text.slice(end, end + 40);
  let counts = 'distance';
  if (/\bwithin\s*$/i.test(lead) || AWAY.test(next)) counts = 'distance';
  else if (ADVANCE.test(lead.split(/[.;!?]/).pop() ?? '')) counts = 'depth of advance';
  else if (COMPASS_OF.test(next)) counts = 'distance';
  return scaled(hit, hit.start, end, unit[1], 'km', unit[2], counts);
});
