import { words, type TriggerFamily } from '../family.js';

/**
 * A grenade thrown by hand (ACLED: Explosions/Remote violence / Grenade). One dropped from a
 * drone is a drone strike (`air-drone-strike.ts`, which comes first).
 *
 *   matches:  "Unknown men threw a grenade at the district office in Mandalay on Friday."
 *   must not: "Police in Mandalay found two grenades in an abandoned car." (no attack)
 */
export const grenade: TriggerFamily = {
  name: 'grenade',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Grenade',
  triggers: [
    words(
      '(?:threw|hurled|lobbed|tossed|thrown|hurling|throwing)\\s+(?:an?\\s+|two\\s+|three\\s+|\\d+\\s+|several\\s+)?(?:hand\\s+|stun\\s+)?grenades?(?!\\s+launchers?)',
      'grenades?\\s+(?:attacks?|exploded|blasts?|went\\s+off|(?:was|were)\\s+thrown)',
      'hand\\s+grenade\\s+attacks?',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['Unknown men threw a grenade at the district office in Mandalay on Friday.'],
    rejects: ['Police in Mandalay found two grenades in an abandoned car.'],
  },
};
