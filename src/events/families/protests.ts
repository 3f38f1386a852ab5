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
  triggers: [
    words(
      'protesters',
      'protests?\\s+(?:in|against|outside|near)',
      'rall(?:y|ies)\\s+(?:in|against|outside)',
      'demonstrators',
      'demonstrations?\\s+(?:in|against|outside)',
      // a crowd's verbs with where or against what: "residents protested in front of", "students
      // demonstrated against" ("protested that …" is a complaint, not a crowd)
      '(?:protested|demonstrated|rallied|marched)\\s+(?:in\\s+front\\s+of|in|against|outside|near|at|over|through|to)',
      'staged\\s+(?:an?\\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|vigils?|strikes?)',
      'sit-ins?',
      '(?:protest\\s+)?vigils?\\s+(?:in|outside|in\\s+front\\s+of|at)',
      'went\\s+on\\s+(?:an?\\s+)?(?:\\w+\\s+)?strike',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Hundreds of protesters gathered in Kherson to oppose the occupation.',
      'Local residents protested in front of the town hall in Nyala on Sunday.',
      'Teachers staged a sit-in in El Fasher, demanding unpaid salaries.',
    ],
    rejects: ['The minister protested that the figures were wrong.', 'Officials in Nyala demonstrated that the figures were wrong.'],
  },
};
