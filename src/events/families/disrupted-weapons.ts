import { words, type TriggerFamily } from '../family.js';
import { DRONES, FEW_WORDS } from '../weapons.js';

/**
 * Air defence stops a weapon before it strikes, or sappers defuse one: "shot down", "intercepted",
 * "destroyed N drones" (ACLED: Strategic developments / Disrupted weapons use). ACLED codes the
 * interception, not an attack, so it is no air/drone strike.
 *
 *   matches:  "Air defence units shot down seven attack drones over the Odesa region overnight."
 *   must not: "Kyiv asked for more systems able to shoot down drones over Odesa." (a request)
 */
export const disruptedWeapons: TriggerFamily = {
  name: 'disrupted-weapons',
  event_type: 'Strategic developments',
  sub_event_type: 'Disrupted weapons use',
  triggers: [
    words(
      'sh(?:ot|oots|ooting)\\s+down',
      'downed',
      'intercept(?:ed|s|ing|ions?)',
      `(?:destroyed|neutrali[sz]ed)\\s+${FEW_WORDS}(?:${DRONES}|missiles?|rockets?)(?!\\s+(?:depots?|factor(?:y|ies)|warehouses?|launchers?|bases?|positions?|operators?|crews?|units?))`,
      'defus(?:ed|ing)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Air defence units shot down seven attack drones over the Odesa region overnight.',
      'Russian forces said they intercepted four rockets near Kherson on Friday.',
      'Ukrainian forces destroyed 12 Iranian-made drones over Kyiv before dawn.',
    ],
    rejects: ['Kyiv asked for more systems able to shoot down drones over Odesa.', 'Soldiers destroyed a drone factory near Kherson.'],
  },
};
