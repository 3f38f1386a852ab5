import { each, parseQty, scaled, type QuantityFamily } from './family.js';
import { QTY, S } from './number.js';
import { MODIFIERS } from './words.js';

/**
 * Troops, soldiers and fighters deployed or present.
 *
 *   matches:  "as many as 2,000 Belarusian troops"; "Forty paratroopers landed"
 *   must not: "thousands of troops" (no number), "12 of the soldiers" (a part, not a count)
 */
const RE = new RegExp(
  `${QTY}${MODIFIERS}${S}(?:troops|soldiers|servicem[ae]n|service${S}members|paratroopers|fighters|marines|` +
    `mercenaries|military${S}personnel|personnel|conscripts|reservists|recruits|battalions|brigades)\\b`,
  'giu',
);

export const troops: QuantityFamily = {
  name: 'troops',
  find(text) {
    return each(RE, text, (m) => {
      const p = parseQty(text, m);
      if (!p) return null;
      const unit = /(?:battalions|brigades)$/i.test(m[0]) ? 'units' : 'people';
      return scaled(m, p, unit, unit, 1, 'troops');
    });
  },
};
