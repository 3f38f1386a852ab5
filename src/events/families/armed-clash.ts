import { words, type TriggerFamily } from '../family.js';

/**
 * Two armed groups fight: "fighting", "clashes", "fierce fighting near X", "fighting continued
 * outside X", "went on the attack around X", "launched an assault near X" (ACLED: Battles / Armed clash).
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
      // an assault on a place names the fighting there: "went on the attack around X"
      'went\\s+on\\s+the\\s+(?:attack|offensive)',
      '(?:launched|mounted)\\s+(?:an?\\s+|the\\s+|their\\s+|its\\s+)?(?:\\p{L}+\\s+)?(?:attack|assault|counter-?attack)s?\\s+(?:near|around|outside)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Heavy fighting continued outside Siversk on Tuesday, the governor said.',
      'Fierce clashes were reported near the village of Bilohorivka.',
      'Ukrainian units went on the attack around Hroza on Tuesday, officials said.',
      'Russian troops launched a fresh assault near Bilohorivka overnight.',
    ],
    rejects: ['The region has been the scene of heavy fighting for months near Siversk.', 'The company in Siversk launched a new attack on prices.'],
  },
};
