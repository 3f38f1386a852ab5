/**
 * What the crowd did and how it was met. Demonstrators who turn violent — stones, fire, storming
 * a building, fighting the police — make a riot (ACLED: Riots / Violent demonstration). Otherwise
 * the protest's sub-type is how it was met: left alone ("Peaceful protest"), dispersed,
 * gassed or arrested ("Protest with intervention"), or met with force that kills or gravely
 * wounds — live fire, deaths ("Excessive force against protesters"). Read from the protest's
 * sentence and the rest of its paragraph (at most the next two sentences), where reports and
 * coders' notes say what the police did.
 *
 *   intervention: "Police fired tear gas to disperse the crowd."
 *   excessive:    "Security forces fired live ammunition; two demonstrators were killed."
 */
const EXCESSIVE =
  /\b(?:live\s+(?:ammunition|bullets?|rounds|fire)|shot\s+(?:dead|and\s+killed)|(?:killed|killing)\s+(?:an?\s+|one\s+|two\s+|three\s+|\d+\s+|several\s+)?(?:protesters?|demonstrators?|people|persons?|students?)|(?:protesters?|demonstrators?)\s+(?:was|were)\s+(?:shot\s+dead|killed)|(?:was|were)\s+killed|died\s+of\s+(?:gunshot|bullet)|gunshot\s+wounds?)\b/iu;
const INTERVENTION =
  /\b(?:tear\s*gas|teargas|stun\s+grenades?|rubber\s+bullets?|water\s+cannons?|batons?|dispers(?:e|ed|ing|al)|broke\s+up|arrest(?:ed|s)?|detain(?:ed|s)?|beat(?:en|ing)?|intervened|cracked\s+down|crackdown|forcibly\s+removed|cleared\s+the\s+(?:sit-in|square|crowd))\b/iu;

const VIOLENT =
  /\b(?:threw\s+(?:stones|rocks|bricks|molotov|petrol\s+bombs|fire\s*bombs|objects)|(?:hurled|pelted)\s+(?:\w+\s+){0,3}?(?:stones|rocks|bricks)|stone-throwing|burn(?:ed|t|ing)\s+(?:\w+\s+){0,2}?(?:tyres|tires|cars|vehicles|buildings?|offices?|(?:police\s+)?stations?|headquarters|shops|houses|homes)|set\s+(?:\w+\s+){0,3}?(?:on\s+fire|ablaze)|set\s+fire\s+to|torched|stormed|vandali[sz]ed|smashed|barricad(?:ed|es|ing)|looted|ransacked|attacked\s+(?:the\s+)?(?:police|security\s+forces|officers|soldiers|(?:police\s+)?stations?)|clashed\s+with\s+(?:the\s+)?(?:police|security\s+forces))\b/iu;

type ProtestSubEvent =
  'Peaceful protest' | 'Protest with intervention' | 'Excessive force against protesters' | 'Violent demonstration';

/** The sub-type; 'Violent demonstration' is a riot's (ACLED: Riots), the others a protest's. */
export function protestSubEvent(text: string): ProtestSubEvent {
  if (VIOLENT.test(text)) return 'Violent demonstration';
  if (EXCESSIVE.test(text)) return 'Excessive force against protesters';
  if (INTERVENTION.test(text)) return 'Protest with intervention';
  return 'Peaceful protest';
}
