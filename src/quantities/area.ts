import { after, family, scaled } from './family.js';
import { S } from './number.js';

/**
 * Areas, normalised to km²: territory taken or lost.
 *
 *   matches:  "the army says it has retaken about 600 square kilometres"
 *             "they now hold 90 sq miles" (→ 233.1 km²), "some 1200 km2 of land"
 *   must not: "a square kilometre grid" (no number), "Square One" (no unit)
 */
const UNITS: [RegExp, string, number][] = [
  [/^(?:square\s+kilomet(?:er|re)s?|sq\.?\s*km|km2|km²|kmsq)$/i, 'km2', 1],
  [/^(?:square\s+miles?|sq\.?\s*mi(?:les?)?|mi2|mi²)$/i, 'sq mi', 2.589988110336],
  [/^(?:hectares?|ha)$/i, 'ha', 0.01],
  [/^acres?$/i, 'acre', 0.0040468564224],
  [/^(?:square\s+met(?:er|re)s?|sq\.?\s*m|m2|m²)$/i, 'm2', 1e-6],
];

const TAIL = new RegExp(
  `(?:${S})?(?:-(?:${S})?)?(?<unit>square${S}kilomet(?:er|re)s?|sq\\.?(?:${S})?km|km2|km²|kmsq|square${S}miles?` +
    `|sq\\.?(?:${S})?mi(?:les?)?|mi2|mi²|hectares?|ha|acres?|square${S}met(?:er|re)s?|sq\\.?(?:${S})?m|m2|m²)(?![\\w²])`,
  'iy',
);

export const area = family('area', (text, hit) => {
  const m = after(TAIL, text, hit.end);
  if (!m) return null;
  const written = m.groups!.unit.replace(/\s+/g, ' ');
  const unit = UNITS.find(([re]) => re.test(written));
  return unit ? scaled(hit, hit.start, m.index + m[0].length, unit[1], 'km2', unit[2], 'territory') : null;
});
