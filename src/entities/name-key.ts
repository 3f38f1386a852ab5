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

// One transliteration key for places and people (src/geo/normalise.ts, rule family per file).
export function nameKey(name: string): string {
  return placeNameKey(name).replace(/\s+/g, '');
}

/** Sibilants and final vowels folded together: a candidate key, not an identity. */
export function looseKey(name: string): string {
  return nameKey(name)
    .replace(/tch/g, 'ch')
    .replace(/sch|sh|ch|tz|ts/g, 'c')
    .replace(/[ie]+$/, 'i');
}

/** First names are compatible when equal by key, when one is missing, or when one is an initial. */
export function compatibleFirst(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return false;
}
