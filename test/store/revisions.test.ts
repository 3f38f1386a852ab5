/**
 * An article's revision (migration 10) tells a reader that holds the article's row whether to
 * read it again: it must change whenever what the article serves changes (its row, its duplicate
 * link, the layers the corpus stages rewrote) and stay when a corpus pass writes the same again.
 * On both backends; a store's dump leaves it out (it numbers writes, which depend on the runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteBackend, type StoreBackend } from '../../src/store/backend.js';
import { Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres.js';
import type { ArticleCorpusRow, ArticleRevision, StoredRow } from '../../src/store/rows.js';
import { article } from '../cli/fixtures.js';
import { dropSchemas, pgUp, scratchSchema } from '../pg/harness.js';

const dirs: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (pgUp && schemas.length) await dropSchemas(...schemas);
});

const corpusRow = (id: string, over: Partial<ArticleCorpusRow> = {}): ArticleCorpusRow => ({
  id,
  rewritten: null,
  duplicate_of: null,
  in_corpus: 1,
  corpus_key: 'k',
  ...over,
});

async function revisions(store: StoreBackend): Promise<Map<string, number>> {
  return store.readCorpus(async (read) => {
    const out: ArticleRevision[] = [];
    for await (const r of read.rows.articleRevisions()) out.push(r);
    return new Map(out.map((r) => [r.id, r.revision]));
  });
}

async function rows(store: StoreBackend, ids?: string[]): Promise<StoredRow[]> {
  return store.readCorpus(async (read) => {
    const out: StoredRow[] = [];
    for await (const r of ids ? read.rows.articlesWithIds(ids) : read.rows.articles()) out.push(r);
    return out;
  });
}

async function revisesWhatChanges(store: StoreBackend): Promise<void> {
  const a = article({ id: 'a', text: 'Troops entered Izium on Saturday.' });
  const b = article({ id: 'b', text: 'Troops entered Izium on Saturday, officials said.' });
  await store.saveArticle(a);
  await store.saveArticle(b);
  let was = await revisions(store);
  // in the order of the rows, each above 0 and apart
  expect([...was.keys()]).toEqual((await rows(store)).map((r) => r.id));
  expect(was.get('a')).toBeGreaterThan(0);
  expect(was.get('b')).toBeGreaterThan(was.get('a')!);

  const step = async (write: () => Promise<void>, moved: string[]): Promise<void> => {
    await write();
    const now = await revisions(store);
    const top = Math.max(...was.values());
    for (const id of ['a', 'b']) {
      if (moved.includes(id)) expect(now.get(id), id).toBeGreaterThan(top);
      else expect(now.get(id), id).toBe(was.get(id));
    }
    was = now;
  };
  // a corpus pass that finds nothing to change: no new revision, though it marks both settled
  await step(() => store.saveArticleCorpus([corpusRow('a'), corpusRow('b')]), []);
  // a duplicate link, then rewritten layers, then the same again
  await step(() => store.saveArticleCorpus([corpusRow('a'), corpusRow('b', { duplicate_of: 'a' })]), ['b']);
  await step(() => store.saveArticleCorpus([corpusRow('a', { rewritten: '{"claims":[]}' })]), ['a']);
  await step(() => store.saveArticleCorpus([corpusRow('a', { rewritten: '{"claims":[]}' })]), []);
  await step(() => store.saveArticleCorpus([corpusRow('a', { rewritten: null })]), ['a']);
  // the article stored again (analysed anew, say)
  await step(() => store.saveArticle({ ...a, title: 'Izium' }), ['a']);

  // an article's row by id is its row in the whole reading, revision included
  const whole = (await rows(store)).find((r) => r.id === 'b');
  expect(await rows(store, ['b'])).toEqual([whole]);
  expect(whole?.revision).toBe(was.get('b'));
  expect(await rows(store, [])).toEqual([]);
}

describe('article revisions', () => {
  it('SQLite: change with what an article serves, and only then; the dump leaves them out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-revisions-'));
    dirs.push(dir);
    const store = Store.open(join(dir, 's.db'));
    try {
      await revisesWhatChanges(new SqliteBackend(store));
      expect(store.dump()).toContain('== articles');
      expect(store.dump()).not.toContain('"revision"');
    } finally {
      store.close();
    }
  });

  it.skipIf(!pgUp)('PostgreSQL: change with what an article serves, and only then', async () => {
    const { schema, url } = scratchSchema('revisions');
    schemas.push(schema);
    const store = await PgStore.open(url);
    try {
      await revisesWhatChanges(store);
    } finally {
      await store.close();
    }
  });
});
