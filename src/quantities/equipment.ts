import { after, family, scaled } from './family.js';
import { S } from './number.js';
import { MODIFIERS } from './words.js';

/**
 * Tanks, armoured vehicles, aircraft and other pieces of equipment, counted one by one.
 *
 *   matches:  "the army lost 12 tanks"; "some 40 pieces of military equipment";
 *             "forces recorded 30 equipment losses"
 *   must not: "tank crews" (no number), "2 tank battalions" (units, not vehicles)
 */
const NOUNS: [string, string][] = [
  ['tanks', `tanks?(?!\\w)(?!${S}(?:battalions?|brigades?|crews?|units?))`],
  [
    'armoured_vehicles',
    `armou?red${S}(?:personnel${S}carriers|vehicles|cars)|APCs|IFVs|infantry${S}fighting${S}vehicles|BMPs`,
  ],
  [
    'artillery',
    `howitzers|artillery${S}(?:pieces|systems|guns)|guns|mortars|(?:multiple${S})?(?:rocket${S})?launchers|MLRS`,
  ],
  ['aircraft', `aircraft|planes|jets|warplanes|fighter${S}jets`],
  ['helicopters', 'helicopters'],
  ['drones', 'drones|UAVs'],
  ['munitions', 'missiles|rockets|shells'],
  ['vehicles', 'vehicles|trucks|lorries'],
  [
    'equipment',
    `(?:pieces|units|items)${S}of${S}(?:military${S}|heavy${S})?(?:equipment|hardware|weaponry|materiel)|equipment${S}losses|equipment`,
  ],
];

// Modifiers are lazy so "armoured vehicles" is read as one noun, not a modifier and "vehicles".
const TAIL = new RegExp(`${MODIFIERS}?${S}(?:${NOUNS.map(([name, re]) => `(?<${name}>${re})`).join('|')})\\b`, 'iy');

export const equipment = family('equipment', (text, hit) => {
  const m = after(TAIL, text, hit.end);
  if (!m) return null;
  const name = NOUNS.find(([n]) => m.groups![n] !== undefined)![0];
  return scaled(hit, hit.start, m.index + m[0].length, 'items', 'items', 1, name.replace('_', ' '));
});
