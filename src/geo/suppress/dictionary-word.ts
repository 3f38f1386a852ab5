import { isEnglishWord } from '../english.js';
import { nameSimilarity } from '../normalise.js';
import { lower, type SuppressionRule } from './rule.js';

// "in Bridge", "near Tank": a preposition of place makes a dictionary word a name
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'into', 'around', 'toward', 'towards']);
// a place this large is meant even without a preposition ("Kharkiv", "Odesa" are in the dictionary)
const LARGE = 500_000;

/**
 * A capitalised English dictionary word ("Tank", "Bridge", "Market", "Human") is capitalised
 * because it starts a line or the headline is in Title Case: that is no evidence of a name. It
 * stays a toponym only when it is a place's own name after a preposition of place, the name of a
 * country or region, or a large place's own name (or an alternate spelled like it). Former or
 * foreign names ("Human" for Uman, "Part" for Perth) and romanisation keys never count.
 *
 *   matches:  "Tank destroyed near the village."   "Human rights groups protested."
 *   must not: "Shelling reported in Bridge overnight."   "Kharkiv came under fire."
 */
export const dictionaryWord: SuppressionRule = {
  name: 'dictionary words',
  suppress({ tokens, start, end, candidates }) {
    if (end - start !== 1 || !candidates?.length) return null;
    const t = tokens[start];
    const w = t.text.toLowerCase();
    // acronyms ("US", "NATO") are handled by the recogniser
    if (t.text === t.text.toUpperCase() || !isEnglishWord(w)) return null;
    const prev = tokens[start - 1];
    const locative = !!prev && prev.sentence === t.sentence && LOCATIVE.has(lower(prev));
    const kept = candidates.some((c) => {
      const p = c.place;
      if (c.via === 'demonym' || p.featureClass === 'A' || p.feature === 'RGN' || p.feature === 'CONT') return true;
      if (c.via === 'name') return locative || p.population >= LARGE;
      if (c.via === 'alternate') return p.population >= LARGE && nameSimilarity(t.text, p.name) >= 0.5;
      return false;
    });
    return kept ? null : `the English word "${t.text}"`;
  },
  examples: {
    surface: 'Tank|Human|Bridge|Kharkiv',
    matches: ['Tank destroyed near the village.', 'Human rights groups protested.'],
    mustNot: ['Shelling reported in Bridge overnight.', 'Kharkiv came under fire.'],
  },
};
