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
      'protests?\\s+(?:in|against|outside|near|(?:staged|organi[sz]ed|held|called)\\s+by)',
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
    rejects: [
      'The minister protested that the figures were wrong.',
      'Officials in Nyala demonstrated that the figures were wrong.',
    ],
  },
};

/**
 * Crowd actions that are protests by what they are for: people who gathered, or blocked or shut a
 * road, a bridge or an office, "denouncing", "demanding", "calling for", "rejecting" something;
 * and those who "responded to the call … to demonstrate" (the call was answered: the protest
 * took place). Without such a purpose a gathering is no protest (a funeral, a market day).
 *
 *   matches:  "Residents gathered in front of the governor's office in Kassala, demanding water."
 *   must not: "Residents gathered in Kassala to watch the football final." (no grievance)
 */
export const protestActions: TriggerFamily = {
  name: 'protest-actions',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  triggers: [
    words(
      'gathered',
      // (a coder's aside may stand after the verb: "blocked (through unspecified means) the road")
      '(?:blocked|closed|shut(?:\\s+down)?|barricaded)\\s+(?:\\([^()]{0,40}\\)\\s+)?(?:(?:the|a|an|all|two|several|main|major|national|doors\\s+of|\\p{Lu}[\\p{L}-]*)\\s+){0,4}?(?:roads?|highways?|streets?|bridges?|ports?|markets?|buildings?|offices?|headquarters|HQ|oil\\s+fields?|railways?|college|university|schools?)',
      'responded\\s+to\\s+(?:the\\s+|a\\s+)?calls?\\b',
      '(?:to\\s+)?demonstrate\\s+(?:in|at|outside|against)',
    ),
  ],
  anchor: 'object',
  context:
    /\b(?:denounc\w*|demand\w*|call(?:ing|ed)\s+for|reject\w*|condemn\w*|protest\w*|demonstrat\w*|chant\w*|in\s+solidarity|against\s+the|opposing|to\s+oppose|sit-ins?|grievances?)\b/iu,
  examples: {
    matches: [
      "Residents gathered in front of the governor's office in Kassala, demanding water.",
      'Teachers responded to the call by their union to demonstrate in Kassala, demanding better salaries.',
      'Farmers blocked the main road in Kassala, protesting against new taxes.',
      'Patients blocked (means unspecified) a road in Kassala, demanding treatment.',
    ],
    rejects: [
      'Residents gathered in Kassala to watch the football final.',
      'Police blocked the main road in Kassala after an accident.',
    ],
  },
};
