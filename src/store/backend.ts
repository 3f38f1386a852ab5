/**
 * The store's operations behind one interface, with two backends: SQLite (one file, the default;
 * ./index.ts) and PostgreSQL (a shared server for a team and for workers on many machines;
 * ./postgres.ts). `--db` (or SITREP_DB) chooses: `postgres://…` or `postgresql://…` is
 * PostgreSQL, anything else a SQLite file. Both apply the same migrations (each in its own SQL
 * dialect) and write the same rows (./rows.ts), so the same inputs give the same content.
 */
import type { ControlSnapshot } from '../checks/control.js';
import type { StoredCorpusSource } from './rows.js';
import type { Article, Corpus } from '../model.js';
import { controlSummary, loadControl, saveControlSnapshot } from './control.js';
import { DEFAULT_DB, Store, type HeldOptions, type LoadOptions } from './index.js';
import type { ArticleCorpusRow, ArticleRow } from './rows.js';
import type { LayerCounts } from './census.js';

export interface StoreBackend {
  /** where the store is, fit to print: a file path, or a PostgreSQL URL without its password */
  readonly location: string;
  readonly kind: 'sqlite' | 'postgres';
  hasArticle(id: string): Promise<boolean>;
  /** every stored article's id, ordered by path then id */
  articleIds(): Promise<string[]>;
  articleCount(): Promise<number>;
  /** the articles the last corpus pass covered */
  settledIds(): Promise<Set<string>>;
  /** stores one analysed article (replacing one with the same id) in its own transaction */
  saveArticle(article: Article): Promise<void>;
  /** the same, given the article's row (./rows.ts `articleRow`: the article pool's threads make it) */
  saveArticleRow(row: ArticleRow): Promise<void>;
  loadArticles(options?: LoadOptions): Promise<Article[]>;
  loadArticle(id: string): Promise<Article | null>;
  /** replaces the corpus results in one transaction */
  saveCorpus(corpus: Corpus, before?: Article[]): Promise<void>;
  /**
   * A corpus pass that does not hold every article (src/store/corpus-pass.ts), in the write lock:
   * what it holds of each (ingest's fields but the text, and the layers named), the whole
   * articles it must read again by id, and its results saved in three steps (the corpus-level
   * tables emptied, the rows of the articles it read, the corpus-level results).
   */
  loadHeld(
    layers: readonly string[],
    options?: HeldOptions,
  ): Promise<{ articles: Article[]; counts: Map<string, LayerCounts> }>;
  /** the whole articles with these ids, in no particular order */
  articlesById(ids: readonly string[]): Promise<Article[]>;
  /** the digest the last such pass kept of what it gave each article, by id */
  corpusKeys(): Promise<Map<string, string>>;
  clearCorpus(): Promise<void>;
  saveArticleCorpus(rows: ArticleCorpusRow[]): Promise<void>;
  saveCorpusResults(corpus: Pick<Corpus, 'entities' | 'events' | 'disputes' | 'checks'>): Promise<void>;
  loadCorpus(options?: LoadOptions): Promise<Corpus>;
  /**
   * Runs `fn` with the corpus read row by row (what the exports read), every reading from one
   * snapshot of the store: an export of any size holds a row at a time, not the corpus.
   */
  readCorpus<T>(fn: (source: StoredCorpusSource) => Promise<T>): Promise<T>;
  loadControl(): Promise<ControlSnapshot[]>;
  saveControlSnapshot(snapshot: ControlSnapshot): Promise<string>;
  controlSummary(): Promise<{ id: string; file: string; valid_from: string; areas: number }[]>;
  /**
   * Runs `fn` holding the store's write lock, in one transaction: no other writer's corpus pass
   * interleaves, and throwing rolls back what `fn` wrote through this store.
   */
  withWriteLock<T>(fn: () => Promise<T>): Promise<T>;
  /** a number that changes when another connection commits */
  changedElsewhere(): Promise<number>;
  close(): Promise<void>;
}

/** The SQLite store (better-sqlite3, synchronous) behind the common interface. */
export class SqliteBackend implements StoreBackend {
  readonly kind = 'sqlite';
  readonly location: string;
  constructor(readonly store: Store) {
    this.location = store.path;
  }
  async hasArticle(id: string) {
    return this.store.hasArticle(id);
  }
  async articleIds() {
    return this.store.articleIds();
  }
  async articleCount() {
    return this.store.articleCount();
  }
  async settledIds() {
    return this.store.settledIds();
  }
  async saveArticle(article: Article) {
    this.store.saveArticle(article);
  }
  async saveArticleRow(row: ArticleRow) {
    this.store.saveArticleRow(row);
  }
  async loadArticles(options?: LoadOptions) {
    return this.store.loadArticles(options);
  }
  async loadArticle(id: string) {
    return this.store.loadArticle(id);
  }
  async saveCorpus(corpus: Corpus, before?: Article[]) {
    this.store.saveCorpus(corpus, before);
  }
  async loadCorpus(options?: LoadOptions) {
    return this.store.loadCorpus(options);
  }
  async loadHeld(layers: readonly string[], options?: HeldOptions) {
    return this.store.loadHeld(layers, options);
  }
  async articlesById(ids: readonly string[]) {
    return this.store.articlesById(ids);
  }
  async corpusKeys() {
    return this.store.corpusKeys();
  }
  async clearCorpus() {
    this.store.clearCorpus();
  }
  async saveArticleCorpus(rows: ArticleCorpusRow[]) {
    this.store.saveArticleCorpus(rows);
  }
  async saveCorpusResults(corpus: Pick<Corpus, 'entities' | 'events' | 'disputes' | 'checks'>) {
    this.store.saveCorpusResults(corpus);
  }
  readCorpus<T>(fn: (source: StoredCorpusSource) => Promise<T>) {
    return this.store.readCorpus(fn);
  }
  async loadControl() {
    return loadControl(this.store);
  }
  async saveControlSnapshot(snapshot: ControlSnapshot) {
    return saveControlSnapshot(this.store, snapshot);
  }
  async controlSummary() {
    return controlSummary(this.store);
  }
  /**
   * BEGIN IMMEDIATE by hand, since better-sqlite3's transaction helper takes no async function;
   * the store's own transactions inside nest as savepoints. This connection is used by one
   * flow at a time (a CLI run, or the server's writer thread), so nothing else interleaves.
   */
  async withWriteLock<T>(fn: () => Promise<T>): Promise<T> {
    const db = this.store.db;
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn();
      db.exec('COMMIT');
      return result;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  }
  async changedElsewhere() {
    return this.store.changedElsewhere();
  }
  async close() {
    this.store.close();
  }
}

export const isPostgres = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** A store's location fit for messages and logs: a URL's password is replaced by ***. */
export function printable(location: string): string {
  if (!isPostgres(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return location.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

/** The store named by --db, else SITREP_DB, else the default file. */
export function storeLocation(db: string | undefined): string {
  return db ?? (process.env.SITREP_DB || DEFAULT_DB);
}

/**
 * Opens the store at `location`, or gives the one-line reason it cannot be opened. `create:
 * false` (the read-only commands) never makes a new SQLite file: a mistyped --db would otherwise
 * be answered with an empty picture (a PostgreSQL database must exist already; its tables are
 * made by the first writer).
 */
export async function openStore(
  location: string,
  options: { create?: boolean } = {},
): Promise<StoreBackend | { error: string }> {
  if (isPostgres(location)) {
    const { PgStore } = await import('./postgres.js');
    return PgStore.tryOpen(location, options);
  }
  const store = Store.tryOpen(location, options);
  return 'error' in store ? store : new SqliteBackend(store);
}
