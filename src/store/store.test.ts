import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, countedArticle, exportCorpus, sampleCorpus } from '../../test/cli/fixtures.js';
import { exportsBothWays } from '../../test/cli/formats.js';
import { SqliteBackend } from './backend.js';
import { Store } from './index.js';
import { migrations } from './migrations.js';
import { countsOf, encodeCounts } from './census.js';
import { articleRow } from './rows.js';
import type { Article } from '../model.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stores an article as a version before 9 did: its row without the `counts` column. */
function saveBeforeCounts(store: Store, a: Article): void {
  const { counts: _, ...row } = articleRow(a);
  const columns = Object.keys(row);
  store.db
    .prepare(
      `INSERT OR REPLACE INTO articles (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
    )
    .run(row);
}

describe('Store', () => {
  it('applies the migrations once, in a WAL-mode file, recording version and name', () => {
    const path = join(dir, 'nested', 'a.db');
    const all = migrations.map(({ version, name }) => ({ version, name }));
    const store = Store.open(path);
    expect(store.schemaVersions()[0]).toEqual({ version: 1, name: 'core' });
    expect(store.schemaVersions()).toEqual(all);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
    const again = Store.open(path);
    expect(again.schemaVersions()).toEqual(all);
    again.close();
  });

  it('keeps no tokens: saving drops them, and opening an older store strips those it kept', () => {
    const tokens = [{ text: 'Troops', start: 0, end: 6, pos: 'NOUN', sentence: 0 }];
    const a = { ...article({ id: 'tok', path: 'in/tok.txt', text: 'Troops held.' }), tokens, claims: [] } as never;
    const fresh = Store.open(join(dir, 'fresh.db'));
    fresh.saveArticle(a);
    expect(fresh.loadArticle('tok')).not.toHaveProperty('tokens');
    expect(fresh.loadArticle('tok')).toHaveProperty('claims', []);
    fresh.close();

    const path = join(dir, 'old.db');
    const old = Store.open(
      path,
      migrations.filter((m) => m.version < 5),
    );
    saveBeforeCounts(old, a);
    // what a store written before version 5 holds
    old.db.prepare("UPDATE articles SET layers = json_set(layers, '$.tokens', json(?))").run(JSON.stringify(tokens));
    expect(old.loadArticle('tok')).toHaveProperty('tokens');
    old.close();
    const upgraded = Store.open(path);
    expect(upgraded.loadArticle('tok')).not.toHaveProperty('tokens');
    expect(upgraded.loadArticle('tok')).toHaveProperty('claims', []);
    upgraded.close();
  });

  it('reads the holder claims of a store written when their layer was called `control`', () => {
    const claims = [{ id: 'h1', articleId: 'old', holder: 'Ukraine', basis: 'statement' }];
    const path = join(dir, 'before-7.db');
    const old = Store.open(
      path,
      migrations.filter((m) => m.version < 7),
    );
    // what a store written before version 7 holds, in both places the layers live
    saveBeforeCounts(old, {
      ...article({ id: 'old', path: 'in/old.txt', text: 'Troops held the town.' }),
      control: claims,
      claims: [],
    } as never);
    old.db
      .prepare('INSERT INTO article_corpus_layers (article_id, layers) VALUES (?, ?)')
      .run('old', JSON.stringify({ control: claims, messages: [] }));
    old.close();
    const upgraded = Store.open(path);
    const stored = upgraded.loadArticle('old');
    expect(stored).toHaveProperty('holderClaims', claims);
    expect(stored).not.toHaveProperty('control');
    expect(stored).toHaveProperty('claims', []);
    const layers = upgraded.db.prepare('SELECT layers FROM article_corpus_layers').pluck().get() as string;
    expect(JSON.parse(layers)).toEqual({ messages: [], holderClaims: claims });
    upgraded.close();
  });

  it('counts the layers of a store written before it kept their counts, as it counts them on saving', () => {
    const a = countedArticle('counted');
    const path = join(dir, 'before-9.db');
    const old = Store.open(
      path,
      migrations.filter((m) => m.version < 9),
    );
    saveBeforeCounts(old, a);
    old.close();
    const upgraded = Store.open(path);
    const stored = upgraded.db.prepare('SELECT counts FROM articles').pluck().get() as string;
    expect(stored).toBe(encodeCounts(countsOf(a)));
    // toponyms, demonyms (absent), entities (absent), claims, …, events, …; then the resolved toponyms
    expect(JSON.parse(stored)).toEqual([2, null, null, 0, null, null, 1, null, null, 1]);
    expect(upgraded.loadHeld([]).counts.get('counted')).toEqual(countsOf(a));
    // a version from before the column, still writing to the upgraded store, leaves it empty
    const later = { ...a, id: 'later', path: 'later.txt', events: [] } as Article;
    saveBeforeCounts(upgraded, later);
    expect(upgraded.db.prepare("SELECT counts FROM articles WHERE id = 'later'").pluck().get()).toBeNull();
    expect(upgraded.loadHeld([]).counts.get('later')).toEqual(countsOf(later));
    upgraded.close();
  });

  it('applies a later migration on an existing store, and rolls back a failing one whole', () => {
    const path = join(dir, 'm.db');
    Store.open(path, migrations.slice(0, 1)).close();
    const extra = [...migrations, { version: 100, name: 'extra', up: 'CREATE TABLE extra (x INTEGER)' }];
    const s = Store.open(path, extra);
    expect(s.schemaVersions().map((m) => m.version)).toEqual(extra.map((m) => m.version));
    s.close();
    const broken = [...extra, { version: 101, name: 'broken', up: 'CREATE TABLE half (x); CREATE TABLE half (y);' }];
    expect(() => Store.open(path, broken)).toThrow();
    const after = Store.open(path, extra);
    expect(after.schemaVersions().map((m) => m.version)).toEqual(extra.map((m) => m.version));
    expect(after.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    after.close();
  });

  it('stores an article with its layers and gives it back equal, in path order', () => {
    const store = Store.open(join(dir, 'a.db'));
    const { articles } = sampleCorpus();
    for (const a of [...articles].reverse()) store.saveArticle(a);
    expect(store.hasArticle('a1')).toBe(true);
    expect(store.hasArticle('zz')).toBe(false);
    expect(store.loadArticles()).toEqual([articles[1], articles[0]]);
    const light = store.loadArticles({ layers: false });
    expect(light[1].toponyms).toBeUndefined();
    expect(light[1].text).toBe(articles[0].text);
    store.close();
  });

  it('replaces corpus results and duplicate_of as a whole, and loads them back', () => {
    const store = Store.open(join(dir, 'c.db'));
    const corpus = sampleCorpus();
    for (const a of corpus.articles) store.saveArticle(a);
    const linked = { ...corpus, articles: [corpus.articles[0], { ...corpus.articles[1], duplicate_of: 'a1' }] };
    store.saveCorpus(linked);
    const loaded = store.loadCorpus();
    expect(loaded.events).toEqual(corpus.events);
    expect(loaded.disputes).toEqual(corpus.disputes);
    expect(loaded.checks).toEqual(corpus.checks);
    expect(loaded.entities).toEqual(corpus.entities);
    expect(loaded.articles.find((a) => a.id === 'b2')?.duplicate_of).toBe('a1');

    store.saveCorpus({ ...corpus, events: [], disputes: [], checks: [], entities: [] });
    const emptied = store.loadCorpus();
    expect(emptied.events).toEqual([]);
    expect(emptied.checks).toEqual([]);
    expect(emptied.articles.every((a) => a.duplicate_of === null)).toBe(true);
    expect(store.db.prepare('SELECT count(*) AS n FROM event_reports').get()).toEqual({ n: 0 });
    store.close();
  });

  it('holds the same content whatever order the articles and results were written in', () => {
    const corpus = sampleCorpus();
    const one = Store.open(join(dir, '1.db'));
    const two = Store.open(join(dir, '2.db'));
    for (const a of corpus.articles) one.saveArticle(a);
    one.saveCorpus(corpus);
    for (const a of [...corpus.articles].reverse()) two.saveArticle(a);
    two.saveArticle(corpus.articles[0]);
    two.saveCorpus({ ...corpus, events: [...corpus.events].reverse() });
    two.saveCorpus(corpus);
    expect(two.dump()).toBe(one.dump());
    expect(one.dump()).toContain('== schema_migrations');
    one.close();
    two.close();
  });

  it('leaves nothing of an article whose save fails', () => {
    const store = Store.open(join(dir, 'f.db'));
    const bad = article({ id: 'x', text: 'A sentence.' }) as unknown as Record<string, unknown>;
    bad.path = null; // violates NOT NULL
    expect(() => store.saveArticle(bad as never)).toThrow();
    expect(store.articleCount()).toBe(0);
    store.close();
  });

  it('keeps the layers the corpus stages rewrote apart from what the article stages stored', () => {
    const store = Store.open(join(dir, 'l.db'));
    const corpus = sampleCorpus();
    for (const a of corpus.articles) store.saveArticle(a);
    const [a1, b2] = corpus.articles;
    const claims = a1.claims!.map((c) => ({
      ...c,
      speaker: { entity: 'corpus-e7', canonical: 'Oleh Syniehubov', side: 'Ukraine' as const },
    }));
    store.saveCorpus({ ...corpus, articles: [{ ...a1, claims }, { ...b2 }] });
    // the corpus view carries the rewritten claims; the corpus stages' input stays as stored
    expect(store.loadCorpus().articles.find((a) => a.id === 'a1')?.claims?.[0].speaker?.entity).toBe('corpus-e7');
    expect(store.loadArticles().find((a) => a.id === 'a1')?.claims?.[0].speaker).toEqual(a1.claims![0].speaker);
    expect(store.db.prepare('SELECT article_id FROM article_corpus_layers').all()).toEqual([{ article_id: 'a1' }]);
    // a corpus run that changes nothing leaves nothing behind
    store.saveCorpus(corpus);
    expect(store.db.prepare('SELECT count(*) AS n FROM article_corpus_layers').get()).toEqual({ n: 0 });
    expect(store.loadCorpus().articles).toEqual(store.loadArticles());
    store.close();
  });
});

describe('reading the corpus row by row', () => {
  it('gives every export format byte for byte as the corpus loaded whole does', async () => {
    const store = new SqliteBackend(Store.open(join(dir, 'r.db')));
    const { articles, corpus } = exportCorpus();
    for (const a of articles) await store.saveArticle(a);
    await store.saveCorpus(corpus);
    const both = await exportsBothWays(store);
    for (const [format, [streamed, whole]] of both) expect(streamed, format).toBe(whole);
    const [ev0, ev1, ev9] = ['ev-0', 'ev-1', 'ev-9'].map((id) => both.get('json')![0].indexOf(`"id": "${id}"`));
    // undated first, then same-day events by id; the rewritten claims and the article's own checks are in
    expect([ev9 < ev0, ev0 < ev1]).toEqual([true, true]);
    expect(both.get('json')![0]).toContain('"entity": "e1"');
    expect(both.get('acled-csv')![0]).toContain(
      'distance inconsistent (stated 76 km, computed 62 km); distance consistent',
    );
    expect(both.get('jsonl')![0]).toContain('"type":"non_event"');
    await store.close();
  });

  it('reads from one snapshot: what another connection commits meanwhile is not seen', async () => {
    const path = join(dir, 's.db');
    const store = new SqliteBackend(Store.open(path));
    const { articles } = exportCorpus();
    for (const a of articles.slice(0, 2)) await store.saveArticle(a);
    const other = Store.open(path);
    const seen = await store.readCorpus(async (source) => {
      const first: string[] = [];
      for await (const a of source.articles()) first.push(a.id);
      other.saveArticle(articles[2]);
      const again: string[] = [];
      for await (const a of source.articles()) again.push(a.id);
      return [first, again];
    });
    expect(seen).toEqual([
      ['b2', 'a1'],
      ['b2', 'a1'],
    ]);
    expect(await store.articleCount()).toBe(3);
    other.close();
    await store.close();
  });
});
