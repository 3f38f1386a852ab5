import { words, type TriggerFamily } from '../family.js';

/**
 * Two armed groups fight: "fighting", "clashes", "fierce fighting near X", "fighting continued
 * outside X" (ACLED: Battles / Armed clash).
 *
 *   matches:  "Heavy fighting continued outside Siversk on Tuesday, the governor said."
 *   must not: "The region has been the scene of heavy fighting for months near Siversk." (durative, no one event)
 */
export const armedClash: TriggerFamily = {
  name: 'armed-clash',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  triggers: [
    words(
      'fighting',
      'clash(?:es|ed)?',
      'fire-?fights?|gun-?fights?|gun\\s+battles?',
      'exchanges?\\s+of\\s+fire',
      'fought',
      'skirmish(?:es)?',
      'battles?\\s+(?:for|near|around|outside|in)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Heavy fighting continued outside Siversk on Tuesday, the governor said.',
      'Fierce clashes were reported near the village of Bilohorivka.',
    ],
    rejects: ['The region has been the scene of heavy fighting for months near Siversk.'],
  },
};
