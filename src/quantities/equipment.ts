import { each, parseQty, scaled, type QuantityFamily } from './family.js';
import { QTY, S } from './number.js';
import { MODIFIERS } from './words.js';

/**
 * Tanks, armoured vehicles, aircraft and other pieces of equipment, counted one by one.
 *
 *   matches:  "the army lost 12 tanks"; "some 40 pieces of military equipment";
 *             "forces recorded 30 equipment losses"
 *   must not: "tank crews" (no number), "2 tank battalions" (units, not vehicles)
 */
const NOUNS: [string, string][] = [
  ['tanks?(?!\\w)(?!' + S + '(?:battalions?|brigades?|crews?|units?))', 'tanks'],
  [`armou?red${S}(?:personnel${S}carriers|vehicles|cars)|APCs|IFVs|infantry${S}fighting${S}vehicles|BMPs`, 'armoured vehicles'],
  [`howitzers|artillery${S}(?:pieces|systems|guns)|guns|mortars|(?:multiple${S})?(?:rocket${S})?launchers|MLRS`, 'artillery'],
  ['aircraft|planes|jets|warplanes|fighter\\s+jets', 'aircraft'],
  ['helicopters', 'helicopters'],
  ['drones|UAVs', 'drones'],
  ['missiles|rockets|shells', 'munitions'],
  [`vehicles|trucks|lorries`, 'vehicles'],
  [`(?:pieces|units|items)${S}of${S}(?:military${S}|heavy${S})?(?:equipment|hardware|weaponry|materiel)|equipment${S}losses|equipment`, 'equipment'],
];

const RES = NOUNS.map(([noun, counts]) => [new RegExp(`${QTY}${MODIFIERS}${S}(?:${noun})\\b`, 'giu'), counts] as const);

export const equipment: QuantityFamily = {
  name: 'equipment',
  find(text) {
    return RES.flatMap(([re, counts]) =>
      each(re, text, (m) => {
        const p = parseQty(text, m);
        return p ? scaled(m, p, 'items', 'items', 1, counts) : null;
      }),
    );
  },
};
