/**
 * Hedged claims: the writer keeps a distance ("purportedly", "reportedly", "appeared to").
 *
 *   matches:  Soldiers, purportedly from a special forces unit, posed beside the flag.
 *   matches:  The video appeared to show a column of tanks.
 *   must not: Soldiers from a special forces unit posed beside the flag.
 */
import type { HedgePattern } from './types.js';

export const purportedly: HedgePattern = {
  name: 'purportedly',
  hedge: 'hedged',
  matches: 'Soldiers, purportedly from a special forces unit, posed beside the flag.',
  mustNot: 'Soldiers from a special forces unit posed beside the flag.',
  region: 'sentence',
  re: /\b(?:purportedly|reportedly|allegedly|apparently|presumably|supposedly|ostensibly|appear(?:s|ed)? to|seem(?:s|ed)? to|what (?:appears|appeared|looks|looked|seems) to be)\b/i,
};
