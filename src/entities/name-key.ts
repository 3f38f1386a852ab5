/**
 * Person-name keys that survive transliteration (Zelenski / Zelenskij, Kovalchuk / Kowaltchouk,
 * Vitaliy / Vitaly / Vitali, Hanchenko / Gantchenko). `looseKey` goes further (Hanchenko / Hanshenko)
 * and only brings candidates together: a loose match needs support (same first name, role or
 * side) before two mentions are one person.
 */

import { fold as placeFold, nameKey as placeNameKey } from '../geo/normalise.js';

/** Lower case, ASCII letters only, no accents. */
export function fold(name: string): string {
  return placeFold(name).replace(/[^a-z]+/g, '');
}

/**
 * `key`, remembered per name: resolving the corpus's people compares each mention's name with
 * those of the groups found so far, asking the same names' keys again and again (each a fold and
 * the romanisation rules). Bounded, as wordKey's memory in geo/normalise.ts is.
 */
function remembered(key: (name: string) => string): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let k = keys.get(name);
    if (k === undefined) {
      k = key(name);
      if (keys.size > 100_000) keys.clear();
      keys.set(name, k);
    }
    return k;
  };
}

// One transliteration key for places and people (src/geo/normalise.ts, rule family per file).
export const nameKey: (name: string) => string = remembered((name) => placeNameKey(name).replace(/\s+/g, ''));

/** Sibilants and final vowels folded together: a candidate key, not an identity. */
export const looseKey: (name: string) => string = remembered((name) =>
  nameKey(name)
    .replace(/tch/g, 'ch')
    .replace(/sch|sh|ch|tz|ts/g, 'c')
    .replace(/[ie]+$/, 'i'),
);

/** First names are compatible when equal by key, when one is missing, or when one is an initial. */
export function compatibleFirst(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return false;
}
