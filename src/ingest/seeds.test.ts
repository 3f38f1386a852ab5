/**
 * The acceptance test of ingestion: the five seed articles against seeds.gold.json
 * ("articles"), read from ../shared when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { ingest, inferUndatedDates } from './index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = path.resolve(root, '../shared/corpus');
const present = existsSync(path.join(shared, 'seeds')) && existsSync(path.join(shared, 'seeds.gold.json'));
if (!present) console.warn(`skipped: seed corpus not found at ${shared}`);

interface GoldArticle {
  file: string;
  outlet: string | null;
  published?: string;
  published_on_or_after?: string;
  language: string;
  url?: string;
  wire?: string[];
}

describe.skipIf(!present)('seed articles (../shared/corpus/seeds)', async () => {
  const gold: GoldArticle[] = present
    ? JSON.parse(readFileSync(path.join(shared, 'seeds.gold.json'), 'utf8')).articles
    : [];
  const ingested: Article[] = [];
  const failures: string[] = [];
  if (present) {
    for await (const r of ingest([path.join(shared, 'seeds')])) {
      if (r.kind === 'article') ingested.push(r.article);
      else failures.push(`${r.file}: ${r.reason}`);
    }
  }
  const batch = inferUndatedDates(ingested);
  const find = (list: Article[], file: string) => list.find((a) => path.basename(a.path) === file)!;

  it('ingests all five without errors', () => {
    expect(failures).toEqual([]);
    expect(ingested).toHaveLength(gold.length);
  });

  for (const g of gold) {
    it(`${g.file}: outlet ${g.outlet}, wire ${JSON.stringify(g.wire ?? [])}, language ${g.language}`, () => {
      const a = find(ingested, g.file);
      expect(a.outlet).toBe(g.outlet);
      expect([...a.wire].sort()).toEqual([...(g.wire ?? [])].sort());
      expect(a.language).toBe(g.language);
      if (g.url) expect(a.url).toBe(g.url);
      // the text is kept exactly as read
      expect(a.text).toBe(readFileSync(path.join(shared, 'seeds', g.file), 'utf8').replace(/^\uFEFF/, ''));
    });
    it(`${g.file}: published ${g.published ?? 'null'}, on or after ${g.published_on_or_after ?? 'null'} (after inferUndatedDates over the batch)`, () => {
      const a = find(batch, g.file);
      expect(a.published).toBe(g.published ?? null);
      if (g.published_on_or_after) expect(a.published_on_or_after).toBe(g.published_on_or_after);
      if (find(ingested, g.file).published === null && a.published !== null) {
        expect(a.messages.some((m) => m.severity === 'info' && /inferred/.test(m.message))).toBe(true);
      }
    });
  }

  it('dates at ingest what the text and its top alone can date', () => {
    // a dateline and a source URL; a lower bound from the latest date; the rest need the batch's year
    expect(
      ingested
        .filter((a) => a.published || a.published_on_or_after)
        .map((a) => [a.outlet, a.published ?? a.published_on_or_after]),
    ).toEqual([
      ['Newsweek', '2022-09-17'],
      ['The Moscow Times', '2022-09-08'],
    ]);
  });

  it('does not credit an outlet as its own wire, nor a photo credit as a wire', () => {
    for (const a of ingested) expect(a.wire).not.toContain(a.outlet);
    expect(find(ingested, gold[0].file).wire).toEqual([]);
  });
});
