import { after, family, scaled } from './family.js';
import { S } from './number.js';
import { MODIFIERS } from './words.js';

/**
 * Troops, soldiers and fighters deployed or present.
 *
 *   matches:  "as many as 2,000 Kenyan troops"; "Forty paratroopers landed"
 *   must not: "thousands of troops" (no number), "12 of the soldiers" (a part, not a count)
 */
const TAIL = new RegExp(
  `${MODIFIERS}${S}(?:troops|soldiers|servicem[ae]n|service${S}members|paratroopers|fighters|marines|` +
    `mercenaries|military${S}personnel|personnel|conscripts|reservists|recruits|(?<units>battalions|brigades))\\b`,
  'iy',
);

export const troops = family('troops', (text, hit) => {
  const m = after(TAIL, text, hit.end);
  if (!m) return null;
  const unit = m.groups!.units ? 'units' : 'people';
  return scaled(hit, hit.start, m.index + m[0].length, unit, unit, 1, 'troops');
});
