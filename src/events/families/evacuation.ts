import { words, type TriggerFamily } from '../family.js';

/**
 * Authorities announce they are evacuating people from a place (ACLED: Strategic developments /
 * Other). An evacuation from a flood, a fire or a storm is no event of the war.
 *
 *   matches:  "Officials said they were evacuating women and children from Vuhledar."
 *   must not: "Residents of Vuhledar were trying to evacuate on their own." (an attempt, not an announcement)
 */
export const evacuation: TriggerFamily = {
  name: 'evacuation',
  event_type: 'Strategic developments',
  sub_event_type: 'Other',
  triggers: [
    words(
      'evacuat(?:ing|ed|ion\\s+of)(?!\\s+(?:\\p{L}+\\s+)?(?:troops|forces|soldiers|personnel|units|wounded|equipment))',
    ),
  ],
  anchor: 'from',
  announcement: true,
  needsPlaceObject: true,
  unless:
    /\b(?:flood\w*|wildfires?|forest\s+fires?|blaze|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|earthquakes?|tsunamis?|landslides?|mudslides?|eruptions?|volcan\w*|heat\s?waves?|blizzards?|snowstorms?|avalanches?|gas\s+leaks?|chemical\s+(?:leak|spill)s?)\b/iu,
  examples: {
    matches: ['Officials said they were evacuating women and children from Vuhledar.'],
    rejects: [
      'Residents of Vuhledar were trying to evacuate on their own.',
      'Rescuers were evacuating families from Vuhledar as flood water rose overnight.',
    ],
  },
};
