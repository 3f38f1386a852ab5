import { type TriggerFamily } from '../family.js';

// Who the violence falls on: people by their trade, age, sex or plight, unarmed by what they are.
// Soldiers and fighters are not here: killing them is a battle.
const VICTIM =
  '(?:civilians?|farmers?|pastoralists?|herders?|shepherds?|villagers?|residents?|traders?|merchants?|vendors?|' +
  'women|woman|girls?|boys?|child(?:ren)?|men|man|persons?|people|IDPs?|(?:internally\\s+)?displaced(?:\\s+(?:persons|people))?|' +
  'passengers?|students?|(?:aid\\s+|humanitarian\\s+|health\\s+)?workers?|worshippers?|teachers?|drivers?|citizens?|famil(?:y|ies)|' +
  'youths?|journalists?|doctors?|nurses?|engineers?|miners?|fishermen|pilgrims|refugees|detainees|prisoners|elders?|chiefs?|mayor|tourists?|' +
  '(?:group\\s+)?members\\s+of|(?:ethnic\\s+)?group\\s+members|' +
  // a civilian vehicle on the road: its people are the victims (not "a military vehicle")
  "(?:(?:commercial|commerial|passenger|passengers['’]|civilian|private|humanitarian|aid|NGO|public|coal-charger)\\s+)(?:vehicles?|cars?|lorr(?:y|ies)|trucks?|bus(?:es)?|convoys?)|" +
  'homes?\\s+of|houses?\\s+of|(?:IDP|displacement|refugee)\\s+camps?)';
// up to three words before the victim: a count, a trade, a people ("two Masalit farmers", "an elderly man")
const BEFORE_VICTIM =
  '(?:(?:an?|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|dozens\\s+of|scores\\s+of|at\\s+least\\s+\\d+|[\\p{L}-]+)\\s+){0,3}';
const ACT =
  '(?:shot\\s+and\\s+(?:killed|injured|wounded)|shot\\s+(?:dead|at)|stabbed(?:\\s+to\\s+death)?|beat(?:en)?(?:\\s+(?:to\\s+death|up))?|' +
  'killed|murdered|attacked|assaulted|whipped|flogged|tortured|executed|massacred|opened\\s+fire\\s+on|fired\\s+(?:at|on)|set\\s+fire\\s+to|burned|burnt)';
const PERPETRATOR =
  '(?:gunm[ae]n|armed\\s+(?:men|group|persons?|militia)|militia(?:men)?|soldiers?|troops|security\\s+forces|police(?:men)?|assailants|attackers|' +
  'herders|raiders|fighters|unknown\\s+(?:men|persons|people)|unidentified\\s+(?:men|persons|people))';

/**
 * Armed people harming unarmed ones directly: killings, shootings, beatings, torture, executions,
 * burning homes (ACLED: Violence against civilians / Attack). The trigger is the act with its
 * victim ("shot and killed two farmers", "attacked displaced people"), or a victim "killed by" an
 * armed perpetrator; strikes, shelling, explosions and clashes are other events (their families),
 * so a sentence that reports one of those is left to them. Sexual violence is `sexual-violence.ts`,
 * abductions `abduction.ts`.
 *
 *   matches:  "Residents said soldiers executed three men in Yahidne."
 *             "Gunmen shot and killed two farmers near El Fasher on Monday."
 *             "A trader was killed by armed men in Nyala on Sunday."
 *   must not: "Moscow denied that its troops had ever tortured anyone in Yahidne." (a denial)
 *             "Shelling killed two civilians in Nyala on Sunday." (a strike: shelling)
 *             "Gunmen killed three soldiers near El Fasher." (soldiers: a battle)
 */
export const violenceAgainstCivilians: TriggerFamily = {
  name: 'violence-against-civilians',
  event_type: 'Violence against civilians',
  sub_event_type: 'Attack',
  triggers: [
    // a raid on a settlement that harms its people: "attacked Kullu village, killing one person"
    new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:attacked|raided|stormed|burn(?:ed|t)(?:\\s+down)?)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,2}(?:villages?|markets?|camps?|settlements?|homes|houses)(?![\\p{L}\\p{N}])(?=[^.;]*\\b(?:killing|killed|injuring|injured|wounding|wounded|displacing|displaced)\\s+(?:[\\p{L}-]+\\s+){0,3}?${VICTIM})`,
      'giu',
    ),
    new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${ACT}\\s+${BEFORE_VICTIM}${VICTIM}|executed|massacred?|tortured|shot\\s+dead)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:was|were)\\s+(?:shot\\s+dead|shot|killed|murdered|stabbed|beaten|attacked|assaulted|wounded|injured|tortured|executed)\\s+by\\s+(?:an?\\s+|the\\s+|some\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${PERPETRATOR}(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  ],
  anchor: 'object',
  // the sentence reports a strike, a blast or a battle: that family codes it
  unless:
    /\b(?:shell(?:s|ed|ing)?|artillery|missiles?|rockets?|air\s*strikes?|strikes?|drones?|bomb(?:s|ed|ing|ings)?|explosions?|exploded|blasts?|landmines?|mines?|IEDs?|grenades?|mortars?|clash(?:es|ed)?|fighting|battles?|crossfire)\b/iu,
  examples: {
    matches: [
      'Residents said soldiers executed three men in Yahidne.',
      'Gunmen shot and killed two farmers near El Fasher on Monday.',
      'A trader was killed by armed men in Nyala on Sunday.',
      'Armed men attacked a village near Nyala, killing two people and injuring three others.',
      'Gunmen attacked a commercial vehicle near Nyala and wounded the driver.',
    ],
    rejects: [
      'Moscow denied that its troops had ever tortured anyone in Yahidne.',
      'Shelling killed two civilians in Nyala on Sunday.',
      'Gunmen killed three soldiers near El Fasher.',
      'Troops attacked a village near Nyala, killing three soldiers.',
    ],
  },
};
