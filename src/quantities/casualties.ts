import { each, parseQty, scaled, type QuantityFamily } from './family.js';
import { QTY, S } from './number.js';
import { MODIFIERS, PEOPLE } from './words.js';

/**
 * People killed, injured, evacuated, displaced, captured or missing.
 *
 *   matches:  "six civilians were killed and 14 others wounded" (6 killed, 14 injured)
 *             "the strike killed at least 3 people"; "officials evacuated 2,500 residents"
 *             "the death toll rose to 12"; "the blast killed 9 and injured 20"; "2 million refugees"
 *   must not: "a 27-year-old was wounded" (an age), "in 2014 Russians captured …" (a year),
 *             "a strike on May 3 killed 4" (a day of the month, not a count),
 *             "dozens were hurt" (no number)
 */
const OUTCOME = 'killed|dead|died|deaths?|injured|wounded|hurt|evacuated|displaced|fled|captured|detained|missing|casualties';
const AUX =
  'were|was|have|has|had|been|being|are|is|be|reportedly|also|later|all|now|believed|feared|confirmed|said|reported|to|left';

// "8 people were killed", "27 were injured", "17 others wounded"
const PASSIVE = new RegExp(
  `${QTY}(?:${MODIFIERS}${S}(?:${PEOPLE}))?(?:${S}(?:${AUX})){0,4}${S}(?<outcome>${OUTCOME})\\b`,
  'giu',
);
// "killing 5 people", "evacuated 2,500 residents"
const ACTIVE = new RegExp(
  `\\b(?<outcome>killing|killed|kills|injuring|injured|wounding|wounded|evacuating|evacuated|displacing|displaced|` +
    `capturing|captured|detaining|detained)${S}${QTY}${MODIFIERS}${S}(?:${PEOPLE})\\b`,
  'giu',
);
// "killing 12 and injuring 30": the verb and a bare number, closed by punctuation or "and"
const ACTIVE_BARE = new RegExp(
  `\\b(?<outcome>killing|killed|injuring|injured|wounding|wounded)${S}${QTY}(?=(?:${S})?(?:[,.;)]|$)|${S}(?:and|others|more)\\b)`,
  'giu',
);
// "1.5 million refugees", "some 7,000 displaced people"
const DISPLACED = new RegExp(`${QTY}${S}(?:refugees|IDPs|internally${S}displaced${S}(?:people|persons)|displaced${S}(?:people|persons|residents|civilians))\\b`, 'giu');
// "the death toll rose to 12", "a death toll of 40"
const TOLL = new RegExp(
  `\\b(?:death|casualty)${S}toll(?:${S}(?:has|had|rose|risen|rises|climbed|reached|stood|stands|is|was|now|at|to|of)){1,4}${S}${QTY}`,
  'giu',
);

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

export const casualties: QuantityFamily = {
  name: 'casualties',
  find(text) {
    const found = [];
    for (const re of [PASSIVE, ACTIVE, ACTIVE_BARE]) {
      found.push(
        ...each(re, text, (m) => {
          // "a 27-year-old" never reaches here (no space after the number); an age in words might.
          const p = parseQty(text, m);
          return p ? scaled(m, p, 'people', 'people', 1, countsOf(m.groups?.outcome ?? '')) : null;
        }),
      );
    }
    found.push(
      ...each(DISPLACED, text, (m) => {
        const p = parseQty(text, m);
        return p ? scaled(m, p, 'people', 'people', 1, 'displaced') : null;
      }),
    );
    found.push(
      ...each(TOLL, text, (m) => {
        const p = parseQty(text, m);
        return p ? scaled(m, p, 'people', 'people', 1, 'killed') : null;
      }),
    );
    return found;
  },
};
