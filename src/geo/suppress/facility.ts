import type { SuppressContext } from './rule.js';

// heads of the names of buildings and sites that stand in the town they are named after
const FACILITY = new Set(
  `airport airbase aerodrome station tower bridge university school hospital clinic museum council
  hall monastery lavra seminary park plant factory stadium theatre theater market port depot
  prison cathedral mosque synagogue zoo library centre center mall supermarket`.split(/\s+/),
);
// a town this small shares its name with many sites elsewhere ("Oskil" bridge, "Hatch" airport)
const MIN_POPULATION = 10_000;
const MAX_WORDS = 4;

interface FacilityRule {
  name: string;
  /** The facility head when the span names the town a facility stands in, else null. */
  applies(ctx: SuppressContext): string | null;
  examples: { surface: string; matches: string[]; mustNot: string[] };
}

/**
 * A town's name before the name of a building or site in it ("Kyiv TV tower", "Vinnytsia
 * Airport", "Kharkiv National University") is a noun modifier naming the town: the rules for
 * organisations, natural features and longer names do not apply. Media and river names have no
 * facility head and stay suppressed.
 *
 *   matches:  "A missile hit the Kyiv TV tower at night."
 *   must not: "The Kyiv Independent reported the strike."
 */
export const facilityModifier: FacilityRule = {
  name: 'facility named after its town',
  applies({ tokens, end, largest, demonym, candidates }) {
    if (demonym || largest < MIN_POPULATION) return null;
    // a facility stands in a town: an ocean or a region has no "council" or "tower" of its own
    if (candidates && !candidates.some((c) => c.place.featureClass === 'P' && c.place.population >= MIN_POPULATION))
      return null;
    const s = tokens[end - 1].sentence;
    for (let i = end; i < Math.min(tokens.length, end + MAX_WORDS); i++) {
      const t = tokens[i];
      if (t.sentence !== s || (t.type !== 'word' && t.text !== '-')) return null;
      const w = t.text.toLowerCase();
      if (FACILITY.has(w)) return w;
      // "Kyiv TV-Center tower": a compound goes on through nouns and names, not through verbs
      if (!/^(NOUN|PROPN|ADJ|NUM|PUNCT)$/.test(t.pos ?? '') && t.text !== '-') return null;
    }
    return null;
  },
  examples: {
    surface: 'Kyiv|Vinnytsia',
    matches: ['A missile hit the Kyiv TV tower at night.', 'Fire broke out at Vinnytsia Airport.'],
    mustNot: ['The Kyiv Independent reported the strike.', 'Troops crossed the Vinnytsia River.'],
  },
};
