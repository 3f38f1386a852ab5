import type { Claim, Entity, Side } from '../model.js';
import { countryName, type Knowledge } from '../profiles/index.js';

export { countryName };

/**
 * Who acts, ACLED style. What a war's parties are called (their side words, their forces' ACLED
 * names by period, whom they fight) comes from the conflict profiles (src/profiles); a side is
 * named here by its key: the ISO code of a state ("UA"), else the side's id.
 */

export function civilians(iso2: string): string {
  return `Civilians (${countryName(iso2)})`;
}

/** Nouns for armed forces: a side word followed by one of these is the actor. */
export const FORCES =
  /^(?:forces?|troops?|army|armies|military|soldiers?|units?|servicemen|fighters|paratroopers|brigades?|battalions?|regiments?|artillery|aircraft|jets?|warplanes?|drones?|helicopters?|missiles?|rockets?|strikes?|airstrikes?|air\s?strikes?|shelling|attacks?|armed|special|marines|navy|defenders|counteroffensive|offensive|advance|gunners|commanders?|side)$/iu;

/** Nouns for civilians as targets or victims. */
export const CIVILIAN_WORDS =
  /\b(?:civilians?|residents?|people|persons?|inhabitants|children|women|hospitals?|houses?|homes?|apartments?|schools?|markets?|shops?|stores?|buildings?)\b/iu;

/**
 * The side a claimant speaks for: the attribution stage's, else the side words of the speaker's
 * role ("the president's permanent envoy" with the president a profile's leader) or of the source
 * ("<demonym> military", "<patron>-installed officials").
 */
export function claimantSideOf(claim: Claim | null, entities: Entity[], k: Knowledge): Side | null {
  if (!claim) return null;
  if (claim.speaker?.side) return claim.speaker.side;
  const entity = claim.speaker
    ? entities.find((e) => e.id === claim.speaker!.entity || e.canonical === claim.speaker!.canonical)
    : undefined;
  for (const text of [entity?.role ?? '', claim.source?.text ?? '']) {
    for (const w of text.split(/\s+/u)) {
      const key = k.sideWord(w.replace(/[^\p{L}’'-]/gu, ''));
      if (key) return k.sideOfKey(key);
    }
  }
  return null;
}
