import { knowledge } from '../../profiles/index.js';
import { words, type TriggerFamily } from '../family.js';

/**
 * People taken or moved by force: abducted, kidnapped, deported, forcibly relocated or
 * transferred, "forced disappearance" (ACLED: Violence against civilians / Abduction/forced
 * disappearance).
 *
 * ACLED codes an abduction by an armed or political actor, or of a political target; a kidnapping
 * in crime news, with no such word, is not coded.
 *
 *   matches:  "Occupying forces forcibly relocated the residents of a care home in Kherson to Crimea."
 *   must not: "Officials said residents of Kherson were relocated to safer towns by bus." (an evacuation, not by force) /
 *             "A mother of two from Kherson was found three weeks after she was abducted." (crime news)
 */
const ARMED_OR_POLITICAL =
  /\b(?:forces|troops|soldiers|servicem[ae]n|militants|gunmen|armed|militia\w*|rebels|insurgents|separatists|occup\w*|military|army|security|police|authorities|officials|regime|fighters|deport\w*|forcibl\w*|forced|activists?|journalists?|volunteers?|mayors?|priests?|officials?|hostages?|filtration|partisans?)\b/iu;

const ARMED_ACRONYM = /(?<![\p{L}])\p{Lu}{3,}(?:-\p{Lu}\p{L}*)*(?![\p{L}])/u;

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
  // an armed group named by its acronym ("SPLA-IO", "ADF") is an armed actor too
  // and so are the conflict profiles' parties and groups (a mercenary group's name)
  context: (sentence) =>
    ARMED_OR_POLITICAL.test(sentence) || ARMED_ACRONYM.test(sentence) || !!knowledge().armedPattern()?.test(sentence),
  examples: {
    matches: [
      'Occupying forces forcibly relocated the residents of a care home in Kherson to Crimea.',
      'Two volunteers were abducted by soldiers in Kherson on Tuesday.',
      'The SPLA-IO abducted a herder near Kherson and demanded a ransom.',
    ],
    rejects: [
      'Officials said residents of Kherson were relocated to safer towns by bus.',
      'A mother of two from Kherson was found three weeks after she was abducted.',
    ],
  },
};
