import { words, type TriggerFamily } from '../family.js';

/**
 * An announced withdrawal or regrouping of forces from a place (ACLED: Strategic developments /
 * Non-violent transfer of territory). An announcement is the event, so "said it would regroup its
 * forces from X" counts although it speaks of the future.
 *
 *   matches:  "The defence ministry said its troops would be regrouped from the Lyman area."
 *   must not: "Analysts said a withdrawal from Lyman could come within weeks." (a prediction)
 */
export const withdrawal: TriggerFamily = {
  name: 'withdrawal',
  event_type: 'Strategic developments',
  sub_event_type: 'Non-violent transfer of territory',
  triggers: [words('withdr(?:ew|awn|aw|aws|awal|awing)', 'regroup(?:ed|ing|s)?', 'pull(?:ed|ing)?\\s+(?:back|out)')],
  anchor: 'from',
  announcement: true,
  needsPlaceObject: true,
  examples: {
    matches: [
      'The defence ministry said its troops would be regrouped from the Lyman area.',
      'The ministry said its troops in the Lyman area were being regrouped to reinforce the Siversk direction.',
    ],
    rejects: ['Analysts said a withdrawal from Lyman could come within weeks.'],
  },
};
