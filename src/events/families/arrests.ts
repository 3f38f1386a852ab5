import { words, type TriggerFamily } from '../family.js';

/**
 * Forces arrest or detain people (ACLED: Strategic developments / Arrests).
 *
 *   matches:  "The security service arrested two suspected saboteurs in Odesa on Monday."
 *   must not: "Police in Odesa warned that anyone filming air defence could be arrested." (a warning)
 */
export const arrests: TriggerFamily = {
  name: 'arrests',
  event_type: 'Strategic developments',
  sub_event_type: 'Arrests',
  triggers: [words('arrest(?:ed|s)', 'detained', 'taken\\s+into\\s+custody')],
  anchor: 'object',
  examples: {
    matches: ['The security service arrested two suspected saboteurs in Odesa on Monday.'],
    rejects: ['Police in Odesa warned that anyone filming air defence could be arrested.'],
  },
};
