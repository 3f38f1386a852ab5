import { countryName, knowledge } from '../profiles/index.js';

/**
 * ACLED inter codes from an actor name written in ACLED's style; a conflict profile's named armed
 * groups carry their own code (profiles/*.json, `armedGroups[].inter`).
 *
 *   "Military Forces of Poland (2015-)"   → 1 (state forces)
 *   "Civilians (Poland)"                   → 7
 *   "Private Security Forces (Poland)"     → 8 (external/other forces)
 *   "Kraken unit of Poland"                → 0: not in ACLED's style, so unknown rather than a guess
 *
 * interaction: the two codes, smaller first (11, 17); an event with one actor gives "<code>0".
 */
export const interCodes = {
  rules: [
    {
      code: 1,
      pattern: /^(Military|Police|Naval|Air|Border|Security|Armed) Forces of\b|^Government of\b|^National Guard of\b/i,
    },
    { code: 2, pattern: /\b(rebels?|insurgents?|liberation (front|army)|separatists?)\b/i },
    { code: 3, pattern: /\b(militia|Unidentified Armed Group|armed group)\b/i },
    { code: 4, pattern: /\b(ethnic|communal|clan|tribal) militia\b/i },
    { code: 5, pattern: /^Rioters\b/i },
    { code: 6, pattern: /^Protesters\b/i },
    { code: 7, pattern: /^Civilians\b|\bcivilians?\b/i },
    { code: 8, pattern: /^(Private Security Forces|NATO|United Nations|UN:|OSCE|International)\b/i },
  ] as { code: number; pattern: RegExp }[],

  /**
   * The code of an actor; given the country the event took place in, a state's forces acting
   * outside their own country are external forces (8), as ACLED codes them.
   */
  of(actor: string | null | undefined, where?: string | null): number {
    const code = this.nameCode(actor);
    if (code === 1 && where && actor) {
      const home = /^(?:Military|Police|Naval|Air|Border|Security|Armed) Forces of (.+?)(?: \(|$)/u.exec(actor)?.[1];
      if (home && home !== countryName(where)) return 8;
    }
    return code;
  },

  nameCode(actor: string | null | undefined): number {
    if (!actor) return 0;
    const named = knowledge().interOf(actor);
    if (named) return named;
    // identity militias are militias too: the more specific rule wins
    if (this.rules[3].pattern.test(actor)) return 4;
    for (const rule of this.rules) if (rule.pattern.test(actor)) return rule.code;
    return 0;
  },

  interaction(inter1: number, inter2: number): string {
    if (!inter1 && !inter2) return '';
    if (!inter1 || !inter2) return `${inter1 || inter2}0`;
    return inter1 <= inter2 ? `${inter1}${inter2}` : `${inter2}${inter1}`;
  },
};

/** ACLED's inter code of an event's actor1 or actor2, with the country it took place in. */
export function interOfEvent(
  e: { actor1: string | null; actor2: string | null },
  which: 'actor1' | 'actor2',
  country: string | null | undefined,
): number {
  return interCodes.of(e[which], country);
}
