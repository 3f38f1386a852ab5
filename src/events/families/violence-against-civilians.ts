import { words, type TriggerFamily } from '../family.js';

/**
 * Armed groups harming unarmed people directly: executions, torture, rape (ACLED: Violence
 * against civilians / Attack; abductions and deportations are `abduction.ts`).
 *
 *   matches:  "Residents said soldiers executed three men in Yahidne."
 *   must not: "Moscow denied that its troops had ever tortured anyone in Yahidne." (a denial)
 */
export const violenceAgainstCivilians: TriggerFamily = {
  name: 'violence-against-civilians',
  event_type: 'Violence against civilians',
  sub_event_type: 'Attack',
  triggers: [
    words(
      'executed',
      'massacred?',
      'tortured',
      'raped',
      'shot\\s+dead',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['Residents said soldiers executed three men in Yahidne.'],
    rejects: ['Moscow denied that its troops had ever tortured anyone in Yahidne.'],
  },
};
