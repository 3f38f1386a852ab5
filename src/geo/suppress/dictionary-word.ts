import { isEnglishWord } from '../english.js';
import { nameSimilarity } from '../normalise.js';
import { lower, type SuppressionRule } from './rule.js';

// "in Bridge", "near Tank": a preposition of place makes a dictionary word a name
// prettier-ignore
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'into', 'around', 'toward', 'towards']);
const PLACE_AFTER =
  /^(county|region|oblast|province|state|district|raion|rayon|city|town|village|township|parish|borough)$/i;
const PLACE_BEFORE = /^(city|town|village|county|region|province|district|port|suburb)$/;
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
 *             "A strike near Bridge station was reported." (a modifier of "station")
 *   must not: "Shelling reported in Bridge overnight."   "Kharkiv came under fire."
 *             "Deputies in Orange County made an arrest."   "He moved to Ada, Oklahoma, in 1990."
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
    // "near Grain facility": a dictionary word before a lower-case noun is that noun's modifier
    const next = tokens[end];
    const modifier = !!next && next.sentence === t.sentence && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN';
    const locative = !!prev && prev.sentence === t.sentence && LOCATIVE.has(lower(prev)) && !modifier;
    // "Orange County", "Cork city", "the city of Salisbury": a word for a place names it
    if (next && next.sentence === t.sentence && PLACE_AFTER.test(next.text)) return null;
    if (prev && lower(prev) === 'of' && PLACE_BEFORE.test(lower(tokens[start - 2]))) return null;
    // "Ada, Oklahoma": the region the text names holds a candidate
    const after = tokens[end + 1];
    const hierarchy = next?.text === ',' && after && after.sentence === t.sentence && /^\p{Lu}/u.test(after.text);
    const kept = candidates.some((c) => {
      if (hierarchy && c.place.admin1Name?.split(/[\s-]/)[0] === after.text) return true;
      const p = c.place;
      if (c.via === 'demonym' || p.featureClass === 'A' || p.feature === 'RGN' || p.feature === 'CONT') return true;
      if (c.via === 'name') return locative || p.population >= LARGE;
      if (c.via === 'alternate') return p.population >= LARGE && nameSimilarity(t.text, p.name) >= 0.5;
      return false;
    });
    return kept ? null : `the English word "${t.text}"`;
  },
  examples: {
    surface: 'Tank|Human|Bridge|Kharkiv|Orange|Bath|Ada',
    matches: [
      'Tank destroyed near the village.',
      'Human rights groups protested.',
      'A strike near Bridge station was reported.',
    ],
    mustNot: [
      'Shelling reported in Bridge overnight.',
      'Kharkiv came under fire.',
      'Deputies in Orange County made an arrest.',
      'She grew up in the city of Bath.',
      'He moved to Ada, Oklahoma, in 1990.',
    ],
  },
};
