import type { Claim, Entity, Side } from '../model.js';

/**
 * ACLED's actor names for the forces of a state, and the side words that point at them. ACLED
 * names a state's forces by the period of its government ("Military Forces of Ukraine (2019-)",
 * "Military Forces of Russia (2000-)"); other states get "Military Forces of <country>".
 */
const STATE_FORCES: ReadonlyMap<string, string> = new Map(Object.entries({
  UA: 'Military Forces of Ukraine (2019-)',
  RU: 'Military Forces of Russia (2000-)',
  BY: 'Military Forces of Belarus (1994-)',
}));

/** The belligerents of the wars sitrep is used on: each side's opponent. */
const OPPONENT: ReadonlyMap<string, string> = new Map(Object.entries({ UA: 'RU', RU: 'UA' }));

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(iso2: string): string {
  try {
    return regionNames.of(iso2.toUpperCase()) ?? iso2;
  } catch {
    return iso2;
  }
}

export function stateForces(iso2: string): string {
  return STATE_FORCES.get(iso2.toUpperCase()) ?? `Military Forces of ${countryName(iso2)}`;
}

export function civilians(iso2: string): string {
  return `Civilians (${countryName(iso2)})`;
}

export function opponentOf(iso2: string): string | null {
  return OPPONENT.get(iso2.toUpperCase()) ?? null;
}

/** The ISO country behind a state-forces actor name, or null. */
export function countryOfActor(actor: string | null): string | null {
  if (!actor) return null;
  for (const [iso, name] of STATE_FORCES) if (name === actor) return iso;
  const m = /^Military Forces of (.+?)(?: \(|$)/.exec(actor);
  if (!m) return null;
  for (const iso of OPPONENT.keys()) if (countryName(iso) === m[1]) return iso;
  return null;
}

/** The country a claimant's side speaks for (a Moscow-installed official speaks for Russia). */
export function countryOfSide(side: Side | null | undefined): string | null {
  if (side === 'Ukraine') return 'UA';
  if (side === 'Russia' || side === 'Russian-installed administration') return 'RU';
  return null;
}

export function sideOfCountry(iso2: string | null): Side | null {
  if (iso2 === 'UA') return 'Ukraine';
  if (iso2 === 'RU') return 'Russia';
  return null;
}

/**
 * Words that name a side: demonyms, countries, capitals used for governments ("Kyiv's forces",
 * "Moscow has deployed"), installed authorities. Each maps to the ISO code of the side.
 *
 *   matches:  "Ukrainian troops", "Kyiv's forces", "pro-Russian authorities", "Russia's army"
 *   must not: "Kharkiv" (a place, not a side)
 */
export const SIDE_WORDS: [RegExp, string][] = [
  [/^(?:ukrainian|ukraine|ukraine['’]s|kyiv|kiev|kyiv['’]s|kiev['’]s|zelensky['’]s|zelenskiy['’]s)$/iu, 'UA'],
  [/^(?:russian|russia|russia['’]s|moscow|moscow['’]s|kremlin|putin['’]s|pro-russian|russian-installed|moscow-installed|russian-backed|russian-appointed|chechen)$/iu, 'RU'],
  [/^(?:belarusian|belarus)$/iu, 'BY'],
];

export function sideWord(word: string): string | null {
  for (const [re, iso] of SIDE_WORDS) if (re.test(word)) return iso;
  return null;
}

/** Nouns for armed forces: a side word followed by one of these is the actor. */
export const FORCES =
  /^(?:forces?|troops?|army|armies|military|soldiers?|units?|servicemen|fighters|paratroopers|brigades?|battalions?|regiments?|artillery|aircraft|jets?|warplanes?|drones?|helicopters?|missiles?|rockets?|strikes?|airstrikes?|air\s?strikes?|shelling|attacks?|armed|special|marines|navy|defenders|counteroffensive|offensive|advance|gunners|commanders?|side)$/iu;

/** Nouns for civilians as targets or victims. */
export const CIVILIAN_WORDS =
  /\b(?:civilians?|residents?|people|persons?|inhabitants|children|women|hospitals?|houses?|homes?|apartments?|schools?|markets?|shops?|stores?|buildings?)\b/iu;

/**
 * The side a claimant speaks for: the attribution stage's, else the side words of the speaker's
 * role ("Putin's permanent envoy") or of the source ("Ukrainian military", "Russian-installed
 * officials").
 */
export function claimantSideOf(claim: Claim | null, entities: Entity[] = []): Side | null {
  if (!claim) return null;
  if (claim.speaker?.side) return claim.speaker.side;
  const entity = claim.speaker ? entities.find((e) => e.id === claim.speaker!.entity || e.canonical === claim.speaker!.canonical) : undefined;
  for (const text of [entity?.role ?? '', claim.source?.text ?? '']) {
    for (const w of text.split(/\s+/u)) {
      const iso = sideWord(w.replace(/[^\p{L}’'-]/gu, ''));
      if (iso) return sideOfCountry(iso);
    }
  }
  return null;
}
