import type { NumberHit } from './number.js';
import { after, before, family, scaled } from './family.js';
import { qualifierOf, QUALIFIER, S } from './number.js';

/**
 * Sums of money, in the currency stated (no exchange rates offline).
 *
 *   matches:  "a further $1.5 billion in aid"; "€300 million"; "about 40 million euros"
 *   must not: "$" alone, "billions of dollars" (no number)
 */
const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|\$|USD|dollars?)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?(?: sterling)?)$/i, 'GBP'],
  [/^(?:UAH|hryvnias?|hryvnyas?)$/i, 'UAH'],
  [/^(?:RUB|rubles?|roubles?)$/i, 'RUB'],
];
const SCALE: ReadonlyMap<string, number> = new Map(
  Object.entries({ bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3 }),
);

// "$2.2 billion", "US$ 40m", "more than EUR 5 million": the symbol sits between qualifier and number
const SYMBOL = new RegExp(`${QUALIFIER}(?<cur>US\\$|\\$|€|£|(?:USD|EUR|GBP|UAH|RUB)${S})(?:${S})?$`, 'i');
const SYMBOL_SCALE = new RegExp(`(?:(?<scale>bn|mln|mn|m|b|k)|${S}(?<scale2>bn|mln|mn|m))?(?![\\w])`, 'iy');
// "40 million euros", "2 billion dollars"
const WORD_AFTER = new RegExp(
  `${S}(?<cur>dollars?|euros?|pounds${S}sterling|pounds|hryvnias?|hryvnyas?|rubles?|roubles?)\\b`,
  'iy',
);

function currency(written: string): string | null {
  return CURRENCIES.find(([re]) => re.test(written.trim().replace(/\s+/g, ' ')))?.[1] ?? null;
}

export const money = family('money', (text, hit: NumberHit) => {
  // A symbol in front: only when the number carries no qualifier of its own ("more than $5").
  const symbol = hit.start === hit.numStart ? before(SYMBOL, text, hit.numStart) : null;
  if (symbol) {
    const cur = currency(symbol.m.groups!.cur);
    const scale = after(SYMBOL_SCALE, text, hit.end);
    if (!cur || !scale) return null;
    const factor = SCALE.get((scale.groups!.scale ?? scale.groups!.scale2 ?? '').toLowerCase()) ?? 1;
    const value = Number((hit.value * factor).toPrecision(12));
    const qualifier = qualifierOf(symbol.m.groups!.qual);
    return scaled({ ...hit, value, qualifier }, symbol.start, scale.index + scale[0].length, cur, cur, 1, 'money');
  }
  const word = after(WORD_AFTER, text, hit.end);
  const cur = word ? currency(word.groups!.cur) : null;
  return word && cur ? scaled(hit, hit.start, word.index + word[0].length, cur, cur, 1, 'money') : null;
});
