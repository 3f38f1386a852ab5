import { UNIT_WORDS } from './lexicon.js';
import { lower, type SuppressionRule } from './rule.js';

/**
 * A name followed by "unit", "brigade", "Special Branch" … names a military unit, not a place.
 *
 *   matches:  "Fighters of the Kraken unit entered the town."
 *   must not: "Fighters entered Kraken on Monday."
 */
export const unit: SuppressionRule = {
  name: 'military units',
  suppress({ tokens, end, demonym }) {
    if (demonym) return null;
    const next = tokens[end];
    if (next && next.sentence === tokens[end - 1].sentence && UNIT_WORDS.has(lower(next))) {
      return `a unit ("… ${next.text}")`;
    }
    return null;
  },
  examples: {
    surface: 'Kraken',
    matches: ['Fighters of the Kraken unit entered the town.', 'The Kraken Special Branch posted a video.'],
    mustNot: ['Fighters entered Kraken on Monday.'],
  },
};
