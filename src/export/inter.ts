/**
 * ACLED inter codes from an actor name written in ACLED's style.
 *
 *   "Military Forces of Ukraine (2019-)"  → 1 (state forces)
 *   "Civilians (Ukraine)"                  → 7
 *   "Wagner Group"                         → 8 (external/other forces)
 *   "Kraken unit of Ukraine"               → 0: not in ACLED's style, so unknown rather than a guess
 *
 * interaction: the two codes, smaller first (11, 17); an event with one actor gives "<code>0".
 */
export const interCodes = {
  rules: [
    { code: 1, pattern: /^(Military|Police|Naval|Air|Border|Security|Armed) Forces of\b|^Government of\b|^National Guard of\b/i },
    { code: 2, pattern: /\b(rebels?|insurgents?|liberation (front|army)|separatists?)\b/i },
    { code: 3, pattern: /\b(militia|Unidentified Armed Group|armed group)\b/i },
    { code: 4, pattern: /\b(ethnic|communal|clan|tribal) militia\b/i },
    { code: 5, pattern: /^Rioters\b/i },
    { code: 6, pattern: /^Protesters\b/i },
    { code: 7, pattern: /^Civilians\b|\bcivilians?\b/i },
    { code: 8, pattern: /^(Wagner Group|Private Security Forces|NATO|United Nations|UN:|OSCE|International)\b/i },
  ] as { code: number; pattern: RegExp }[],

  of(actor: string | null | undefined): number {
    if (!actor) return 0;
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
