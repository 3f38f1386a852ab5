/**
 * Predictions: the content says what could or will happen, not what happened.
 *
 *   matches:  The governor said the town could fall within days.
 *   must not: The governor said the town fell on Monday.
 */
import type { HedgePattern } from './types.js';

export const predicted: HedgePattern = {
  name: 'predicted',
  hedge: 'predicted',
  matches: 'The governor said the town could fall within days.',
  mustNot: 'The governor said the town fell on Monday.',
  region: 'content',
  re: /\b(?:could|may|might|will|would|is expected to|are expected to|is likely to|are likely to|is set to)\b/i,
};
