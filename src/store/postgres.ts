/**
 * The PostgreSQL store (node-postgres): the shared store of a team, and of `sitrep worker`s on
 * many machines. The same operations and rows as the SQLite store (./rows.ts), with:
 * - one schema per store (`?schema=NAME` on the URL, default `sitrep`), so one database can hold
 *   several stores, and tests can make and drop their own;
 * - the write lock as a transaction-scoped advisory lock, keyed by the schema: migrations, the
 *   corpus pass and saveCorpus take it, so two writers' passes never interleave;
 * - commits announced with NOTIFY, which `changedElsewhere` counts (SQLite has data_version).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ControlSnapshot } from '../checks/control.js';
import type { StoredCorpusSource } from './rows.js';
import type { Article, Check, Corpus, Dispute, Entity, FusedEvent } from '../model.js';
import { printable, type StoreBackend } from './backend.js';
import {
  AREA_COLUMNS,
  AREAS_SQL,
  CONTROL_SUMMARY_SQL,
  SNAPSHOT_COLUMNS,
  SNAPSHOTS_SQL,
  snapshotRows,
  snapshotsFromRows,
  type AreaRow,
  type SnapshotRow,
} from './control.js';
import type { HeldOptions, LoadOptions } from './index.js';
import type { Migration } from './migrations.js';
import { COUNTED, type LayerCounts } from './census.js';
import { pgMigrations, POSTGRES } from './pg-migrations.js';
import {
  ARTICLE_COLUMNS,
  articleRow,
  assembleCorpus,
  changesServed,
  CORPUS_RESULT_TABLES,
  CORPUS_TABLES,
  corpusResultRows,
  corpusRows,
  fromRow,
  fromHeldRows,
  heldColumns,
  NEXT_REVISION,
  type HeldRow,
  type ServedByPass,
  type ArticleCorpusRow,
  storedCorpus,
  type ArticleRow,
  type CorpusResultRows,
} from './rows.js';

const DEFAULT_SCHEMA = 'sitrep';
const CHANNEL = 'sitrep_changes';
// rows a cursor hands over at a time when the corpus is read row by row (an article row is its text and layers)
const FETCH_ROWS = 100;
// PostgreSQL allows 65,535 parameters per statement
const MAX_PARAMETERS = 60_000;

/** The connection string without sitrep's own parameter, and the schema it names. */
function parseLocation(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  u.searchParams.delete('schema');
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`schema must be a lower-case SQL name (letters, digits, _), not '${schema}'`);
  return { connectionString: u.toString(), schema };
}

type Queryable = pg.Pool | pg.PoolClient;

export class PgStore implements StoreBackend {
  readonly kind = 'postgres';
  readonly location: string;
  readonly schema: string;
  readonly pool: pg.Pool;
  private readonly tx = new AsyncLocalStorage<pg.PoolClient>();
  private readonly nonce = randomUUID();
  private listener: pg.Client | null = null;
  private notices = 0;
  private readonly lockKey: string;

  private constructor(
    url: string,
    readonly connectionString: string,
    schema: string,
  ) {
    this.location = printable(url);
    this.schema = schema;
    // every connection works in the store's schema
    this.pool = new pg.Pool({ connectionString, options: `-c search_path=${schema}`, max: 4 });
    // an idle connection the server drops must not end the process
    this.pool.on('error', () => {});
    this.lockKey = `sitrep:${schema}`;
  }

