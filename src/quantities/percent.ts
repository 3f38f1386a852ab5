import { after, family, scaled } from './family.js';
import { S } from './number.js';

/**
 * Percentages.
 *
 *   matches:  "roughly 60% of the losses"; "turnout was 45 per cent"
 *   must not: "a large percentage of" (no number), "the 20-year war" (not a share)
 */
const TAIL = new RegExp(`(?:(?:${S})?%|${S}(?:percent|per${S}cent)\\b)`, 'iy');

export const percent = family('percent', (text, hit) => {
  const m = after(TAIL, text, hit.end);
  return m ? scaled(hit, hit.start, m.index + m[0].length, '%', '%', 1, 'percentage') : null;
});
