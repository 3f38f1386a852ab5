import { each, parseQty, scaled, type QuantityFamily } from './family.js';
import { QTY, S } from './number.js';

/**
 * Percentages.
 *
 *   matches:  "roughly 60% of the losses"; "turnout was 45 per cent"
 *   must not: "a large percentage of" (no number), "the 20-year war" (not a share)
 */
const RE = new RegExp(`${QTY}(?:(?:${S})?%|${S}(?:percent|per${S}cent)\\b)`, 'giu');

export const percent: QuantityFamily = {
  name: 'percent',
  find(text) {
    return each(RE, text, (m) => {
      const p = parseQty(text, m);
      return p ? scaled(m, p, '%', '%', 1, 'percentage') : null;
    });
  },
};
