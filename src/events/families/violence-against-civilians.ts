import { words, type TriggerFamily } from '../family.js';

/**
 * Armed groups harming unarmed people directly: executions, abductions, torture, rape
 * (ACLED: Violence against civilians / Attack or Abduction/forced disappearance).
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
      'abduct(?:ed|ion|s)',
      'kidnapp?(?:ed|ing)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['Residents said soldiers executed three men in Yahidne.'],
    rejects: ['Moscow denied that its troops had ever tortured anyone in Yahidne.'],
  },
};
