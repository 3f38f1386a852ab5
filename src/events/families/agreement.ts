import { words, type TriggerFamily } from '../family.js';

/**
 * Parties agree: ceasefires, prisoner exchanges, signed agreements (ACLED: Strategic
 * developments / Agreement).
 *
 *   matches:  "The two sides carried out a prisoner exchange near Olenivka on Thursday."
 *   must not: "Negotiators in Istanbul said an agreement could be signed next month." (not yet)
 */
export const agreement: TriggerFamily = {
  name: 'agreement',
  event_type: 'Strategic developments',
  sub_event_type: 'Agreement',
  triggers: [
    words(
      'ceasefire',
      'truce',
      'prisoner\\s+(?:exchange|swap)',
      'signed\\s+(?:an?\\s+)?(?:agreement|accord|deal)',
      'agreed\\s+to\\s+(?:a\\s+)?(?:ceasefire|truce|exchange)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['The two sides carried out a prisoner exchange near Olenivka on Thursday.'],
    rejects: ['Negotiators in Istanbul said an agreement could be signed next month.'],
  },
};