  /** Connects, creates the schema (unless `create` is false) and applies the pending migrations. */
  static async open(url: string, options: { create?: boolean; migrations?: Migration[] } = {}): Promise<PgStore> {
    const { connectionString, schema } = parseLocation(url);
    const store = new PgStore(url, connectionString, schema);
    try {
      if (options.create === false) {
        const found = await store.pool.query(
          "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'schema_migrations'",
          [schema],
        );
        if (!found.rowCount) throw new NoStore();
      } else if (!(await store.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount) {
        // Under the write lock: two processes opening a new store at once would otherwise both
        // insert the schema's name, and one fail on the catalogue's unique index despite IF NOT EXISTS.
        await store.transaction(() => store.q(`CREATE SCHEMA IF NOT EXISTS ${schema}`), true);
      }
      await store.migrate(options.migrations ?? pgMigrations);
      return store;
    } catch (err) {
      await store.pool.end();
      throw err;
    }
  }

  static async tryOpen(url: string, options: { create?: boolean } = {}): Promise<PgStore | { error: string }> {
    try {
      return await PgStore.open(url, options);
    } catch (err) {
      if (err instanceof NoStore)
        return {
          error: 'no store there (no sitrep tables in that schema); run `sitrep analyze --db URL <inputs>` first',
        };
      const e = err as { code?: string; message: string };
      return { error: `cannot open the store: ${e.message || e.code || 'connection failed'}` };
    }
  }

  /** A query on the transaction in hand, if any, else on any pooled connection. */
  private q<R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    const db: Queryable = this.tx.getStore() ?? this.pool;
    return db.query<R>(sql, params);
  }

