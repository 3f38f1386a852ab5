import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/index.js';
import type { Article } from '../model.js';
import { extractQuantities } from './index.js';

// The seed articles and their gold stay in ../shared; nothing of them is copied here.
const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const SEEDS = join(SHARED, 'seeds');
const GOLD = join(SHARED, 'seeds.gold.json');
const present = existsSync(SEEDS) && existsSync(GOLD);
if (!present) console.warn(`seeds test skipped: ${SEEDS} or ${GOLD} not found`);

interface GoldArticle { file: string; published?: string; published_on_or_after?: string }
interface GoldNumeric { file: string; quantity: string; value: number; unit: string; qualifier?: string; normalized_km2?: number }

async function seedArticles(): Promise<Map<string, Article>> {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] };
  const out = new Map<string, Article>();
  for (const g of gold.articles) {
    for await (const r of ingest([join(SEEDS, g.file)])) {
      if (r.kind !== 'article') throw new Error(`${r.file}: ${r.reason}`);
      // The gold's publication dates, not whatever ingest inferred: this test is about resolution.
      const a: Article = { ...r.article, published: g.published ?? null, published_on_or_after: g.published_on_or_after ?? null };
      out.set(g.file, extractQuantities(a));
    }
  }
  return out;
}

describe.skipIf(!present)('seed articles: quantities', async () => {
  const articles = present ? await seedArticles() : new Map<string, Article>();
  const numeric = present ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { numeric_claims: GoldNumeric[] }).numeric_claims : [];

  it('finds every numeric claim of the gold with its SI value and unit', () => {
    const SI: Record<string, string> = { km2: 'km2', 'sq mi': 'km2', km: 'km', items: 'items', people: 'people' };
    const missing: string[] = [];
    for (const n of numeric) {
      const a = articles.get(n.file)!;
      const si = n.normalized_km2 ?? n.value;
      const hit = a.quantities!.find((q) => q.si_unit === SI[n.unit] && Math.abs(q.si_value - si) < 0.05 && (!n.qualifier || q.qualifier === n.qualifier));
      // What the gold says the figure measures, in the words `counts` uses.
      const counts = /territory/.test(n.quantity) ? 'territory' : /depth/.test(n.quantity) ? 'depth of advance'
        : /distance/.test(n.quantity) ? 'distance' : /equipment/.test(n.quantity) ? 'equipment' : 'troops';
      if (!hit) missing.push(`${n.file}: ${n.value} ${n.unit}${n.qualifier ? ` (${n.qualifier})` : ''}`);
      else if (hit.counts !== counts) missing.push(`${n.file}: ${n.value} ${n.unit} counts ${hit.counts}, not ${counts}`);
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
