import { countryDemonyms } from '../geo/demonyms.js';
import { S } from './number.js';

/**
 * Word slots shared by the families that count people and things.
 *
 *   "1,300 paramilitary troops": up to two modifiers ("paramilitary") between number and noun
 *   "12 of the soldiers": "of" stops the modifier slot, so nothing is counted
 */
const STOP =
  'of|and|or|but|the|a|an|in|on|at|to|from|by|with|for|were|was|is|are|be|been|being|have|has|had|who|which|that|' +
  'km|kms|kilometers|kilometres|miles|square|percent|per|years?|days?|weeks?|months?|hours?|minutes?|times';

/** Up to two modifiers between a number and its noun ("Kenyan", "paramilitary", "locally-made"). */
export const MODIFIERS = `(?:${S}(?!(?:${STOP})\\b)[A-Za-z][A-Za-z'’-]{1,24}){0,2}`;

/** Nouns for people, singular and plural; a nationality is one too ("300 Kenyans were evacuated"). */
export const PEOPLE =
  'people|persons?|civilians?|residents?|inhabitants?|children|child|kids|women|woman|men|man|others|more|' +
  'soldiers?|servicem[ae]n|service\\s+members|troops|fighters?|paratroopers?|marines?|mercenaries|personnel|' +
  'conscripts?|reservists?|police(?:men|\\s+officers)?|officers?|workers?|journalists?|patients?|individuals?|' +
  'citizens?|villagers?|volunteers?|militants?|combatants?|prisoners?|POWs|peacekeepers?|staff|crew\\s+members|' +
  'victims?|passengers?|students?|pupils?|doctors?|medics?|' +
  countryDemonyms()
    .map((d) => `${d}s?`)
    .join('|');
