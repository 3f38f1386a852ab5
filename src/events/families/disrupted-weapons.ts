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
/**
 * What is shot down or intercepted that is no weapon: "shot down rumours", "intercepted a phone
 * call" (an intelligence report), "intercepted a shipment" (a seizure), "intercepted a commercial
 * vehicle" (a hold-up on the road).
 */
const NOT_A_WEAPON =
  '(?!\\s+(?:(?:the|a|an|any|those|these|such|his|her|their|its|all|several|two|\\d+)\\s+)?(?:\\p{L}+\\s+)?(?:rumou?rs?|claims?|reports?|suggestions?|ideas?|proposals?|talk|speculation|allegations?|criticism|questions?|bills?|motions?|plans?|requests?|calls?|communications?|messages?|conversations?|phone|radio|emails?|letters?|shipments?|cargo|consignments?|smugglers?|passes?|vehicles?|cars?|bus(?:es)?|trucks?|lorr(?:y|ies)|convoys?|passengers?|travell?ers?|motorcycles?|motorbikes?|traders?|merchants?|people|persons?|men|women|civilians?)\\b)';

export const disruptedWeapons: TriggerFamily = {
  name: 'disrupted-weapons',
  event_type: 'Strategic developments',
  sub_event_type: 'Disrupted weapons use',
  triggers: [
    words(
      `sh(?:ot|oots|ooting)\\s+down${NOT_A_WEAPON}`,
      'downed',
      `intercept(?:ed|s|ing|ions?)${NOT_A_WEAPON}`,
      `(?:destroyed|neutrali[sz]ed)\\s+${FEW_WORDS}(?:${DRONES}|missiles?|rockets?)(?!\\s+(?:depots?|factor(?:y|ies)|warehouses?|launchers?|bases?|positions?|operators?|crews?|units?))`,
      'defus(?:ed|ing)',
      // weapons taken before they are used: "seized weapons and ammunition from two militiamen"
      '(?:seized|confiscated)\\s+(?:(?:a|an|the|large|small|quantities|quantity|of|cache|caches|stock|variety|vehicle|truck|loaded|with|\\d+|[\\p{L}-]+)\\s+){0,6}?(?:weapons|arms|ammunition|rifles|guns|firearms|explosives)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Air defence units shot down seven attack drones over the Odesa region overnight.',
      'Enemy forces said they intercepted four rockets near Kherson on Friday.',
      'Government forces destroyed 12 Iranian-made drones over Kyiv before dawn.',
      'Police seized weapons and ammunition from two gunmen near Kherson.',
    ],
    rejects: [
      'Kyiv asked for more systems able to shoot down drones over Odesa.',
      'Soldiers destroyed a drone factory near Kherson.',
      'The mayor of Odesa shot down rumours of an evacuation on Monday.',
      'The security service said it intercepted a phone call between two officers near Kherson.',
      'Gunmen intercepted a commercial vehicle near Kherson and robbed the passengers.',
    ],
  },
};
