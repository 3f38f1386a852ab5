import { after, before, family, scaled, type QuantityMatch } from './family.js';
import { S } from './number.js';
import { MODIFIERS, PEOPLE } from './words.js';

/**
 * People killed, injured, evacuated, displaced, captured or missing.
 *
 *   matches:  "six civilians were killed and 14 others wounded" (6 killed, 14 injured)
 *             "the strike killed at least 3 people"; "officials evacuated 2,500 residents"
 *             "the death toll rose to 12"; "the blast killed 9 and injured 20"; "2 million refugees"
 *   must not: "a 27-year-old was wounded" (an age), "in 2014 fighters captured …" (a year),
 *             "a strike on May 3 killed 4" (a day of the month, not a count),
 *             "dozens were hurt" (no number)
 */
const OUTCOME =
  'killed|dead|died|deaths?|injured|wounded|hurt|evacuated|displaced|fled|captured|detained|missing|casualties';
const AUX =
  'were|was|have|has|had|been|being|are|is|be|reportedly|also|later|all|now|believed|feared|confirmed|said|reported|to|left';

// "8 people were killed", "27 were injured", "17 others wounded"
const PASSIVE = new RegExp(
  `(?:${MODIFIERS}${S}(?:${PEOPLE}))?(?:${S}(?:${AUX})){0,4}${S}(?<outcome>${OUTCOME})\\b`,
  'iy',
);
// "killing 5 people", "evacuated 2,500 residents"
const ACTIVE_VERB =
  /\b(?<outcome>killing|killed|kills|injuring|injured|wounding|wounded|evacuating|evacuated|displacing|displaced|capturing|captured|detaining|detained)[ \t\u00a0]+$/i;
const ACTIVE_NOUN = new RegExp(`${MODIFIERS}${S}(?:${PEOPLE})\\b`, 'iy');
// "killing 12 and injuring 30": a bare number closed by punctuation or "and"
const BARE_VERB = /\b(?<outcome>killing|killed|injuring|injured|wounding|wounded)[ \t\u00a0]+$/i;
const BARE_END = new RegExp(`(?=(?:${S})?(?:[,.;)]|$)|${S}(?:and|others|more)\\b)`, 'iy');
// "1.5 million refugees", "some 7,000 displaced people"
const DISPLACED = new RegExp(
  `${S}(?:refugees|IDPs|internally${S}displaced${S}(?:people|persons)|displaced${S}(?:people|persons|residents|civilians))\\b`,
  'iy',
);
// "the death toll rose to 12", "a death toll of 40"
const TOLL =
  /\b(?:death|casualty)[ \t\u00a0]+toll(?:[ \t\u00a0]+(?:has|had|rose|risen|rises|climbed|reached|stood|stands|is|was|now|at|to|of)){1,4}[ \t\u00a0]+$/i;

function countsOf(outcome: string): string {
  const o = outcome.toLowerCase();
  if (/^(?:kill|dead|died|death)/.test(o)) return 'killed';
  if (/^(?:injur|wound|hurt)/.test(o)) return 'injured';
  if (/^evacuat/.test(o)) return 'evacuated';
  if (/^(?:displac|fled)/.test(o)) return 'displaced';
  if (/^(?:captur|detain)/.test(o)) return 'captured';
  if (o === 'missing') return 'missing';
  return 'casualties';
}

export const casualties = family('casualties', (text, hit) => {
  const out: QuantityMatch[] = [];
  const people = (start: number, end: number, counts: string) =>
    out.push(scaled(hit, start, end, 'people', 'people', 1, counts));
  const passive = after(PASSIVE, text, hit.end);
  if (passive) people(hit.start, passive.index + passive[0].length, countsOf(passive.groups!.outcome));
  const verb = before(ACTIVE_VERB, text, hit.start);
  if (verb) {
    const noun = after(ACTIVE_NOUN, text, hit.end);
    if (noun) people(verb.start, noun.index + noun[0].length, countsOf(verb.m.groups!.outcome));
    else if (after(BARE_END, text, hit.end) && BARE_VERB.test(verb.m[0]))
      people(verb.start, hit.end, countsOf(verb.m.groups!.outcome));
  }
  const displaced = after(DISPLACED, text, hit.end);
  if (displaced) people(hit.start, displaced.index + displaced[0].length, 'displaced');
  const toll = before(TOLL, text, hit.start);
  if (toll) people(toll.start + toll.m[0].search(/\S/), hit.end, 'killed');
  return out;
});
