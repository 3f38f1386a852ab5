import { words, type TriggerFamily } from '../family.js';

/**
 * A place goes back to its former holder: "retook", "recaptured", "liberated", "freed", "raised
 * the flag over", "fully retaken", "deoccupied". Without another cue the taker is the state
 * forces of the place's own country (ACLED: Government regains territory).
 *
 *   matches:  "Government troops recaptured the village of Hroza on Monday."
 *   must not: "Officials said they hoped to retake the town before winter." (an intention)
 */
export const regainsTerritory: TriggerFamily = {
  name: 'regains-territory',
  event_type: 'Battles',
  sub_event_type: 'Government regains territory',
  triggers: [
    words(
      're-?t(?:ook|aken|akes?|aking)',
      'recaptur(?:ed|es|e|ing)',
      'liberat(?:ed|es|e|ing|ion)',
      'freed|frees|freeing',
      'regain(?:ed|s|ing)?',
      'reclaim(?:ed|s|ing)?',
      'de-?occupied|de-?occupation',
      'recapture',
    ),
    words(
      '(?:raised|hoisted|raising|hoisting|planted)\\s+(?:the|their|a|its)\\s+(?:own\\s+)?(?:\\p{L}+\\s+)?flag',
      'flag\\s+(?:was|has\\s+been|had\\s+been|is)\\s+(?:raised|hoisted)',
    ),
  ],
  anchor: 'object',
  defaultActor: 'government',
  territory: true,
  examples: {
    matches: [
      'Government troops recaptured the village of Hroza on Monday.',
      'The army said the flag was raised over the town hall in Izium.',
      'Soldiers rolled into the liberated town of Vovchansk.',
      'Soldiers raised the national flag outside the town hall in Vovchansk, photographs posted by the council showed.',
    ],
    rejects: ['Officials said they hoped to retake the town of Vovchansk before winter.'],
  },
};
