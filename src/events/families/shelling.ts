import { words, type TriggerFamily } from '../family.js';
import { FEW_WORDS, FIRED_WEAPONS } from '../weapons.js';

/**
 * Artillery, rockets and missiles fired from afar: "shelled", "shelling", "struck with missiles",
 * "rocket attacks", "multiple rocket launchers", "enemy strikes" (ACLED: Explosions/Remote
 * violence / Shelling/artillery/missile attack).
 *
 *   matches:  "Enemy troops shelled Nikopol with multiple rocket launchers overnight." / "Two
 *             rockets struck Kramatorsk before dawn, killing one man."
 *   must not: "Crews unloaded artillery shells at the depot in Nikopol." (no attack reported) /
 *             "The plant in Nikopol once made rockets that hit targets far away."
 */
export const shelling: TriggerFamily = {
  name: 'shelling',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
  triggers: [
    words(
      'shell(?:ed|ing)',
      'bombard(?:ed|ment|ing)',
      '(?:artillery|mortar|rocket|missile|tank)\\s+(?:fire|strikes?|attacks?|barrages?)',
      'struck\\s+(?:\\p{L}+\\s+){0,3}with\\s+(?:missiles|rockets|artillery)',
      '(?:hit|struck)\\s+by\\s+(?:\\p{L}+\\s+){0,2}(?:missiles|rockets|shells|artillery)',
      'multiple\\s+(?:launch\\s+)?rocket\\s+(?:launchers?|systems?)',
      '(?:missile|rocket)\\s+and\\s+bomb\\s+attacks',
      // (not gunmen's fire: small arms, an armed clash or an attack)
      '(?<!\\b(?:gunmen|armed\\s+men|snipers?|assailants|attackers)\\b[^.;]{0,30})fir(?:e|ed|ing)\\s+(?:up)?on',
      'under\\s+fire',
      '(?<!air\\s|drone\\s)strikes',
      // a strike or explosions with no weapon named: ACLED's default remote-violence sub-type
      '(?<!air\\s|drone\\s|hunger\\s|general\\s)strike\\s+(?:on|near|at|in)',
      'explosions?\\s+(?:hit|rocked|struck|shook|were\\s+heard|heard)',
      // the weapon as subject: "rockets struck the town", "a missile hit a power plant"
      '(?<!air\\s|drone\\s)(?:missiles?|rockets?|shells?|projectiles?)\\s+(?:hit|struck|slammed\\s+into|landed\\s+(?:in|on|near)|pounded|rained\\s+(?:down\\s+)?on)',
      '(?<!\\b(?:gunmen|armed\\s+men|snipers?|assailants|attackers)\\b[^.;]{0,30})fired\\s+at',
    ),
    // the weapon as object or subject: "fired mortars and artillery at X", "launched 2 S-300
    // missiles on X", "a Grad salvo hit X", "HIMARS struck X"
    words(
      `(?:fired|launched|used)\\s+${FEW_WORDS}(?:${FIRED_WEAPONS})(?:\\s+and\\s+(?:${FIRED_WEAPONS}))?`,
      `(?:${FIRED_WEAPONS})\\s+(?:salvos?\\s+)?(?:hit|struck|pounded|targeted)`,
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Enemy troops shelled Nikopol with multiple rocket launchers overnight.',
      'Two people were hurt when enemy strikes hit Kramatorsk on Sunday.',
      'Explosions rocked the port of Odesa before dawn.',
      'Two rockets struck Kramatorsk before dawn, killing one man.',
      'A missile hit a power plant on the edge of Kharkiv on Sunday evening.',
      'Rebel units fired mortars and artillery at Nikopol on Monday.',
      'Enemy forces launched three S-300 missiles on Kramatorsk, damaging a school.',
    ],
    rejects: [
      'Crews unloaded artillery shells at the depot in Nikopol.',
      'Miners went on a general strike in Nikopol last spring.',
      'The plant in Nikopol once made rockets that hit targets far away.',
    ],
  },
};
