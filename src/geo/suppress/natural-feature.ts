import { lower, type SuppressionRule } from './rule.js';

// prettier-ignore
const AFTER = new Set(['river', 'sea', 'lake', 'mountains', 'mountain', 'hills', 'valley', 'bay', 'gulf', 'strait', 'canal', 'reservoir', 'creek', 'ocean', 'island', 'islands', 'peninsula', 'desert', 'forest', 'street', 'avenue', 'road', 'square', 'bridge', 'airport', 'station', 'park', 'dam']);
// prettier-ignore
const BEFORE = new Set(['river', 'lake', 'mount', 'sea', 'gulf', 'bay', 'cape']);

/**
 * "Oskil River", "the Dnieper River", "Lake X", "Mount X" name a natural feature (or a street,
 * a bridge, an airport): the settlement of the same name is not meant, and cities500 has no
 * record of the feature itself.
 *
 *   matches:  "Troops crossed the Oskil River at dawn."
 *   must not: "Troops entered Oskil at dawn."
 */
export const naturalFeature: SuppressionRule = {
  name: 'rivers, seas and other features',
  suppress({ tokens, start, end }) {
    const next = tokens[end];
    if (
      next &&
      next.sentence === tokens[end - 1].sentence &&
      AFTER.has(lower(next)) &&
      /^\p{Lu}|^river$|^sea$/u.test(next.text)
    ) {
      return `a feature ("… ${next.text}")`;
    }
    const prev = tokens[start - 1];
    if (prev && /^\p{Lu}/u.test(prev.text) && BEFORE.has(lower(prev))) return `a feature ("${prev.text} …")`;
    return null;
  },
  examples: {
    surface: 'Oskil',
    matches: ['Troops crossed the Oskil River at dawn.', 'Boats sailed on Lake Oskil.'],
    mustNot: ['Troops entered Oskil at dawn.'],
  },
};
