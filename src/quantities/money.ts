import type { QuantityMatch } from './family.js';
import { each, parseQty, scaled, type QuantityFamily } from './family.js';
import { NUMBER, QTY, QUALIFIER, S } from './number.js';

/**
 * Sums of money, in the currency stated (no exchange rates offline).
 *
 *   matches:  "a further $1.5 billion in aid"; "€300 million"; "about 40 million euros"
 *   must not: "$" alone, "billions of dollars" (no number)
 */
const SYMBOLS: [RegExp, string][] = [
  [/^(?:US\$|\$|USD|dollars?)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?(?: sterling)?)$/i, 'GBP'],
  [/^(?:UAH|hryvnias?|hryvnyas?)$/i, 'UAH'],
  [/^(?:RUB|rubles?|roubles?)$/i, 'RUB'],
];
const SCALE: Record<string, number> = { bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3 };

// "$2.2 billion", "US$ 40m", "EUR 5 million"
const SYMBOL_FIRST = new RegExp(
  `${QUALIFIER}(?<cur>US\\$|\\$|€|£|(?:USD|EUR|GBP|UAH|RUB)(?=${S}))(?:${S})?(?<num>${NUMBER})(?:(?<scale>bn|mln|mn|m|b|k)|${S}(?<scale2>bn|mln|mn|m))?(?![\\w])`,
  'giu',
);
// "40 million euros", "2 billion dollars"
const WORD_AFTER = new RegExp(`${QTY}${S}(?<cur>dollars?|euros?|pounds${S}sterling|pounds|hryvnias?|hryvnyas?|rubles?|roubles?)\\b`, 'giu');

function currency(written: string): string | null {
  return SYMBOLS.find(([re]) => re.test(written.replace(/\s+/g, ' ')))?.[1] ?? null;
}

export const money: QuantityFamily = {
  name: 'money',
  find(text) {
    const out: QuantityMatch[] = [];
    for (const re of [SYMBOL_FIRST, WORD_AFTER]) {
      out.push(
        ...each(re, text, (m) => {
          const p = parseQty(text, m);
          const cur = currency(m.groups?.cur ?? '');
          if (!p || !cur) return null;
          const scale = SCALE[(m.groups?.scale ?? m.groups?.scale2 ?? '').toLowerCase()] ?? 1;
          p.value = Number((p.value * scale).toPrecision(12));
          return scaled(m, p, cur, cur, 1, 'money');
        }),
      );
    }
    return out;
  },
};
