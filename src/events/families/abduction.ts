import { words, type TriggerFamily } from '../family.js';

/**
 * People taken or moved by force: abducted, kidnapped, deported, forcibly relocated or
 * transferred, "forced disappearance" (ACLED: Violence against civilians / Abduction/forced
 * disappearance).
 *
 *   matches:  "Occupying forces forcibly relocated the residents of a care home in Kherson to Crimea."
 *   must not: "Officials said residents of Kherson were relocated to safer towns by bus." (an evacuation, not by force)
 */
export const abduction: TriggerFamily = {
  name: 'abduction',
  event_type: 'Violence against civilians',
  sub_event_type: 'Abduction/forced disappearance',
  triggers: [
    words(
      'abduct(?:ed|ion|ions|s|ing)',
      'kidnapp?(?:ed|ing)',
      'deport(?:ed|ing|ation\\s+of)',
      'forcibly\\s+(?:relocated|transferred|moved|removed|displaced|taken|deported)',
      'forced(?:ly)?\\s+(?:relocation|transfer|deportation|disappearances?)\\s+of',
      'forced\\s+disappearances?',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['Occupying forces forcibly relocated the residents of a care home in Kherson to Crimea.', 'Two volunteers were abducted by soldiers in Kherson on Tuesday.'],
    rejects: ['Officials said residents of Kherson were relocated to safer towns by bus.'],
  },
};