  /** Runs `fn` in a transaction (or in the one in hand), announcing the commit. */
  private async transaction<T>(fn: () => Promise<T>, lock = false): Promise<T> {
    const inHand = this.tx.getStore();
    if (inHand) {
      if (lock) await inHand.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.lockKey]);
      return fn();
    }
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      if (lock) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.lockKey]);
      const result = await this.tx.run(client, fn);
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, `${this.schema} ${this.nonce}`]);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  withWriteLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.transaction(fn, true);
  }

  /**
   * As withWriteLock, but when another connection holds the lock, returns null at once instead
   * of waiting: of several workers due for a corpus pass, one runs it and the others go on.
   */
  async tryWriteLock<T>(fn: () => Promise<T>): Promise<T | null> {
    let got = false;
    const result = await this.transaction(async () => {
      const r = await this.q<{ got: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS got', [this.lockKey]);
      got = r.rows[0]!.got;
      return got ? fn() : null;
    });
    return got ? result : null;
  }

  /**
   * Applies the migrations not applied yet, in version order, all under the write lock, so that
   * of several processes opening a new store one applies them and the others find them applied.
   */
  private async migrate(migrations: Migration[]): Promise<void> {
    const applied = async () => {
      const exists = await this.q(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'schema_migrations'",
        [this.schema],
      );
      if (!exists.rowCount) return new Set<number>();
      return new Set(
        (await this.q<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
      );
    };
    const pending = (done: Set<number>) =>
      [...migrations].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
    // an up-to-date store is only read
    if (pending(await applied()).length === 0) return;
    await this.transaction(async () => {
      await this.q('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
      for (const m of pending(await applied())) {
        await this.q(m.up);
        await this.q('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
    }, true);
  }

  async schemaVersions(): Promise<{ version: number; name: string }[]> {
    return (
      await this.q<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')
    ).rows;
  }

  async hasArticle(id: string): Promise<boolean> {
    return ((await this.q('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount ?? 0) > 0;
  }

  async settledIds(): Promise<Set<string>> {
    return new Set((await this.q<{ id: string }>('SELECT id FROM articles WHERE in_corpus = 1')).rows.map((r) => r.id));
  }

  async articleIds(): Promise<string[]> {
    return (await this.q<{ id: string }>('SELECT id FROM articles ORDER BY path COLLATE "C", id COLLATE "C"')).rows.map(
      (r) => r.id,
    );
  }

  /** Stored articles no corpus pass has covered yet. */
  async unsettledCount(): Promise<number> {
    return Number((await this.q<{ n: string }>('SELECT count(*) AS n FROM articles WHERE in_corpus = 0')).rows[0]!.n);
  }

  async articleCount(): Promise<number> {
    return Number((await this.q<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
  }

  /** As SQLite's INSERT OR REPLACE: a stored article of the same id is replaced, as not yet seen by a corpus pass. */
  async saveArticle(article: Article): Promise<void> {
    await this.saveArticleRow(articleRow(article));
  }

  async saveArticleRow(row: ArticleRow): Promise<void> {
    const columns = ARTICLE_COLUMNS;
    await this.transaction(() =>
      this.q(
        `INSERT INTO articles (${columns.join(', ')}, revision)
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, ${NEXT_REVISION})
         ON CONFLICT (id) DO UPDATE SET ${columns
           .filter((c) => c !== 'id')
           .map((c) => `${c} = EXCLUDED.${c}`)
           .join(', ')}, in_corpus = 0, revision = EXCLUDED.revision`,
        columns.map((c) => row[c]),
      ),
    );
  }

  async loadArticles(options: LoadOptions = {}): Promise<Article[]> {
    // byte order, as SQLite sorts text: the corpus stages see articles in the same order on both
    const rows = (await this.q<ArticleRow>(`SELECT * FROM articles ORDER BY path COLLATE "C", id COLLATE "C"`)).rows;
    return rows.map((row) => fromRow(row, options.layers ?? true));
  }

  async loadHeld(
    layers: readonly string[],
    { text = false, ids, counts = true }: HeldOptions = {},
  ): Promise<{ articles: Article[]; counts: Map<string, LayerCounts> }> {
    // each row's layers parsed once (the lateral j), then the layers named picked out of it: as
    // json, not jsonb, which would reorder the keys of every object and so the bytes stored from them
    const columns = heldColumns(
      layers,
      {
        pick: (key) => `j -> '${key}'`,
        object: (pairs) => `json_build_object(${pairs})::text`,
        counts: `coalesce(counts, ${POSTGRES.layerCounts(COUNTED)})`,
      },
      { text, counts },
    );
    const rows = (
      await this.q<HeldRow>(
        `SELECT ${columns}
         FROM articles CROSS JOIN LATERAL (SELECT layers::json AS j) parsed
         ${ids ? 'WHERE id = ANY($1::text[])' : ''}
         ORDER BY path COLLATE "C", id COLLATE "C"`,
        ids ? [ids] : [],
      )
    ).rows;
    return fromHeldRows(rows, layers);
  }

  async articlesById(ids: readonly string[]): Promise<Article[]> {
    const rows = (await this.q<ArticleRow>('SELECT * FROM articles WHERE id = ANY($1::text[])', [ids])).rows;
    return rows.map((row) => fromRow(row, true));
  }

  async corpusKeys(): Promise<Map<string, string>> {
    const rows = (
      await this.q<{ id: string; corpus_key: string }>(
        'SELECT id, corpus_key FROM articles WHERE corpus_key IS NOT NULL',
      )
    ).rows;
    return new Map(rows.map((r) => [r.id, r.corpus_key]));
  }

  async loadArticle(id: string): Promise<Article | null> {
    const row = (await this.q<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id])).rows[0];
    return row ? fromRow(row, true) : null;
  }

  /** Many rows in few statements (PostgreSQL's parameter limit decides how many per statement). */
  private async insertRows(table: string, rows: unknown[][], columns?: readonly string[]): Promise<void> {
    if (!rows.length) return;
    const width = rows[0]!.length;
    const per = Math.max(1, Math.floor(MAX_PARAMETERS / width));
    const into = columns ? `${table} (${columns.join(', ')})` : table;
    for (let start = 0; start < rows.length; start += per) {
      const chunk = rows.slice(start, start + per);
      const values = chunk.map(
        (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
      );
      await this.q(`INSERT INTO ${into} VALUES ${values.join(', ')}`, chunk.flat());
    }
  }

  async saveCorpus(corpus: Corpus, before?: Article[]): Promise<void> {
    const base = new Map((before ?? (await this.loadArticles())).map((a) => [a.id, a]));
    await this.transaction(async () => {
      for (const table of CORPUS_TABLES) await this.q(`DELETE FROM ${table}`);
      const stored = new Set((await this.q<{ id: string }>('SELECT id FROM articles')).rows.map((r) => r.id));
      const rows = corpusRows(corpus, base, (id) => stored.has(id));
      const rewritten = new Map(rows.rewritten);
      // every stored article: those the stages did not see are no longer in the corpus
      await this.saveArticleCorpus(
        [...stored].map((id) => ({
          id,
          rewritten: rewritten.get(id) ?? null,
          duplicate_of: rows.duplicateOf.get(id) ?? null,
          in_corpus: rows.duplicateOf.has(id) ? 1 : 0,
          // no digest: the next pass that holds little reads every article again
          corpus_key: null,
        })),
      );
      await this.insertResults(rows);
    }, true);
  }

  async clearCorpus(): Promise<void> {
    await this.transaction(async () => {
      for (const table of CORPUS_RESULT_TABLES) await this.q(`DELETE FROM ${table}`);
    });
  }

  async saveArticleCorpus(rows: ArticleCorpusRow[]): Promise<void> {
    await this.transaction(async () => {
      const ids = rows.map((r) => r.id);
      const served = new Map(
        (
          await this.q<ServedByPass & { id: string }>(
            `SELECT a.id, a.duplicate_of, l.layers FROM articles a
             LEFT JOIN article_corpus_layers l ON l.article_id = a.id WHERE a.id = ANY($1::text[])`,
            [ids],
          )
        ).rows.map(({ id, ...was }) => [id, was]),
      );
      await this.q('DELETE FROM article_corpus_layers WHERE article_id = ANY($1::text[])', [ids]);
      await this.insertRows(
        'article_corpus_layers',
        rows.filter((r) => r.rewritten).map((r) => [r.id, r.rewritten]),
      );
      // duplicate_of, in_corpus and corpus_key of these articles, and a new revision for those
      // whose served row changed, in one statement
      await this.q(
        `UPDATE articles a SET duplicate_of = u.duplicate_of, in_corpus = u.in_corpus, corpus_key = u.corpus_key,
           revision = CASE WHEN u.changed THEN ${NEXT_REVISION} ELSE a.revision END
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::boolean[])
           AS u (id, duplicate_of, in_corpus, corpus_key, changed)
         WHERE a.id = u.id`,
        [
          ids,
          rows.map((r) => r.duplicate_of),
          rows.map((r) => r.in_corpus),
          rows.map((r) => r.corpus_key),
          rows.map((r) => changesServed(served.get(r.id), r)),
        ],
      );
    });
  }

  async saveCorpusResults(corpus: Pick<Corpus, 'entities' | 'events' | 'disputes' | 'checks'>): Promise<void> {
    await this.transaction(() => this.insertResults(corpusResultRows(corpus)));
  }

  private async insertResults(rows: CorpusResultRows): Promise<void> {
    await this.insertRows('entities', rows.entities);
    await this.insertRows('events', rows.events);
    await this.insertRows('event_reports', rows.reports);
    await this.insertRows('disputes', rows.disputes);
    await this.insertRows('checks', rows.checks);
  }

  async loadCorpus(options: LoadOptions = {}): Promise<Corpus> {
    const data = async <T>(sql: string): Promise<T[]> =>
      (await this.q<{ data: string }>(sql)).rows.map((r) => JSON.parse(r.data) as T);
    const reports = new Map<string, FusedEvent['reports']>();
    for (const r of (
      await this.q<{ event_id: string; data: string }>(
        'SELECT event_id, data FROM event_reports ORDER BY event_id COLLATE "C", ord',
      )
    ).rows) {
      const list = reports.get(r.event_id) ?? [];
      list.push(JSON.parse(r.data) as FusedEvent['reports'][number]);
      reports.set(r.event_id, list);
    }
    const rewritten = new Map(
      (
        await this.q<{ article_id: string; layers: string }>('SELECT article_id, layers FROM article_corpus_layers')
      ).rows.map((r) => [r.article_id, JSON.parse(r.layers) as Partial<Article>]),
    );
    return assembleCorpus(await this.loadArticles(options), rewritten, options.layers ?? true, {
      events: await data<Omit<FusedEvent, 'reports'>>('SELECT data FROM events ORDER BY id COLLATE "C"'),
      reports,
      entities: await data<Entity>('SELECT data FROM entities ORDER BY id COLLATE "C"'),
      disputes: await data<Dispute>('SELECT data FROM disputes ORDER BY id COLLATE "C"'),
      checks: await data<Check>('SELECT data FROM checks ORDER BY id COLLATE "C"'),
    });
  }

  /**
   * Runs `fn` with the corpus read row by row, on one connection in one REPEATABLE READ READ ONLY
   * transaction (one snapshot for every reading). Each reading is a server-side cursor (DECLARE …
   * CURSOR, FETCH ${FETCH_ROWS} at a time): PostgreSQL's own, so no client paging and no cursor
   * library; readings follow one another, so one connection serves them all.
   */
  async readCorpus<T>(fn: (source: StoredCorpusSource) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let cursors = 0;
    // false once `fn` has ended: a reading it abandoned part-way stops there, its cursor gone with the transaction
    let open = true;
    async function* read<R>(sql: string, params: unknown[] = []): AsyncGenerator<R> {
      if (!open) return;
      const cursor = `sitrep_read_${++cursors}`;
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`, params);
      try {
        while (open) {
          const rows = (await client.query(`FETCH ${FETCH_ROWS} FROM ${cursor}`)).rows as R[];
          yield* rows;
          if (rows.length < FETCH_ROWS) return;
        }
      } finally {
        if (open) await client.query(`CLOSE ${cursor}`);
      }
    }
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await fn(
        storedCorpus(read, {
          bytes: (expr) => `${expr} COLLATE "C"`,
          anyId: (column) => `${column} = ANY($1::text[])`,
          ids: (ids) => ids,
        }),
      );
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      open = false;
      client.release();
    }
  }

  async loadControl(): Promise<ControlSnapshot[]> {
    const snapshots = (
      await this.q<SnapshotRow>(SNAPSHOTS_SQL.replace('ORDER BY time, id', 'ORDER BY time, id COLLATE "C"'))
    ).rows;
    const areas = (await this.q<AreaRow>(AREAS_SQL)).rows;
    return snapshotsFromRows(snapshots, areas);
  }

  async saveControlSnapshot(snapshot: ControlSnapshot): Promise<string> {
    const rows = snapshotRows(snapshot);
    await this.transaction(async () => {
      await this.q('DELETE FROM control_snapshots WHERE (file = $1 AND time = $2) OR id = $3', [
        snapshot.file,
        snapshot.time,
        snapshot.id,
      ]);
      await this.insertRows('control_snapshots', [rows.snapshot], SNAPSHOT_COLUMNS);
      await this.insertRows('control_areas', rows.areas, AREA_COLUMNS);
    });
    return snapshot.id;
  }

  async controlSummary(): Promise<{ id: string; file: string; valid_from: string; areas: number }[]> {
    const rows = (await this.q<{ id: string; file: string; valid_from: string; areas: string }>(CONTROL_SUMMARY_SQL))
      .rows;
    return rows.map((r) => ({ ...r, areas: Number(r.areas) }));
  }

  /**
   * Counts the commits other connections announced (NOTIFY is delivered on commit). The first
   * call starts listening: what was committed before it is what the caller just read.
   */
  async changedElsewhere(): Promise<number> {
    if (!this.listener) {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('error', () => {});
      client.on('notification', (n) => {
        const [schema, nonce] = (n.payload ?? '').split(' ');
        if (schema === this.schema && nonce !== this.nonce) this.notices++;
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    }
    return this.notices;
  }

  async close(): Promise<void> {
    await this.listener?.end().catch(() => {});
    this.listener = null;
    await this.pool.end();
  }
}

class NoStore extends Error {}
