import { words, type TriggerFamily } from '../family.js';

/**
 * Authorities announce they are evacuating people from a place (ACLED: Strategic developments /
 * Other).
 *
 *   matches:  "Officials said they were evacuating women and children from Vuhledar."
 *   must not: "Residents of Vuhledar were trying to evacuate on their own." (an attempt, not an announcement)
 */
export const evacuation: TriggerFamily = {
  name: 'evacuation',
  event_type: 'Strategic developments',
  sub_event_type: 'Other',
  triggers: [words('evacuat(?:ing|ed|ion\\s+of)(?!\\s+(?:\\p{L}+\\s+)?(?:troops|forces|soldiers|personnel|units|wounded|equipment))')],
  anchor: 'from',
  announcement: true,
  needsPlaceObject: true,
  examples: {
    matches: ['Officials said they were evacuating women and children from Vuhledar.'],
    rejects: ['Residents of Vuhledar were trying to evacuate on their own.'],
  },
};
