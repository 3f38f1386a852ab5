import type { Token } from '../model.js';
import { isEnglishWord } from './english.js';
import type { Candidate, Gazetteer } from './gazetteer.js';

// prepositions of place after which a lower-case word may still be a town
// prettier-ignore
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'into', 'around', 'toward', 'towards', 'from', 'over']);
// a town this large is well known enough to be written carelessly in lower case
const MIN_POPULATION = 50_000;
// dictionary words ("nice", "reading") only when the place is very large ("kharkiv")
const MIN_POPULATION_WORD = 1_000_000;

interface LowerCaseRule {
  name: string;
  /** The candidates of a lower-case word that names a well-known place, else []. */
  candidates(tokens: Token[], i: number, gazetteer: Gazetteer): Candidate[];
  examples: { surface: string; matches: string[]; mustNot: string[] };
}

/**
 * Posts and captions write town names in lower case ("troops pushed into melitopol"). A lower-case
 * word after a preposition of place is a toponym when it is the own or alternate name (not a
 * romanisation key) of a large place and not an English word — or of a very large place.
 *
 *   matches:  "smoke rising over melitopol this morning"
 *   must not: "a holiday in nice weather"   "based in part on rumours" (an alternate name of Perth)
 */
export const lowerCasePlace: LowerCaseRule = {
  name: 'lower-case towns',
  candidates(tokens, i, gazetteer) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (
      t.type !== 'word' ||
      !/^\p{Ll}{4,}$/u.test(t.text) ||
      !prev ||
      prev.sentence !== t.sentence ||
      !LOCATIVE.has(prev.text.toLowerCase())
    )
      return [];
    // a dictionary word counts only as a place's own name: "part" is an alternate name of Perth
    const word = isEnglishWord(t.text);
    const min = word ? MIN_POPULATION_WORD : MIN_POPULATION;
    const exact = gazetteer.lookup(t.text).filter((c) => c.via === 'name' || (!word && c.via === 'alternate'));
    return exact.some((c) => c.place.featureClass === 'P' && c.place.population >= min) ? exact : [];
  },
  examples: {
    surface: 'melitopol|kharkiv|nice|reading|part',
    matches: ['smoke rising over melitopol this morning', 'fires seen in kharkiv at night'],
    mustNot: [
      'a holiday in nice weather',
      'she was reading in bed',
      'the melitopol road was closed',
      'the plan was based in part on rumours',
    ],
  },
};
