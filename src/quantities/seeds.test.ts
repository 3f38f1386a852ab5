import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { present, readGold, seedArticles } from '../testing/seeds.js';
import { extractQuantities } from './index.js';

interface GoldNumeric {
  file: string;
  quantity: string;
  value: number;
  unit: string;
  qualifier?: string;
  normalized_km2?: number;
}

describe.skipIf(!present)('seed articles: quantities', async () => {
  const articles = present ? await seedArticles(extractQuantities) : new Map<string, Article>();
  const numeric = present ? readGold<{ numeric_claims: GoldNumeric[] }>().numeric_claims : [];

  it('finds every numeric claim of the gold with its SI value and unit', () => {
    const SI: Record<string, string> = { km2: 'km2', 'sq mi': 'km2', km: 'km', items: 'items', people: 'people' };
    const missing: string[] = [];
    for (const n of numeric) {
      const a = articles.get(n.file)!;
      const si = n.normalized_km2 ?? n.value;
      const hit = a.quantities!.find(
        (q) =>
          q.si_unit === SI[n.unit] && Math.abs(q.si_value - si) < 0.05 && (!n.qualifier || q.qualifier === n.qualifier),
      );
      // What the gold says the figure measures, in the words `counts` uses.
      const counts = /territory/.test(n.quantity)
        ? 'territory'
        : /depth/.test(n.quantity)
          ? 'depth of advance'
          : /distance/.test(n.quantity)
            ? 'distance'
            : /equipment/.test(n.quantity)
              ? 'equipment'
              : 'troops';
      if (!hit) missing.push(`${n.file}: ${n.value} ${n.unit}${n.qualifier ? ` (${n.qualifier})` : ''}`);
      else if (hit.counts !== counts)
        missing.push(`${n.file}: ${n.value} ${n.unit} counts ${hit.counts}, not ${counts}`);
    }
    expect(missing).toEqual([]);
  });

  it('reads a territory figure written with and without a thousands separator', () => {
    const file = numeric.find((n) => n.unit === 'km2' && n.value === 1000 && !n.qualifier)!.file;
    const q = articles.get(file)!.quantities!.filter((x) => x.si_unit === 'km2' && x.value === 1000);
    expect(q.some((x) => x.text.includes('1,000'))).toBe(true);
    expect(q.some((x) => /\b1000\b/.test(x.text))).toBe(true);
  });
});
