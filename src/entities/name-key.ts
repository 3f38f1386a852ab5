/**
 * Person-name keys that survive transliteration (Zelensky / Zelenskiy, Zaluzhnyi / Zaloujny,
 * Vitaliy / Vitaly / Vitali, Ganchev / Gantchev). `looseKey` goes further (Ganchev / Ganshev)
 * and only brings candidates together: a loose match needs support (same first name, role or
 * side) before two mentions are one person.
 *
 * TODO(#3): switch to `nameKey` from src/geo/normalise.ts once it is committed.
 */

const RULES: [RegExp, string][] = [
  [/tsch/g, 'ch'],
  [/tch/g, 'ch'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** Lower case, ASCII letters only, no accents. */
export function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export function nameKey(name: string): string {
  let s = fold(name);
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s;
}

/** Sibilants and final vowels folded together: a candidate key, not an identity. */
export function looseKey(name: string): string {
  return nameKey(name)
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
