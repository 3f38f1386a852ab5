import { words, type TriggerFamily } from '../family.js';

/**
 * Property taken or destroyed without a battle: looting, arson (ACLED: Strategic developments /
 * Looting/property destruction).
 *
 *   matches:  "Soldiers looted shops and homes in Bucha before leaving."
 *   must not: "Shops in Bucha reopened after the looting fears faded, the mayor said." (no looting)
 */
export const looting: TriggerFamily = {
  name: 'looting',
  event_type: 'Strategic developments',
  sub_event_type: 'Looting/property destruction',
  triggers: [words('looted', 'plundered', 'ransacked', 'torched', 'confiscat(?:ed|e|es|ing)', 'requisitioned', 'expropriated', 'set\\s+(?:fire\\s+to|ablaze)', 'burn(?:ed|t)\\s+down')],
  anchor: 'object',
  examples: {
    matches: ['Soldiers looted shops and homes in Bucha before leaving.'],
    rejects: ['Shops in Bucha reopened after the looting fears faded, the mayor said.'],
  },
};
