/**
 * The seed articles and their gold, read from ../shared for the seeds tests; nothing of them is
 * copied into the repository. When ../shared is absent the tests skip and say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/index.js';
import type { Article } from '../model.js';

const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const SEEDS = join(SHARED, 'seeds');
const GOLD = join(SHARED, 'seeds.gold.json');
export const present = existsSync(SEEDS) && existsSync(GOLD);
if (!present) console.warn(`seeds test skipped: ${SEEDS} or ${GOLD} not found`);

export interface GoldArticle {
  file: string;
  published?: string;
  published_on_or_after?: string;
}

/** The gold, parsed; each test names the parts it reads. */
export function readGold<T>(): T {
  return JSON.parse(readFileSync(GOLD, 'utf8')) as T;
}

/** Every seed article of the gold, ingested, with the gold's publication dates, then run through `stage`. */
export async function seedArticles(stage: (a: Article) => Article): Promise<Map<string, Article>> {
  const gold = readGold<{ articles: GoldArticle[] }>();
  const out = new Map<string, Article>();
  for (const g of gold.articles) {
    for await (const r of ingest([join(SEEDS, g.file)])) {
      if (r.kind !== 'article') throw new Error(`${r.file}: ${r.reason}`);
      // The gold's publication dates, not whatever ingest inferred: these tests are about resolution.
      const a: Article = {
        ...r.article,
        published: g.published ?? null,
        published_on_or_after: g.published_on_or_after ?? null,
      };
      out.set(g.file, stage(a));
    }
  }
  return out;
}
