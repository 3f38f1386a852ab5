import { words, type TriggerFamily } from '../family.js';

/**
 * Attacks from aircraft and drones: "airstrike", "air raid", "aircraft struck", "drone attack"
 * (ACLED: Explosions/Remote violence / Air/drone strike).
 *
 *   matches:  "A Russian airstrike destroyed a school in Okhtyrka on Friday."
 *   must not: "Ukraine asked its allies for more air defence systems to protect Okhtyrka." (no attack)
 */
export const airDroneStrike: TriggerFamily = {
  name: 'air-drone-strike',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  triggers: [
    words(
      'air\\s?strikes?',
      'air\\s+raids?',
      'bomb(?:ed|ing|ings)',
      '(?:aircraft|jets?|planes?|helicopters?|warplanes?)\\s+(?:shot|struck|fired|attacked|bombed|hit)',
      'drone\\s+(?:strikes?|attacks?)',
      '(?:kamikaze|suicide|attack)\\s+drones?',
      'drones?\\s+(?:struck|hit|attacked)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: ['A Russian airstrike destroyed a school in Okhtyrka on Friday.', 'A drone attack hit a fuel depot near Novoazovsk.'],
    rejects: ['Ukraine asked its allies for more air defence systems to protect Okhtyrka.'],
  },
};
