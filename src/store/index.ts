/**
 * The store: one SQLite file (better-sqlite3, WAL). One transaction per article, one for the
 * corpus-level results, so a run killed at any point leaves whole articles only, and the next
 * run simply carries on. Nothing stored depends on the clock or on insertion order.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { StoredCorpusSource } from './rows.js';
import type { Article, Check, Corpus, Dispute, Entity, FusedEvent } from '../model.js';
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
import { migrations as coreMigrations, SQLITE, type Migration } from './migrations.js';
import { COUNTED, type LayerCounts } from './census.js';

export const DEFAULT_DB = 'sitrep.db';

/**
 * How long a write waits for another process's write to finish before giving up. Migrations and
 * the corpus pass hold the write lock for as long as they run, so this is long.
 */
const BUSY_TIMEOUT_MS = 60_000;

/** `loadHeld`: with the text too (for dating again), or of these articles only. */
export interface HeldOptions {
  text?: boolean;
  ids?: readonly string[];
  /**
   * false: without what the summary counts of each (an empty map): a read of one or two
   * articles in the middle of a pass, where counting every layer would cost more than the read
   */
  counts?: boolean;
}

export interface LoadOptions {
  /** false: metadata, text and messages only, without the analysed layers (cheaper) */
  layers?: boolean;
}

export class Store {
  readonly db: Database.Database;
  /** statements run once per article (storing it, asking whether it is stored), prepared once */
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(
    readonly path: string,
    migrations: Migration[] = coreMigrations,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    try {
      this.enterWal();
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate(migrations);
    } catch (err) {
      this.db.close();
      throw err;
    }
  }

  static open(path: string = DEFAULT_DB, migrations?: Migration[]): Store {
    return new Store(path, migrations);
  }

  /**
   * Opens the store, or gives the one-line reason it cannot be opened (none there, not a
   * database, no access …). `create: false` (the read-only commands) never makes a new store:
   * a mistyped --db would otherwise be answered with an empty picture.
   */
  static tryOpen(path: string = DEFAULT_DB, options: { create?: boolean } = {}): Store | { error: string } {
    if (options.create === false && path !== ':memory:' && !existsSync(path)) {
      return { error: 'no store there; run `sitrep analyze <inputs>` first, or give --db FILE' };
    }
    try {
      return new Store(path);
    } catch (err) {
      const e = err as { code?: string; message: string };
      const reason =
        e.code === 'SQLITE_NOTADB'
          ? 'not a sitrep store (not an SQLite database)'
          : e.code === 'SQLITE_CANTOPEN'
            ? 'cannot be opened (a directory, or no access to it or its folder)'
            : e.message;
      return { error: `cannot open the store: ${reason}` };
    }
  }

