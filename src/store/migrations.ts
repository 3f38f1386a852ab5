/**
 * Versioned schema migrations, applied in order, each in its own transaction, and recorded in
 * `schema_migrations` (version and name only: no timestamps, so two stores built from the same
 * inputs hold the same rows).
 *
 * Version 1 is the core. Version 2 holds the territorial-control snapshots of the checks stage
 * (src/store/control.ts). Version 3 keeps what the corpus stages change on articles. Version 4
 * keys control snapshots by time and file hash (not import order) and stores their rasters.
 * Version 5 drops stored tokens, version 6 marks the articles a corpus pass saw, and version 7
 * renames the article layer `control` (statements of who holds a place) to `holderClaims`.
 * Version 8 keeps a digest of what the last corpus pass gave each article (`corpus_key`).
 * Version 9 keeps what the summary counts of each article's layers beside them (`counts`).
 * Version 10 numbers each article's served row (`revision`), so that a reader sees what changed
 * without reading every article.
 *
 * They are written once, over what SQLite's and PostgreSQL's SQL differ in (a Dialect; SQLite's
 * here, PostgreSQL's in ./pg-migrations.ts), so both backends apply the same versions and names
 * and hold the same tables and columns.
 */
import { COUNTED } from './census.js';
import { controlSchema, controlSchemaV4 } from './control.js';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

/** What the two backends' SQL differs in, as the migrations use it. */
export interface Dialect {
  /** a floating-point column */
  real: string;
  /** a column of bytes */
  blob: string;
  /** a whole number that may pass 2^31: Unix times, row ids */
  bigint: string;
  /** an integer primary key the database assigns */
  rowId: string;
  /** a number as text, to join with || */
  text(expr: string): string;
  /** the JSON in column `layers` without its `key`, as text */
  layersWithout(key: string): string;
  /** the JSON in column `layers` with its `from` renamed `to`, as text */
  layersRenaming(from: string, to: string): string;
  /** true for a row whose JSON in column `layers` has `key` */
  layersHave(key: string): string;
  /**
   * census.ts `encodeCounts` of the JSON in column `layers`, as text: per key the length of the
   * array there (null when absent, 0 when not an array), then the toponyms with a place
   */
  layerCounts(keys: readonly string[]): string;
}

export const SQLITE: Dialect = {
  real: 'REAL',
  blob: 'BLOB',
  bigint: 'INTEGER',
  rowId: 'INTEGER PRIMARY KEY',
  text: (expr) => expr,
  layersWithout: (key) => `json_remove(layers, '$.${key}')`,
  layersRenaming: (from, to) =>
    `json_set(json_remove(layers, '$.${from}'), '$.${to}', json(json_extract(layers, '$.${from}')))`,
  layersHave: (key) => `json_type(layers, '$.${key}') IS NOT NULL`,
  layerCounts: (keys) =>
    `json_array(${[
      ...keys.map((key) => `json_array_length(layers, '$.${key}')`),
      `(SELECT count(*) FROM json_each(layers, '$.toponyms') WHERE json_type(value, '$.place') = 'object')`,
    ].join(', ')})`,
};

export const migrationsFor = (d: Dialect): Migration[] => [
  {
    version: 1,
    name: 'core',
    up: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_on_or_after TEXT,
        wire TEXT NOT NULL,
        language TEXT,
        duplicate_of TEXT,
        text TEXT NOT NULL,
        -- everything else on the Article (messages, signature and the layers the stages add), as JSON
        layers TEXT NOT NULL
      );
      CREATE INDEX articles_path ON articles (path);

      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        canonical TEXT NOT NULL,
        side TEXT,
        data TEXT NOT NULL
      );

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        date TEXT,
        location TEXT,
        latitude ${d.real},
        longitude ${d.real},
        status TEXT NOT NULL,
        corroboration INTEGER NOT NULL,
        confidence ${d.real} NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX events_date ON events (date);

      CREATE TABLE event_reports (
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        mention_id TEXT NOT NULL,
        outlet TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (event_id, ord)
      );
      CREATE INDEX event_reports_article ON event_reports (article_id);

      CREATE TABLE disputes (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        topic TEXT NOT NULL,
        data TEXT NOT NULL
      );

      CREATE TABLE checks (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        article_id TEXT NOT NULL,
        event_id TEXT,
        claim_id TEXT,
        verdict TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX checks_event ON checks (event_id);
    `,
  },
  { version: 2, name: 'control', up: controlSchema(d) },
  {
    version: 3,
    name: 'article corpus layers',
    // The layers the corpus stages rewrote on an article (claims whose speakers now point at
    // corpus-wide entities, say), as JSON: the articles table keeps the article stages' output,
    // which is what the corpus stages start from on every run.
    up: `
      CREATE TABLE article_corpus_layers (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        layers TEXT NOT NULL
      );
    `,
  },
  { version: 4, name: 'control snapshot ids and rasters', up: controlSchemaV4(d) },
  {
    version: 5,
    name: 'no stored tokens',
    // The tokens were three quarters of the stored layers and nothing after the article stages
    // reads them (model.ts DERIVED_LAYERS): stores made before drop them.
    up: `UPDATE articles SET layers = ${d.layersWithout('tokens')} WHERE ${d.layersHave('tokens')};`,
  },
  {
    version: 6,
    name: 'articles the corpus pass saw',
    // 1 once a corpus pass has covered the article, 0 when it is stored (again) after the last
    // pass: the next pass compares only pairs with such an article for near-duplicates.
    up: `ALTER TABLE articles ADD COLUMN in_corpus INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    version: 7,
    name: 'holder claims',
    // The article layer of statements of who holds a place was `control`, the name the corpus
    // gives the control maps; it is `holderClaims` now, in the article stages' layers and in the
    // layers the corpus stages rewrote.
    up: ['articles', 'article_corpus_layers']
      .map(
        (table) => `UPDATE ${table}
          SET layers = ${d.layersRenaming('control', 'holderClaims')}
          WHERE ${d.layersHave('control')};`,
      )
      .join('\n'),
  },
  {
    version: 8,
    name: 'what the corpus pass gave each article',
    // A digest of what the last corpus pass decided for the article (its duplicate link, the
    // corpus entities its own entities became): the next pass reads again only the articles for
    // which that changed, new ones and those the maps check, and keeps the others' rows.
    up: `ALTER TABLE articles ADD COLUMN corpus_key TEXT;`,
  },
  {
    version: 9,
    name: 'layer counts',
    // What the summary counts of each article's layers, written with its row (rows.ts): a corpus
    // pass read them by having the database parse every article's layers, a third of what the
    // pass over a 20,000-article store spent reading what it holds.
    up: `ALTER TABLE articles ADD COLUMN counts TEXT;
      UPDATE articles SET counts = ${d.layerCounts(COUNTED)};`,
  },
  {
    version: 10,
    name: 'article revisions',
    // A number that changes whenever what the article serves changes (its row, its duplicate
    // link, the layers the corpus stages rewrote: rows.ts ARTICLE_REVISION): the server reads
    // the articles' ids and revisions, and the rows of only those whose revision moved, where it
    // read and digested every article after each change (1.3 s of CPU on 20,000 articles). Rows
    // stored before it are 0. Bookkeeping, not content: a store's dump leaves it out. A later
    // migration that rewrites what an article serves must give it a new revision.
    up: `ALTER TABLE articles ADD COLUMN revision ${d.bigint} NOT NULL DEFAULT 0;
      CREATE INDEX articles_revision ON articles (revision);`,
  },
];

export const migrations: Migration[] = migrationsFor(SQLITE);
