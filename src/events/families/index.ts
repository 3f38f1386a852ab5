import type { TriggerFamily } from '../family.js';
import { abduction } from './abduction.js';
import { agreement } from './agreement.js';
import { airDroneStrike } from './air-drone-strike.js';
import { armedClash } from './armed-clash.js';
import { arrests } from './arrests.js';
import { captureTerritory } from './capture-territory.js';
import { deployment } from './deployment.js';
import { disruptedWeapons } from './disrupted-weapons.js';
import { evacuation } from './evacuation.js';
import { grenade } from './grenade.js';
import { looting } from './looting.js';
import { protestActions, protests } from './protests.js';
import { regainsTerritory } from './regains-territory.js';
import { remoteExplosive } from './remote-explosive.js';
import { retreat } from './retreat.js';
import { riots } from './riots.js';
import { securityMeasures } from './security-measures.js';
import { sexualViolence } from './sexual-violence.js';
import { shelling } from './shelling.js';
import { violenceAgainstCivilians } from './violence-against-civilians.js';
import { withdrawal } from './withdrawal.js';

/** Every trigger family, most specific first (a sentence keeps one mention per family and place). */
export const triggerFamilies: TriggerFamily[] = [
  regainsTerritory,
  captureTerritory,
  // an interception names a weapon that did not strike: before the strike families
  disruptedWeapons,
  airDroneStrike,
  grenade,
  remoteExplosive,
  shelling,
  armedClash,
  sexualViolence,
  violenceAgainstCivilians,
  abduction,
  protests,
  protestActions,
  riots,
  withdrawal,
  retreat,
  deployment,
  securityMeasures,
  evacuation,
  agreement,
  arrests,
  looting,
];
