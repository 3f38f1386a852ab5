import { nameSimilarity } from '../normalise.js';
import { type SuppressionRule } from './rule.js';

const MIN_TOWN = 1000;
const FACILITY_OR_THING =
  /^(park|stadium|square|street|avenue|supermarket|market|cocktails?|monument|statue|museum|theatre|theater|factory|plant|university|institute|prize|award|school)$/i;

/**
 * A place's former or foreign name, unlike its own ("Gorky" for Nizhny Novgorod, "Molotov" for
 * Perm, "Kum" for Qom), is mostly a person's or a thing's name when it modifies what follows:
 * "Gorky Park", "Molotov cocktails", "Krystal Stadium". Alone it still names the town.
 *
 *   matches:  "Shells fell near Gorky Park on Sunday."
 *   must not: "He was born in Gorky in 1950."
 */
export const formerName: SuppressionRule = {
  name: 'former or foreign names in compounds',
  suppress({ tokens, start, end, candidates }) {
    if (end - start !== 1 || !candidates?.length) return null;
    const t = tokens[start];
    const next = tokens[end];
    if (!next || next.sentence !== t.sentence || next.start - t.end > 1 || !FACILITY_OR_THING.test(next.text))
      return null;
    // an own name, or an alternate spelled like it ("Kiev" for Kyiv), is the town's; a hamlet's
    // own name ("Hirky", once "Gorky") does not make the compound a place
    const own = candidates.some(
      (c) =>
        (c.place.population >= MIN_TOWN || c.place.featureClass !== 'P') &&
        (c.via === 'name' ||
          c.via === 'demonym' ||
          (c.via === 'alternate' && nameSimilarity(t.text, c.place.name) >= 0.5)),
    );
    return own ? null : `"${t.text}" is not the name of any candidate, before "${next.text}"`;
  },
  examples: {
    surface: 'Gorky',
    matches: ['Shells fell near Gorky Park on Sunday.'],
    mustNot: ['He was born in Gorky in 1950.'],
  },
};
