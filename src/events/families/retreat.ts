import { words, type TriggerFamily } from '../family.js';

/**
 * Forces leave a place under pressure: "retreated from X", "X was abandoned", "fled X". Coded as
 * a non-violent transfer when it stands alone; fusion folds it into a battle in which the other
 * side is reported taking the same place at the same time (the loser's side of one event).
 *
 *   matches:  "Rebel units retreated from Kozacha Lopan overnight, local officials said."
 *   must not: "Commanders warned that troops would be forced to retreat from Kozacha Lopan." (a forecast)
 */
export const retreat: TriggerFamily = {
  name: 'retreat',
  event_type: 'Strategic developments',
  sub_event_type: 'Non-violent transfer of territory',
  triggers: [words('retreat(?:ed|s)', 'abandon(?:ed|s)', 'fled', 'left\\s+the\\s+(?:town|city|village)\\s+of')],
  anchor: 'from',
  retreat: true,
  needsPlaceObject: true,
  examples: {
    matches: ['Rebel units retreated from Kozacha Lopan overnight, local officials said.'],
    rejects: ['Commanders warned that troops would be forced to retreat from Kozacha Lopan.'],
  },
};
