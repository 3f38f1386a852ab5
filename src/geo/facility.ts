/**
 * Facilities named after a town: "the Zaporizhzhia nuclear power plant", "Kakhovka dam",
 * "Kherson airport". The gazetteer has some of them as sites of their own (GeoNames S.PS, S.AIRP,
 * H.DAM …), often tens of kilometres from the town ("Zaporizhzhia" plant stands at Enerhodar).
 */
import type { Token } from '../model.js';

// the words that may follow a town's name to name a facility, longest first
// prettier-ignore
const TAILS: string[][] = [
  'nuclear power plant', 'nuclear power station', 'thermal power plant', 'thermal power station',
  'hydroelectric power plant', 'hydroelectric power station', 'hydroelectric plant', 'hydroelectric station',
  'hydropower plant', 'power plant', 'power station', 'nuclear plant', 'npp', 'tpp', 'hpp', 'dam', 'reservoir',
  'airport', 'international airport', 'air base', 'airbase', 'airfield',
].map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

/** The token index just past a facility tail starting at `i` ("nuclear power plant"), or -1. */
export function facilityTail(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first) return -1;
  for (const tail of TAILS) {
    let ok = true;
    for (let k = 0; k < tail.length && ok; k++) {
      const t = tokens[i + k];
      ok =
        !!t &&
        t.sentence === first.sentence &&
        t.text.toLowerCase() === tail[k] &&
        (k === 0 || t.start - tokens[i + k - 1].end <= 1);
    }
    if (ok) return i + tail.length;
  }
  return -1;
}

// abbreviations wire copy uses for plants: the gazetteer spells them out
const EXPANSIONS = new Map([
  ['npp', 'nuclear power plant'],
  ['tpp', 'thermal power plant'],
  ['hpp', 'hydroelectric power plant'],
]);

/** The facility's name as the gazetteer would spell it: the abbreviation of its tail written out. */
export function facilityName(town: string, tail: string): string {
  return `${town} ${EXPANSIONS.get(tail.toLowerCase()) ?? tail}`;
}

/** Text right after a toponym that makes it a facility's name ("… nuclear power plant"). */
export const FACILITY_AFTER = new RegExp(`^\\s+(?:${TAILS.map((t) => t.join('\\s+')).join('|')})\\b`, 'iu');

/** GeoNames features that are such sites. */
export const isFacility = (featureClass: string, feature: string): boolean =>
  featureClass === 'S' || feature === 'DAM' || feature === 'RSV';
