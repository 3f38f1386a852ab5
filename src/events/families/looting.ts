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
  triggers: [
    words(
      'looted',
      'plundered',
      'ransacked',
      'torched',
      'confiscat(?:ed|e|es|ing)',
      'requisitioned',
      'expropriated',
      'set\\s+(?:fire\\s+to|ablaze)',
      'burn(?:ed|t)\\s+down',
      // property wrecked by hand, not by a strike: "destroyed 100 acres of farmland"
      '(?:destroyed|demolished|vandali[sz]ed|wrecked)\\s+(?:(?:the|a|an|their|his|her|its|several|dozens\\s+of|hundreds\\s+of|\\d+|[\\p{L}-]+)\\s+){0,4}?(?:farms?|farmland|crops|agricultural\\s+(?:land|projects?)|acres|fields|orchards|shops|stores|markets?|property|properties|oil\\s+fields?|pipelines?|water\\s+(?:pumps?|wells?|stations?)|wells)',
    ),
  ],
  // a strike or a shell that destroyed them is remote violence, not looting
  unless:
    /\b(?:shell(?:s|ed|ing)?|artillery|missiles?|rockets?|air\s*strikes?|strikes?|drones?|bomb(?:s|ed|ing)?|explosions?|mortars?)\b/iu,
  anchor: 'object',
  examples: {
    matches: [
      'Soldiers looted shops and homes in Bucha before leaving.',
      'A militia destroyed 100 acres of farmland near Bucha on Monday.',
    ],
    rejects: [
      'Shops in Bucha reopened after the looting fears faded, the mayor said.',
      'An enemy missile destroyed shops in Bucha on Monday.',
    ],
  },
};
