import { words, type TriggerFamily } from '../family.js';

/**
 * An authority or an armed group changes how it operates: a state of emergency, a curfew, a
 * defection or a split (ACLED: Strategic developments / Change to group/activity).
 *
 *   matches:  "The governor declared a state of emergency in Nyala on Monday."
 *             "Police imposed a dusk-to-dawn curfew in Nyala after the clashes."
 *             "Two commanders defected from the movement in Nyala."
 *   must not: "Residents of Nyala asked the governor to declare a state of emergency." (a request)
 */
export const securityMeasures: TriggerFamily = {
  name: 'security-measures',
  event_type: 'Strategic developments',
  sub_event_type: 'Change to group/activity',
  triggers: [
    words(
      '(?:declared|imposed|announced|extended)\\s+(?:an?\\s+|the\\s+)?state\\s+of\\s+emergency',
      'state\\s+of\\s+emergency\\s+(?:was\\s+)?(?:declared|imposed)',
      '(?:imposed|declared|announced|extended)\\s+(?:an?\\s+|the\\s+)?(?:[\\w:–-]+\\s+){0,4}?curfews?',
      'curfews?\\s+(?:was\\s+|were\\s+)?(?:imposed|declared)',
      'defected\\s+(?:from|to)',
      'splinter\\s+faction',
    ),
  ],
  anchor: 'object',
  announcement: true,
  examples: {
    matches: [
      'The governor declared a state of emergency in Nyala on Monday.',
      'Police imposed a dusk-to-dawn curfew in Nyala after the clashes.',
      'Two commanders defected from the movement in Nyala.',
    ],
    rejects: ['Residents of Nyala asked the governor to declare a state of emergency.'],
  },
};
