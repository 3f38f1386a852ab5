/**
 * The seeds' gold entities (../shared/corpus/seeds.gold.json): each is ONE fused entity holding
 * all its variants, with no other gold entity merged in. Reads the articles from ../shared; skips
 * when they are absent. Runs the article stages through `analyseArticle`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Article, Corpus } from '../model.js';
import { analyseArticle } from '../pipeline.js';
import { resolveEntities } from './resolve-corpus.js';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
const seeds = join(shared, 'corpus', 'seeds');
const goldPath = join(shared, 'corpus', 'seeds.gold.json');
const present = existsSync(seeds) && existsSync(goldPath);

interface GoldEntity {
  canonical: string;
  type: string;
  side: string;
  variants: string[];
}

describe.skipIf(!present)('seeds: gold entities', () => {
  if (!present) {
    test.skip('../shared/corpus/seeds is absent', () => {});
    return;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    entities: GoldEntity[];
    articles: { file: string; published?: string; published_on_or_after?: string }[];
  };
  let corpus: Corpus;
  beforeAll(() => {
    const articles: Article[] = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(seeds, f), 'utf8').replace(/^\uFEFF/, '');
        const meta = gold.articles.find((a) => a.file === f);
        return analyseArticle({
          id: f.slice(0, 3),
          path: join(seeds, f),
          format: 'text',
          text,
          title: null,
          url: null,
          outlet: null,
          published: meta?.published ?? null,
          published_on_or_after: meta?.published_on_or_after ?? null,
          wire: [],
          language: 'en',
          duplicate_of: null,
          messages: [],
        });
      });
    corpus = resolveEntities({ articles, entities: [], events: [], disputes: [], checks: [] });
  }, 600_000);
  const lower = (s: string) => s.toLowerCase();

  for (const g of gold.entities) {
    test(`${g.canonical}: one entity with every variant, no other gold entity merged in`, () => {
      const holders = corpus.entities.filter((e) => e.variants.some((v) => g.variants.map(lower).includes(lower(v))));
      expect(
        holders.map((e) => e.canonical),
        `entities holding a variant of ${g.canonical}`,
      ).toHaveLength(1);
      const [e] = holders;
      for (const v of g.variants) expect(e.variants.map(lower), `variant ${v}`).toContain(lower(v));
      for (const other of gold.entities) {
        if (other === g) continue;
        for (const v of other.variants)
          if (!g.variants.map(lower).includes(lower(v)))
            expect(e.variants.map(lower), `${other.canonical} merged in`).not.toContain(lower(v));
      }
    });
  }
});