  /**
   * Runs `fn` holding the store's write lock (one BEGIN IMMEDIATE transaction): what it reads is
   * what no other writer can change until it commits. The corpus pass runs so, so that two
   * writers' passes never interleave and the last one sees every article stored. Another writer
   * waits up to the busy timeout. Throwing rolls back everything `fn` wrote.
   */
  withWriteLock<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * Switches a new store to WAL. The switch needs the file to itself, and SQLite answers
   * SQLITE_BUSY at once (without waiting the busy timeout) when another process opening the same
   * new file holds a lock: so wait a little and try again, up to the busy timeout.
   */
  private enterWal(): void {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let waited = 0; ; waited += 10) {
      try {
        this.db.pragma('journal_mode = WAL');
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || waited >= BUSY_TIMEOUT_MS) throw err;
        Atomics.wait(pause, 0, 0, 10);
      }
    }
  }

  /**
   * Applies the migrations not applied yet, in version order, one transaction each. Another
   * process may be opening the same new store: each migration takes the write lock (BEGIN
   * IMMEDIATE) and looks again, inside it, whether that version is applied, so one process
   * applies it and the others wait (up to the busy timeout) and then skip it.
   */
  private migrate(migrations: Migration[]): void {
    const db = this.db;
    const hasTable = () =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    const appliedVersions = () =>
      new Set(
        (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
      );
    const pending = (applied: Set<number>) =>
      [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    // An up-to-date store is only read: opening it takes no write lock.
    if (hasTable() && pending(appliedVersions()).length === 0) return;
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    }).immediate();
    const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
    for (const m of pending(appliedVersions())) {
      db.transaction(() => {
        if (appliedVersions().has(m.version)) return;
        db.exec(m.up);
        record.run(m.version, m.name);
      }).immediate();
    }
  }

  /** The schema versions applied, in order. */
  schemaVersions(): { version: number; name: string }[] {
    return this.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
      version: number;
      name: string;
    }[];
  }

  /**
   * Changes whenever another connection (another process's analyze, say) has committed since this
   * one last looked (SQLite's data_version); this connection's own commits leave it as it was.
   */
  changedElsewhere(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  // preparing a statement each time was a fifth of an article's storing; each is run to its end
  // (an iterate consumed whole) before it is run again, as better-sqlite3 requires
  private statement(sql: string): Database.Statement {
    let found = this.prepared.get(sql);
    if (!found) this.prepared.set(sql, (found = this.db.prepare(sql)));
    return found;
  }

  hasArticle(id: string): boolean {
    return this.statement('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  /** The articles the last corpus pass covered (stored again since: not among them). */
  settledIds(): Set<string> {
    return new Set(
      (this.db.prepare('SELECT id FROM articles WHERE in_corpus = 1').all() as { id: string }[]).map((r) => r.id),
    );
  }

  /** Every stored article's id, ordered by path then id (as `loadArticles` orders them). */
  articleIds(): string[] {
    return (this.db.prepare('SELECT id FROM articles ORDER BY path, id').all() as { id: string }[]).map((r) => r.id);
  }

  articleCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /**
   * Stores one analysed article (replacing an earlier version with the same id), atomically,
   * without its derived layers (the tokens: rebuilt from the text when needed).
   */
  saveArticle(analysed: Article): void {
    this.saveArticleRow(articleRow(analysed));
  }

  /** Stores one analysed article as its row (`articleRow`, made where it was analysed). */
  saveArticleRow(row: ArticleRow): void {
    const insert = this.statement(
      `INSERT OR REPLACE INTO articles (${ARTICLE_COLUMNS.join(', ')}, revision)
       VALUES (${ARTICLE_COLUMNS.map((c) => '@' + c).join(', ')}, ${NEXT_REVISION})`,
    );
    this.db.transaction(() => insert.run(row)).immediate();
  }

  /**
   * Every stored article as the article stages left it (the corpus stages' input), ordered by
   * path then id. `loadCorpus` gives them as the corpus stages left them.
   */
  loadArticles(options: LoadOptions = {}): Article[] {
    const rows = this.db.prepare('SELECT * FROM articles ORDER BY path, id').all() as ArticleRow[];
    return rows.map((row) => fromRow(row, options.layers ?? true));
  }

  /**
   * Every stored article as a corpus pass holds it: what ingest read but the text (left empty),
   * and only the `layers` named; ordered by path then id.
   */
  loadHeld(
    layers: readonly string[],
    { text = false, ids, counts = true }: HeldOptions = {},
  ): { articles: Article[]; counts: Map<string, LayerCounts> } {
    const columns = heldColumns(
      layers,
      {
        pick: (key) => `layers -> '$.${key}'`,
        object: (pairs) => `json_object(${pairs})`,
        counts: `coalesce(counts, ${SQLITE.layerCounts(COUNTED)})`,
      },
      { text, counts },
    );
    const only = ids ? 'WHERE id IN (SELECT value FROM json_each(?))' : '';
    // row by row: each row's JSON text is garbage once its article is made
    const rows = this.statement(`SELECT ${columns} FROM articles ${only} ORDER BY path, id`).iterate(
      ...(ids ? [JSON.stringify(ids)] : []),
    ) as Iterable<HeldRow>;
    return fromHeldRows(rows, layers);
  }

  /** The whole articles with these ids (in no particular order). */
  articlesById(ids: readonly string[]): Article[] {
    const rows = this.statement('SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(ids),
    ) as ArticleRow[];
    return rows.map((row) => fromRow(row, true));
  }

  /** What the last corpus pass decided for each article it kept a digest of (`corpus_key`), by article id. */
  corpusKeys(): Map<string, string> {
    const rows = this.db.prepare('SELECT id, corpus_key FROM articles WHERE corpus_key IS NOT NULL').all() as {
      id: string;
      corpus_key: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.corpus_key]));
  }

  loadArticle(id: string): Article | null {
    const row = this.statement('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? fromRow(row, true) : null;
  }

  /**
   * Replaces the corpus-level results (entities, events with their reports, disputes, checks),
   * every article's `duplicate_of`, and the article layers the corpus stages rewrote, in one
   * transaction. `before` (the articles the corpus stages were given) spares re-reading them.
   */
  saveCorpus(corpus: Corpus, before?: Article[]): void {
    const db = this.db;
    const base = new Map((before ?? this.loadArticles()).map((a) => [a.id, a]));
    db.transaction(() => {
      for (const table of CORPUS_TABLES) db.exec(`DELETE FROM ${table}`);
      const rows = corpusRows(corpus, base, (id) => this.hasArticle(id));
      const articles: ArticleCorpusRow[] = [];
      const rewritten = new Map(rows.rewritten);
      for (const { id } of db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]) {
        const linked = rows.duplicateOf.has(id);
        const duplicate_of = rows.duplicateOf.get(id) ?? null;
        // no digest: the next pass that holds little reads every article again
        articles.push({
          id,
          rewritten: rewritten.get(id) ?? null,
          duplicate_of,
          in_corpus: linked ? 1 : 0,
          corpus_key: null,
        });
      }
      this.saveArticleCorpus(articles);
      this.insertResults(rows);
    }).immediate();
  }

  /** Empties the tables of the corpus-level results: the first step of a corpus pass that holds little. */
  clearCorpus(): void {
    for (const table of CORPUS_RESULT_TABLES) this.db.exec(`DELETE FROM ${table}`);
  }

  /** What the corpus pass gave these articles: rewritten layers (replacing earlier ones), duplicate links, `in_corpus`, `corpus_key`. */
  saveArticleCorpus(rows: ArticleCorpusRow[]): void {
    const served = this.statement(
      `SELECT a.duplicate_of, l.layers FROM articles a
       LEFT JOIN article_corpus_layers l ON l.article_id = a.id WHERE a.id = ?`,
    );
    const drop = this.statement('DELETE FROM article_corpus_layers WHERE article_id = ?');
    const layers = this.statement('INSERT INTO article_corpus_layers VALUES (?, ?)');
    const link = this.statement('UPDATE articles SET duplicate_of = ?, in_corpus = ?, corpus_key = ? WHERE id = ?');
    const revise = this.statement(`UPDATE articles SET revision = ${NEXT_REVISION} WHERE id = ?`);
    this.db
      .transaction(() => {
        for (const r of rows) {
          const changed = changesServed(served.get(r.id) as ServedByPass | undefined, r);
          drop.run(r.id);
          if (r.rewritten) layers.run(r.id, r.rewritten);
          link.run(r.duplicate_of, r.in_corpus, r.corpus_key, r.id);
          if (changed) revise.run(r.id);
        }
      })
      .immediate();
  }

  /** The corpus-level results (entities, events with their reports, disputes, checks), after `clearCorpus`. */
  saveCorpusResults(corpus: Pick<Corpus, 'entities' | 'events' | 'disputes' | 'checks'>): void {
    this.db.transaction(() => this.insertResults(corpusResultRows(corpus))).immediate();
  }

  private insertResults(rows: CorpusResultRows): void {
    const insert = (table: string, values: unknown[][]): void => {
      if (!values.length) return;
      const statement = this.db.prepare(`INSERT INTO ${table} VALUES (${values[0]!.map(() => '?').join(', ')})`);
      for (const v of values) statement.run(...v);
    };
    insert('entities', rows.entities);
    insert('events', rows.events);
    insert('event_reports', rows.reports);
    insert('disputes', rows.disputes);
    insert('checks', rows.checks);
  }

  /** The stored articles as the corpus stages left them, and the corpus-level results in id order. */
  loadCorpus(options: LoadOptions = {}): Corpus {
    const data = <T>(sql: string): T[] =>
      (this.db.prepare(sql).all() as { data: string }[]).map((r) => JSON.parse(r.data) as T);
    const reports = new Map<string, FusedEvent['reports']>();
    for (const r of this.db.prepare('SELECT event_id, data FROM event_reports ORDER BY event_id, ord').all() as {
      event_id: string;
      data: string;
    }[]) {
      const list = reports.get(r.event_id) ?? [];
      list.push(JSON.parse(r.data) as FusedEvent['reports'][number]);
      reports.set(r.event_id, list);
    }
    const rewritten = new Map(
      (
        this.db.prepare('SELECT article_id, layers FROM article_corpus_layers').all() as {
          article_id: string;
          layers: string;
        }[]
      ).map((r) => [r.article_id, JSON.parse(r.layers) as Partial<Article>]),
    );
    return assembleCorpus(this.loadArticles(options), rewritten, options.layers ?? true, {
      events: data<Omit<FusedEvent, 'reports'>>('SELECT data FROM events ORDER BY id'),
      reports,
      entities: data<Entity>('SELECT data FROM entities ORDER BY id'),
      disputes: data<Dispute>('SELECT data FROM disputes ORDER BY id'),
      checks: data<Check>('SELECT data FROM checks ORDER BY id'),
    });
  }

  /**
   * Runs `fn` with the corpus read row by row (better-sqlite3's iterate), all of it from one
   * snapshot: a read transaction (WAL) holds what `fn` reads still while other processes write.
   * Inside a transaction already (a write lock), that one is the snapshot.
   */
  async readCorpus<T>(fn: (source: StoredCorpusSource) => Promise<T>): Promise<T> {
    const db = this.db;
    // statements still being read when `fn` ends (it failed part-way: a reading abandoned, its
    // generator not yet returned) are closed here, or the connection stays busy
    const reading = new Set<IterableIterator<unknown>>();
    async function* read<R>(sql: string, params: unknown[] = []): AsyncGenerator<R> {
      const rows = db.prepare(sql).iterate(...params) as IterableIterator<R>;
      reading.add(rows);
      try {
        yield* rows;
      } finally {
        reading.delete(rows);
      }
    }
    const own = !db.inTransaction;
    if (own) db.exec('BEGIN');
    try {
      return await fn(
        storedCorpus(read, {
          bytes: (expr) => expr,
          anyId: (column) => `${column} IN (SELECT value FROM json_each(?))`,
          ids: (ids) => JSON.stringify(ids),
        }),
      );
    } finally {
      for (const rows of reading) rows.return?.();
      if (own && db.inTransaction) db.exec('COMMIT');
    }
  }

  /**
   * Every table's rows as text, tables by name and rows sorted, to compare two stores' content
   * regardless of the order rows were written in.
   */
  dump(): string {
    const tables = (
      this.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    const out: string[] = [];
    for (const table of tables) {
      out.push(`== ${table}`);
      // an article's revision numbers its writes, which depend on how the inputs were split into
      // runs: bookkeeping for readers (migration 10), not content
      const rows = (this.db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((r) => {
        if (table === 'articles') delete r.revision;
        return JSON.stringify(r);
      });
      out.push(...rows.sort());
    }
    return out.join('\n');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
