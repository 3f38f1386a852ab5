import { words, type TriggerFamily } from '../family.js';

/**
 * Rape and other sexual violence by armed people (ACLED: Violence against civilians / Sexual
 * violence).
 *
 *   matches:  "Militiamen raped two women near El Fasher on Monday."
 *   must not: "The envoy denied that soldiers had raped anyone in El Fasher." (a denial)
 */
export const sexualViolence: TriggerFamily = {
  name: 'sexual-violence',
  event_type: 'Violence against civilians',
  sub_event_type: 'Sexual violence',
  triggers: [
    words(
      '(?:gang-?)?raped',
      'sexually\\s+(?:assaulted|abused|harassed)',
      '(?:gang-?)?rape\\s+of',
      'sexual\\s+(?:violence|assault|abuse)\\s+against',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['Militiamen raped two women near El Fasher on Monday.'],
    rejects: ['The envoy denied that soldiers had raped anyone in El Fasher.'],
  },
};
