import { words, type TriggerFamily } from '../family.js';

/**
 * Public demonstrations: "protest", "protesters", "rally", "demonstrators" (ACLED: Protests /
 * Peaceful protest).
 *
 *   matches:  "Hundreds of protesters gathered in Kherson to oppose the occupation."
 *   must not: "The minister protested that the figures were wrong." (a complaint, no crowd)
 */
export const protests: TriggerFamily = {
  name: 'protests',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  triggers: [words('protesters', 'protests?\\s+(?:in|against|outside|near)', 'rall(?:y|ies)\\s+(?:in|against|outside)', 'demonstrators', 'demonstrations?\\s+(?:in|against|outside)')],
  anchor: 'object',
  examples: {
    matches: ['Hundreds of protesters gathered in Kherson to oppose the occupation.'],
    rejects: ['The minister protested that the figures were wrong.'],
  },
};
