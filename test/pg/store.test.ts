import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseControlMap } from '../../src/checks/control.js';
import { formats } from '../../src/export/index.js';
import { openStore, printable, SqliteBackend } from '../../src/store/backend.js';
import { Store } from '../../src/store/index.js';
import { migrations } from '../../src/store/migrations.js';
import { pgMigrations } from '../../src/store/pg-migrations.js';
import { PgStore } from '../../src/store/postgres.js';
import { countsOf, encodeCounts } from '../../src/store/census.js';
import { articleRow } from '../../src/store/rows.js';
import type { Article } from '../../src/model.js';
import { article, countedArticle, exportCorpus } from '../cli/fixtures.js';
import { exportsBothWays } from '../cli/formats.js';
import { examples, hasShared, shared, sitrep } from '../cli/helpers.js';
import { dropSchemas, pgUp, scratchSchema } from './harness.js';

const made: string[] = [];
const dirs: string[] = [];
afterAll(async () => {
  if (pgUp && made.length) await dropSchemas(...made);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Stores an article as a version before 9 did: its row without the `counts` column. */
async function saveBeforeCounts(store: PgStore, a: Article): Promise<void> {
  const { counts: _, ...row } = articleRow(a);
  const columns = Object.keys(row);
  await store.pool.query(
    `INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(row),
  );
}

function scratch(): { schema: string; url: string } {
  const s = scratchSchema('store');
  made.push(s.schema);
  return s;
}

describe('the two backends', () => {
  it('apply the same migrations, version for version and name for name', () => {
    expect(pgMigrations.map((m) => [m.version, m.name])).toEqual(migrations.map((m) => [m.version, m.name]));
  });

  it('never print a password', () => {
    expect(printable('postgres://ana:s3cret@db.example:5432/sitrep?schema=x')).toBe(
      'postgres://ana:***@db.example:5432/sitrep?schema=x',
    );
    expect(printable('postgresql://ana@db/sitrep')).toBe('postgresql://ana@db/sitrep');
    expect(printable('/tmp/sitrep.db')).toBe('/tmp/sitrep.db');
  });
});

describe.skipIf(!pgUp)('the PostgreSQL store', () => {
  const inputs: [string, string][] = [['the sample corpus', examples]];
  if (hasShared) inputs.push(['the seeds', join(shared, 'corpus', 'seeds')]);

  it.each(inputs)(
    'gives the same export as SQLite for %s, in every format',
    async (_, input) => {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
      dirs.push(dir);
      const { url } = scratch();
      const sqlite = join(dir, 's.db');
      for (const db of [sqlite, url]) {
        const r = sitrep(['analyze', input, '--db', db, '--jobs', '1']);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
      const pgStore = await PgStore.open(url);
      const whole = await exportsBothWays(pgStore).finally(() => pgStore.close());
      for (const format of Object.keys(formats)) {
        const a = sitrep(['export', '--format', format, '--db', sqlite]);
        const b = sitrep(['export', '--format', format, '--db', url]);
        expect(b.status).toBe(0);
        expect(b.stdout.length).toBeGreaterThan(100);
        expect(b.stdout, format).toBe(a.stdout);
        // streamed row by row as the corpus loaded whole gives it
        expect(whole.get(format), format).toEqual([b.stdout, b.stdout]);
      }
    },
    120_000,
  );

  it('streams every export format byte for byte as the corpus loaded whole, and as SQLite streams it', async () => {
    const { url } = scratch();
    const pgStore = await PgStore.open(url);
    const sqlite = new SqliteBackend(Store.open(':memory:'));
    try {
      const { articles, corpus } = exportCorpus();
      for (const store of [pgStore, sqlite]) {
        for (const a of articles) await store.saveArticle(a);
        await store.saveCorpus(corpus);
      }
      const [fromPg, fromSqlite] = [await exportsBothWays(pgStore), await exportsBothWays(sqlite)];
      for (const [format, [streamed, whole]] of fromPg) {
        expect(streamed, format).toBe(whole);
        expect(streamed, format).toBe(fromSqlite.get(format)![0]);
      }
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  });

  it('reads the corpus from one snapshot: what another connection commits meanwhile is not seen', async () => {
    const { url } = scratch();
    const pgStore = await PgStore.open(url);
    const other = await PgStore.open(url);
    try {
      const { articles } = exportCorpus();
      for (const a of articles.slice(0, 2)) await pgStore.saveArticle(a);
      const seen = await pgStore.readCorpus(async (source) => {
        const ids = async () => {
          const out: string[] = [];
          for await (const a of source.articles()) out.push(a.id);
          return out;
        };
        const first = await ids();
        await other.saveArticle(articles[2]!);
        return [first, await ids()];
      });
      expect(seen).toEqual([
        ['b2', 'a1'],
        ['b2', 'a1'],
      ]);
      expect(await pgStore.articleCount()).toBe(3);
    } finally {
      await other.close();
      await pgStore.close();
    }
  });

  it('stores control snapshots as SQLite does (same ids, areas and rasters back), replacing one imported again', async () => {
    if (!hasShared) return;
    const maps = join(shared, 'reference', 'deepstate');
    const files = readdirSync(maps)
      .filter((f) => f.endsWith('.geojson'))
      .sort()
      .slice(0, 2)
      .map((f) => join(maps, f));
    const { url } = scratch();
    const pgStore = await PgStore.open(url);
    const sqlite = new SqliteBackend(Store.open(':memory:'));
    try {
      for (const f of files) {
        const snapshot = parseControlMap(readFileSync(f, 'utf8'), f).snapshot!;
        expect(await pgStore.saveControlSnapshot(snapshot)).toBe(await sqlite.saveControlSnapshot(snapshot));
      }
      // again: replaced, not added
      await pgStore.saveControlSnapshot(parseControlMap(readFileSync(files[0]!, 'utf8'), files[0]!).snapshot!);
      expect(await pgStore.controlSummary()).toEqual(await sqlite.controlSummary());
      const [a, b] = [await pgStore.loadControl(), await sqlite.loadControl()];
      expect(a.map((s) => s.id)).toEqual(b.map((s) => s.id));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  }, 60_000);

  it('counts the layers of a store written before it kept their counts, as SQLite and saving count them', async () => {
    const a = countedArticle('counted');
    const { url } = scratch();
    const old = await PgStore.open(url, { migrations: pgMigrations.filter((m) => m.version < 9) });
    await saveBeforeCounts(old, a);
    await old.close();
    const upgraded = await PgStore.open(url);
    try {
      const [{ counts }] = (await upgraded.pool.query('SELECT counts FROM articles')).rows as { counts: string }[];
      expect(counts).toBe(encodeCounts(countsOf(a)));
      expect((await upgraded.loadHeld([])).counts.get('counted')).toEqual(countsOf(a));
      // a version from before the column, still writing to the upgraded store, leaves it empty
      const later = { ...a, id: 'later', events: [] } as Article;
      await saveBeforeCounts(upgraded, later);
      expect((await upgraded.loadHeld([])).counts.get('later')).toEqual(countsOf(later));
    } finally {
      await upgraded.close();
    }
  });

  it('reads the holder claims of a store written when their layer was called `control`', async () => {
    const claims = [{ id: 'h1', articleId: 'old', holder: 'Ukraine', basis: 'statement' }];
    const { url } = scratch();
    const old = await PgStore.open(url, { migrations: pgMigrations.filter((m) => m.version < 7) });
    // what a store written before version 7 holds, in both places the layers live
    await saveBeforeCounts(old, {
      ...article({ id: 'old', text: 'Troops held the town.' }),
      control: claims,
      claims: [],
    } as never);
    await old.pool.query('INSERT INTO article_corpus_layers (article_id, layers) VALUES ($1, $2)', [
      'old',
      JSON.stringify({ control: claims, messages: [] }),
    ]);
    await old.close();
    const upgraded = await PgStore.open(url);
    try {
      const stored = await upgraded.loadArticle('old');
      expect(stored).toHaveProperty('holderClaims', claims);
      expect(stored).not.toHaveProperty('control');
      expect(stored).toHaveProperty('claims', []);
      const [layers] = (await upgraded.pool.query('SELECT layers FROM article_corpus_layers')).rows.map((r) =>
        JSON.parse(r.layers as string),
      );
      expect(layers).toEqual({ messages: [], holderClaims: claims });
    } finally {
      await upgraded.close();
    }
  });

  it('opens a schema that has no store only to write: read-only commands say so in one line', async () => {
    const { url } = scratch();
    expect(await openStore(url, { create: false })).toEqual({ error: expect.stringMatching(/^no store there/) });
    const r = sitrep(['export', '--format', 'json', '--db', url]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const bad = sitrep(['export', '--format', 'json', '--db', 'postgres://nobody:pw@127.0.0.1:1/none']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^sitrep: postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: cannot open the store/);
    expect(bad.stderr).not.toContain('pw@');
  });

  it('never prints the password of the URL it was given', () => {
    const { url } = scratch();
    const u = new URL(url);
    u.password = 'pa55word'; // the test server trusts: the password is not checked, only carried
    const withPassword = u.toString();
    const analyzed = sitrep(['analyze', examples, '--db', withPassword, '--jobs', '1']);
    expect(analyzed.status).toBe(0);
    const status = sitrep(['status', '--db', withPassword]);
    for (const r of [
      analyzed,
      status,
      sitrep(['control', 'list', '--db', withPassword.replace(/schema=[^&]+/, 'schema=nothing_here')]),
    ]) {
      expect(r.stdout + r.stderr).not.toContain('pa55word');
    }
    expect(analyzed.stdout).toContain(':***@');
    expect(status.stdout).toContain(':***@');
  }, 60_000);

  it('takes SITREP_DB when no --db is given', async () => {
    const { url } = scratch();
    const store = await PgStore.open(url);
    await store.close();
    const r = sitrep(['control', 'list'], { env: { SITREP_DB: url } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
