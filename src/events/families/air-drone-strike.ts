import { words, type TriggerFamily } from '../family.js';
import { DRONES, FEW_WORDS } from '../weapons.js';

/**
 * Attacks from aircraft and drones: "airstrike", "air raid", "aircraft struck", "drone attack"
 * (ACLED: Explosions/Remote violence / Air/drone strike).
 *
 *   matches:  "An airstrike destroyed a school in Okhtyrka on Friday."
 *   must not: "The government asked its allies for more air defence systems to protect Okhtyrka." (no attack)
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
      // air forces as subject: "air forces struck X", "air forces and artillery struck X"
      'air\\s+forces?\\s+(?:and\\s+\\p{L}+\\s+)?(?:struck|hit|attacked|bombed|carried\\s+out)',
      // the drone as instrument: "hit with a drone", "fired at X with drones", "dropped … from drones"
      // (the trigger is the verb alone: the place may stand between it and the drone)
      `(?:hit|struck|attacked|fired\\s+at)(?=\\s+(?:[^.;,]{0,60}?\\s)?with\\s+${FEW_WORDS}(?:${DRONES})(?![\\p{L}]))`,
      `dropped\\s+${FEW_WORDS}(?:(?:drone|UAV)-borne|(?:\\p{L}+\\s+){0,3}from\\s+(?:an?\\s+)?(?:${DRONES}))`,
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'An airstrike destroyed a school in Okhtyrka on Friday.',
      'A drone attack hit a fuel depot near Novoazovsk.',
      'Enemy air forces struck the outskirts of Okhtyrka on Sunday.',
      'Government forces hit with a drone an armoured vehicle near Novoazovsk.',
      'An army unit struck a tank near Novoazovsk with a drone.',
      'Soldiers dropped two grenades from a drone on a position near Novoazovsk.',
    ],
    rejects: ['The government asked its allies for more air defence systems to protect Okhtyrka.'],
  },
};
