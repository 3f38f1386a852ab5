import { words, type TriggerFamily } from '../family.js';

/**
 * Two armed groups fight: "fighting", "clashes", "fierce fighting near X", "fighting continued
 * outside X", "went on the attack around X", "launched an assault near X"; attacks that failed
 * ("repelled", "unsuccessful offensive", "tried to advance") are battles too (ACLED: Battles /
 * Armed clash).
 *
 *   matches:  "Heavy fighting continued outside Siversk on Tuesday, the governor said."
 *   must not: "The region has been the scene of heavy fighting for months near Siversk." (durative, no one event)
 */
export const armedClash: TriggerFamily = {
  name: 'armed-clash',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  triggers: [
    words(
      'fighting',
      // small arms against a patrol or a post: "gunmen fired on a security patrol" (no shelling)
      // (the lookbehind tried only where "opened" or "fired" starts: tried at every position of every
      // sentence, it scanned 30 characters back each time)
      '(?=opened|fired)(?<=\\b(?:gunmen|armed\\s+men|snipers?|assailants|attackers)\\b[^.;]{0,30})(?:opened\\s+fire\\s+(?:on|at)|fired\\s+(?:up)?on|fired\\s+at)',
      'clash(?:es|ed)?',
      'fire-?fights?|gun-?fights?|gun\\s+battles?',
      'exchanges?\\s+of\\s+fire',
      // not a fight over a plan in court, nor one against a fire or an illness
      'fought(?!\\s+(?:(?:the|a|an|his|her|their|its|this|that)\\s+)?(?:\\p{L}+\\s+)?(?:project|plan|law|ban|bill|charges?|case|decision|ruling|lawsuit|proposal|order|measure|policy|tax|cancer|illness|disease|addiction|fires?|blaze|flames|wildfires?)\\b)(?![^.;]{0,40}\\bin\\s+court\\b)',
      'skirmish(?:es)?',
      'battles?\\s+(?:for|near|around|outside|in)',
      // an assault on a place names the fighting there: "went on the attack around X"
      'went\\s+on\\s+the\\s+(?:attack|offensive)',
      '(?:launched|mounted)\\s+(?:an?\\s+|the\\s+|their\\s+|its\\s+)?(?:\\p{L}+\\s+)?(?:attack|assault|counter-?attack)s?\\s+(?:near|around|outside)',
      'clashing',
      // an ambush, or an attack on a force where it stands: "ambushed a police convoy", "attacked an
      // army checkpoint" (not "attacked civilians": violence against civilians)
      'ambush(?:ed|es)?',
      'attack(?:ed|s)?\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:convoys?|patrols?|columns?|checkpoints?|garrisons?|barracks|military\\s+(?:posts?|bases?)|army\\s+(?:posts?|bases?)|police\\s+(?:posts?|stations?))',
      // an attack that failed is still a battle: "repelled", "were repulsed", "beat back"
      'repel(?:led|s|ling)?|repuls(?:ed|es|ing)|fought\\s+off|beat(?:en)?\\s+back',
      '(?:un)?successful(?:ly)?\\s+(?:offensives?|assaults?|attacks?|counter-?attacks?|attempts?)',
      'offensive\\s+(?:operations?\\s+|actions?\\s+)?(?:in\\s+the\\s+direction\\s+of|near|towards?|around|against)',
      'assaulted',
      'assault\\s+actions?',
      // not "assault on": "his broader assault on the region" names a campaign, not one battle
      'assaults?\\s+(?:near|in\\s+the\\s+direction\\s+of|towards?)',
      'attack(?:ed|s)?\\s+(?:near|in\\s+the\\s+direction\\s+of|towards?)',
      // the attempt is the battle: "tried to advance", "attempted to break through"
      '(?:tried|attempted|attempting|trying|attempts?)\\s+to\\s+(?:advance|break\\s+through|storm|assault|attack|push\\s+forward)',
      'advanc(?:ed|ing)\\s+(?:towards?|on)',
      // "stormed the village", not "storming 12 kilometres" (an advance's pace)
      'storm(?:ed|ing)\\s+(?:the\\s+)?(?:village|town|city|settlement|positions?|trenches|outskirts)',
    ),
  ],
  anchor: 'object',
  examples: {
    matches: [
      'Heavy fighting continued outside Siversk on Tuesday, the governor said.',
      'Fierce clashes were reported near the village of Bilohorivka.',
      'Government units went on the attack around Hroza on Tuesday, officials said.',
      'Rebel troops launched a fresh assault near Bilohorivka overnight.',
      'Army units beat back an assault near Bilohorivka on Tuesday, the general staff said.',
      'Enemy forces made an unsuccessful attempt to advance on Siversk and were pushed back.',
      'Rebel troops tried to advance near Siversk but were repulsed.',
      'Enemy forces carried out offensive operations in the direction of Lyman on Monday.',
      'Gunmen ambushed a police convoy near Siversk on Monday.',
      'Armed men attacked an army checkpoint outside Siversk overnight.',
    ],
    rejects: [
      'The region has been the scene of heavy fighting for months near Siversk.',
      'The company in Siversk launched a new attack on prices.',
      'Troops broke through near Siversk, storming 12 kilometres in one day.',
      'Farmers near Siversk have fought the pipeline project in court for years.',
    ],
  },
};
