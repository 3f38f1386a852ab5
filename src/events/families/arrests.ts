import { knowledge } from '../../profiles/index.js';
import { words, type TriggerFamily } from '../family.js';

/**
 * Forces arrest or detain people (ACLED: Strategic developments / Arrests). ACLED codes arrests
 * that are political or part of the war: of protesters, activists, journalists, politicians and
 * officials, of saboteurs, spies, collaborators and fighters, of civilians by an armed force, and
 * arrests made by security services or armed forces. An arrest for burglary, fraud or a killing
 * with no such word is crime news, not an event here.
 *
 *   matches:  "The security service arrested two suspected saboteurs in Odesa on Monday."
 *   must not: "Police in Odesa warned that anyone filming air defence could be arrested." (a warning) /
 *             "Detectives arrested two people suspected of stealing meat from a restaurant in Odesa." (crime)
 */
const POLITICAL_OR_WAR = new RegExp(
  // prettier-ignore
  [
    'protest\\w*', 'demonstrat\\w*', 'rall(?:y|ies)', 'activists?', 'journalists?', 'reporters?', 'bloggers?', 'opposition', 'dissidents?',
    'politicians?', 'ministers?', 'officials?', 'lawmakers?', 'deputies', 'mayors?', 'governors?', 'party', 'members?\\s+of', 'leaders?', 'priests?', 'clerics?',
    'saboteurs?', 'sabotage', 'spies', 'spy', 'spying', 'espionage', 'agents?', 'collaborat\\w*', 'informants?', 'spotters?', 'partisans?', 'treason', 'traitors?',
    'militants?', 'rebels?', 'insurgents?', 'fighters?', 'militia\\w*', 'soldiers?', 'servicem[ae]n', 'deserters?', 'draft', 'conscript\\w*', 'mobili[sz]\\w*',
    'terror\\w*', 'extremis\\w*', 'separatis\\w*', 'civilians?', 'residents?', 'villagers?', 'volunteers?',
    'security\\s+(?:service|forces|services)', 'intelligence', 'army', 'military', 'troops', 'forces', 'occup\\w*', 'national\\s+guard',
  ].join('|'),
);

const CONTEXT = new RegExp(`\\b(?:${POLITICAL_OR_WAR.source})\\b`, 'iu');

export const arrests: TriggerFamily = {
  name: 'arrests',
  event_type: 'Strategic developments',
  sub_event_type: 'Arrests',
  triggers: [words('arrest(?:ed|s)', 'detained', 'taken\\s+into\\s+custody')],
  anchor: 'object',
  // or a conflict profile's party, agency or armed group (a security service's acronym)
  context: (sentence) => CONTEXT.test(sentence) || !!knowledge().armedPattern()?.test(sentence),
  examples: {
    matches: [
      'The security service arrested two suspected saboteurs in Odesa on Monday.',
      'Riot police detained dozens of protesters in Odesa on Sunday.',
    ],
    rejects: [
      'Police in Odesa warned that anyone filming air defence could be arrested.',
      'Detectives arrested two people suspected of stealing meat from a restaurant in Odesa.',
    ],
  },
};
