import { words, type TriggerFamily } from '../family.js';

/**
 * Explosives with no one on the spot to fire them: landmines, IEDs, car bombs, booby traps
 * (ACLED: Explosions/Remote violence / Remote explosive/landmine/IED).
 *
 *   matches:  "A tractor driver was killed when his vehicle hit a landmine near Izium."
 *   must not: "Sappers cleared the fields around Izium before the harvest." (no explosion)
 */
export const remoteExplosive: TriggerFamily = {
  name: 'remote-explosive',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Remote explosive/landmine/IED',
  triggers: [
    words(
      'land\\s?mines?',
      '(?:anti-(?:tank|personnel)\\s+)?mines?\\s+(?:exploded|went\\s+off|blast)',
      'IEDs?',
      'improvised\\s+explosive\\s+devices?',
      '(?:car|roadside)\\s+bombs?',
      'explosive\\s+devices?',
      'booby[-\\s]trap(?:ped|s)?',
      'blew\\s+up',
      'unexploded\\s+(?:ordnance|munitions?|shells?)|UXOs?',
      'explosive\\s+(?:element|object|remnant)s?',
      // a bomb no one was seen to fire: "a bomb exploded at the office", "a homemade bomb went off"
      'bombs?\\s+(?:exploded|went\\s+off|detonated|blasts?)',
      '(?:home-?made|hand-?made|time|parcel|sticky|pipe|mine)\\s+bombs?',
      'bomb\\s+(?:blasts?|explosions?|attacks?)',
      // an explosion where no strike was seen: "an explosion occurred at the office", "detonated
      // explosives at a bank", "a blast hit a truck"
      'explosions?\\s+(?:occurred|took\\s+place|went\\s+off)',
      'detonated\\s+(?:(?:an?|the|two|three|\\d+|several|some|[\\p{L}-]+)\\s+){0,3}?(?:explosives?|bombs?|devices?|mines?)',
      'blasts?\\s+(?:hit|struck|rocked|occurred|went\\s+off|ripped\\s+through)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'A tractor driver was killed when his vehicle hit a landmine near Izium.',
      'A homemade bomb went off near the town hall in Izium on Monday.',
      'Unknown men detonated explosives at a bank in Izium.',
    ],
    rejects: ['Sappers cleared the fields around Izium before the harvest.'],
  },
};
