/**
 * How an article and the corpus results become table rows, and back: one mapping for every
 * backend (SQLite in ./index.ts, PostgreSQL in ./postgres.ts), so both hold the same content.
 * Pure functions: no database here.
 */
import type { CorpusSource } from '../export/source.js';
import { INGESTED } from '../ingest/as-ingested.js';
import {
  withoutDerivedLayers,
  type Article,
  type Message,
  type Check,
  type Corpus,
  type Dispute,
  type Entity,
  type FusedEvent,
} from '../model.js';
import { countsOf, decodeCounts, encodeCounts, type LayerCounts } from './census.js';

// Article fields kept in their own columns, those ingest sets; every other field travels in `layers`.
const COLUMNS = INGESTED;

export const ARTICLE_COLUMNS = [...COLUMNS, 'layers', 'counts'] as const;

/** What a dialect's SQL says for the JSON in column `layers` (a corpus pass that holds little reads it so). */
export interface HeldSql {
  /** one key's JSON, NULL when absent */
  pick(key: string): string;
  /** the JSON text of key-value pairs */
  object(pairs: string): string;
  /**
   * the article's counts (census.ts encodeCounts): column `counts`, or, where a version from
   * before it (writing to the same store) left it empty, counted from the layers
   */
  counts: string;
}

/**
 * What a corpus pass reads of every article, as SQL: the columns but the text (it reads whole
 * articles only where it must; `text`: with it, for dating articles again), of the JSON layers
 * only those `layers` named, picked out by the database, and (unless `counts` is false) what the
 * summary counts of each (column `counts`), so that the rest of every article's layers never
 * reaches the process.
 */
export function heldColumns(
  layers: readonly string[],
  sql: HeldSql,
  { text = false, counts = true }: { text?: boolean; counts?: boolean } = {},
): string {
  // the layer names are the model's own words, never input: checked all the same
  for (const key of layers) if (!/^[A-Za-z_]+$/.test(key)) throw new Error(`not a layer name: ${key}`);
  const picked = layers.map((key) => `'${key}', ${sql.pick(key)}`).join(', ');
  const columns = ARTICLE_COLUMNS.filter((c) => c !== 'text' && c !== 'layers' && c !== 'counts');
  return [
    ...columns,
    text ? 'text' : `'' AS text`,
    `${sql.object(picked)} AS layers`,
    ...(counts ? [`${sql.counts} AS counts`] : []),
  ].join(', ');
}

/** A row of `heldColumns` (without `counts` when read without them). */
export type HeldRow = Omit<ArticleRow, 'counts'> & { counts?: string };

/** The held articles of the rows, and what the summary counts of each. */
export function fromHeldRows(
  rows: Iterable<HeldRow>,
  layers: readonly string[],
): { articles: Article[]; counts: Map<string, LayerCounts> } {
  const counts = new Map<string, LayerCounts>();
  const articles: Article[] = [];
  for (const row of rows) {
    articles.push(fromRow(row, layers));
    // read without its counts (heldColumns' `counts: false`)
    if (row.counts !== undefined) counts.set(row.id, decodeCounts(row.counts));
  }
  return { articles, counts };
}

export interface ArticleRow {
  id: string;
  path: string;
  format: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  published_on_or_after: string | null;
  wire: string;
  language: string | null;
  duplicate_of: string | null;
  text: string;
  layers: string;
  /** what the summary counts of the layers (census.ts `encodeCounts`) */
  counts: string;
}

const byKey = ([x]: [string, unknown], [y]: [string, unknown]): number => (x < y ? -1 : x > y ? 1 : 0);

/** Sorted by id; of records sharing an id (the stages' own ids), the last one only. */
function sortById<T extends { id: string }>(items: T[]): T[] {
  const last = new Map<string, T>();
  for (const item of items) last.set(item.id, item);
  return [...last.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One analysed article as its row, without its derived layers (the tokens: rebuilt from the text
 * when needed). Layers in key order: the same article gives the same bytes however it was put
 * together (from ingest, or from the store by reanalyze).
 */
export function articleRow(analysed: Article): ArticleRow {
  const article = withoutDerivedLayers(analysed);
  const layers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(article).sort(byKey)) {
    if (!(COLUMNS as readonly string[]).includes(key) && value !== undefined) layers[key] = value;
  }
  return {
    id: article.id,
    path: article.path,
    format: article.format,
    title: article.title,
    url: article.url,
    outlet: article.outlet,
    published: article.published,
    published_on_or_after: article.published_on_or_after,
    wire: JSON.stringify(article.wire),
    language: article.language,
    duplicate_of: article.duplicate_of,
    text: article.text,
    layers: JSON.stringify(layers),
    counts: encodeCounts(countsOf(article)),
  };
}

/**
 * An analysed article as the store takes it: its row, and its messages for the reader. A thread of
 * the article pool makes the row where it analysed the article and hands back this: a few strings
 * cross to the main thread where the article's object graph was cloned field by field, rebuilt,
 * and then stringified there.
 */
export interface AnalysedRow {
  row: ArticleRow;
  messages: Message[];
}

export function analysedRow(analysed: Article): AnalysedRow {
  return { row: articleRow(analysed), messages: analysed.messages };
}

/**
 * The article of a row: with all its layers (`true`), with none but its messages (`false`), or
 * with those named only (what a corpus pass holds of every article).
 */
export function fromRow(row: Omit<ArticleRow, 'counts'>, withLayers: boolean | readonly string[]): Article {
  const layers = JSON.parse(row.layers) as Partial<Article>;
  const article: Article = {
    id: row.id,
    path: row.path,
    format: row.format as Article['format'],
    text: row.text,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    published: row.published,
    published_on_or_after: row.published_on_or_after,
    wire: JSON.parse(row.wire) as string[],
    language: row.language,
    duplicate_of: row.duplicate_of,
    messages: layers.messages ?? [],
  };
  if (layers.signature) article.signature = layers.signature;
  if (layers.read_dates) article.read_dates = layers.read_dates;
  if (withLayers === true) Object.assign(article, layers, { messages: article.messages });
  else if (withLayers) {
    const wanted = new Set(withLayers);
    // a layer a database's JSON picked out as null is one the article does not have
    for (const [key, value] of Object.entries(layers))
      if (wanted.has(key) && value !== undefined && value !== null) Object.assign(article, { [key]: value });
  }
  return article;
}

/** What the corpus pass changes of one stored article: its rewritten layers (JSON, or none), its duplicate link. */
export interface ArticleCorpusRow {
  id: string;
  rewritten: string | null;
  duplicate_of: string | null;
  /** 1: the corpus stages saw it (the next pass counts it as settled) */
  in_corpus: 0 | 1;
  /** a digest of what the corpus pass decided for it (corpus-pass.ts); none from a pass that keeps none */
  corpus_key: string | null;
}

/**
 * One article's row of the corpus pass: the layers the corpus stages changed (`a` against
 * `original`, the article as the article stages left it), in key order.
 */
export function articleCorpusRow(a: Article, original: Article, corpus_key: string | null = null): ArticleCorpusRow {
  const row: ArticleCorpusRow = {
    id: a.id,
    rewritten: null,
    duplicate_of: a.duplicate_of ?? null,
    in_corpus: 1,
    corpus_key,
  };
  // the very object the stages were given: nothing of it changed
  if (a === original) return row;
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(a).sort(byKey)) {
    if ((COLUMNS as readonly string[]).includes(key) || value === undefined) continue;
    const was = (original as unknown as Record<string, unknown>)[key];
    if (value !== was && JSON.stringify(value) !== JSON.stringify(was)) changed[key] = value;
  }
  if (Object.keys(changed).length) row.rewritten = JSON.stringify(changed);
  return row;
}

/** Row values of the corpus-level tables, in the column order of the migrations, sorted by id. */
export interface CorpusResultRows {
  entities: [string, string, string, string | null, string][];
  events: [
    string,
    string,
    string,
    string | null,
    string | null,
    number | null,
    number | null,
    string,
    number,
    number,
    string,
  ][];
  /** event id, ord, article id, mention id, outlet, data */
  reports: [string, number, string, string, string | null, string][];
  disputes: [string, string, string, string][];
  checks: [string, string, string, string | null, string | null, string, string][];
}

/** Row values of each corpus table, in the column order of the migrations, sorted by id. */
interface CorpusRows extends CorpusResultRows {
  /** article id, the layers the corpus stages changed (JSON) */
  rewritten: [string, string][];
  /** every article the corpus stages saw: its `duplicate_of` */
  duplicateOf: Map<string, string | null>;
}

/**
 * The corpus results as rows. `base` holds the articles as the article stages left them; an
 * article's rewritten layers are those the corpus stages changed. Ids are the stages' own; should
 * two records share one, the last is kept. `stored` tells whether an article is (still) in the store.
 */
export function corpusRows(corpus: Corpus, base: Map<string, Article>, stored: (id: string) => boolean): CorpusRows {
  const rewritten: [string, string][] = [];
  for (const a of sortById(corpus.articles)) {
    const original = base.get(a.id);
    if (!original || !stored(a.id)) continue;
    const row = articleCorpusRow(a, original);
    if (row.rewritten) rewritten.push([a.id, row.rewritten]);
  }
  return {
    rewritten,
    duplicateOf: new Map(corpus.articles.map((a) => [a.id, a.duplicate_of ?? null])),
    ...corpusResultRows(corpus),
  };
}

/** The corpus-level results (entities, events with their reports, disputes, checks) as rows. */
export function corpusResultRows(
  corpus: Pick<Corpus, 'entities' | 'events' | 'disputes' | 'checks'>,
): CorpusResultRows {
  const events: CorpusRows['events'] = [];
  const reports: CorpusRows['reports'] = [];
  for (const ev of sortById(corpus.events)) {
    const { reports: evReports, ...rest } = ev;
    events.push([
      ev.id,
      ev.event_type,
      ev.sub_event_type,
      ev.date,
      ev.location,
      ev.place?.lat ?? null,
      ev.place?.lon ?? null,
      ev.status,
      ev.corroboration,
      ev.confidence,
      JSON.stringify(rest),
    ]);
    evReports.forEach((r, i) => reports.push([ev.id, i, r.articleId, r.mentionId, r.outlet, JSON.stringify(r)]));
  }
  return {
    entities: sortById(corpus.entities).map((e) => [e.id, e.type, e.canonical, e.side, JSON.stringify(e)]),
    events,
    reports,
    disputes: sortById(corpus.disputes).map((d) => [d.id, d.kind, d.topic, JSON.stringify(d)]),
    checks: sortById(corpus.checks).map((c) => [
      c.id,
      c.kind,
      c.articleId ?? '',
      c.eventId ?? null,
      c.claimId ?? null,
      c.verdict,
      JSON.stringify(c),
    ]),
  };
}

/** Tables of the corpus-level results, which every corpus pass replaces as a whole. */
export const CORPUS_RESULT_TABLES = ['event_reports', 'events', 'entities', 'disputes', 'checks'] as const;

/** Tables the corpus pass over whole articles replaces as a whole. */
export const CORPUS_TABLES = [
  'event_reports',
  'events',
  'entities',
  'disputes',
  'checks',
  'article_corpus_layers',
] as const;

/**
 * The corpus as stored: articles with the layers the corpus stages rewrote laid over them (only
 * their messages when `layers` is false), events with their reports.
 */
export function assembleCorpus(
  articles: Article[],
  rewritten: Map<string, Partial<Article>>,
  withLayers: boolean,
  parts: {
    events: Omit<Corpus['events'][number], 'reports'>[];
    reports: Map<string, Corpus['events'][number]['reports']>;
  } & Pick<Corpus, 'entities' | 'disputes' | 'checks'>,
): Corpus {
  return {
    articles: articles.map((a) => withCorpusLayers(a, rewritten.get(a.id), withLayers)),
    entities: parts.entities,
    events: parts.events.map((e) => ({ ...e, reports: parts.reports.get(e.id) ?? [] })),
    disputes: parts.disputes,
    checks: parts.checks,
  };
}

/** An article as the article stages left it, with the layers the corpus stages rewrote laid over it. */
function withCorpusLayers(a: Article, layers: Partial<Article> | undefined, withLayers: boolean): Article {
  if (!layers) return a;
  const keep = withLayers ? layers : { messages: layers.messages ?? a.messages };
  return { ...a, ...keep };
}

/** Runs a query (with its parameters, if any) and gives its rows one at a time. */
export type ReadRows = <R>(sql: string, params?: unknown[]) => AsyncIterable<R>;

/** What the two databases' SQL for a reading of rows differs in. */
export interface RowsSql {
  /** the expression, compared in byte order, as the formats sort (SQLite's default; PostgreSQL's COLLATE "C") */
  bytes: (expr: string) => string;
  /** a condition: `column` is one of the ids that the reading's one parameter (`ids`) holds */
  anyId: (column: string) => string;
  ids: (ids: readonly string[]) => unknown;
}

/**
 * SQL for an article's next revision (migration 10): above every revision stored, so that a row
 * written again never keeps the number it had. Two writers at once may give two articles the
 * same number: a reader compares each article's revision with the one it read, not with a mark.
 */
export const NEXT_REVISION = '(SELECT coalesce(max(revision), 0) + 1 FROM articles)';

/** What an article serves beyond its own row, as stored: its duplicate link and the layers the corpus stages rewrote. */
export interface ServedByPass {
  duplicate_of: string | null;
  layers: string | null;
}

/**
 * Does the corpus pass's row change what the article serves, so that it takes a new revision? A
 * pass writes again the rows of the articles the maps check, mostly as they were: those keep
 * theirs, and a server reading the store does not read them again.
 */
export function changesServed(was: ServedByPass | undefined, row: ArticleCorpusRow): boolean {
  return !was || was.duplicate_of !== row.duplicate_of || was.layers !== row.rewritten;
}

/**
 * One stored item of a corpus list as its row's text, not yet parsed: what the server's writer
 * thread digests to see what changed and sends as it is (strings cross threads as a copy, not
 * field by field), and what `decodeStoredRow` makes the item of. `texts`: an article's columns
 * (STORED_ARTICLE_COLUMNS) and its rewritten layers; an event's row and then its reports'; an
 * entity's, a dispute's or a check's row.
 */
export interface StoredRow {
  id: string;
  texts: (string | null)[];
  /** an article's revision (migration 10): changes whenever its texts do */
  revision?: number;
}

/** An article's id and revision, as a reader that holds its row compares them. */
export interface ArticleRevision {
  id: string;
  revision: number;
}

/** The corpus lists whose items a store gives as rows. */
export type StoredList = 'articles' | 'events' | 'entities' | 'disputes' | 'checks';

/**
 * The corpus lists as rows, each in the order of CorpusSource's (events by id); and the articles'
 * revisions in the order of their rows, with the rows of some articles by id, so that a reader
 * that holds the articles reads again only those whose revision changed.
 */
export type StoredRows = Record<StoredList, () => AsyncIterable<StoredRow>> & {
  articleRevisions(): AsyncIterable<ArticleRevision>;
  /** the rows of the articles with these ids, in no particular order */
  articlesWithIds(ids: readonly string[]): AsyncIterable<StoredRow>;
};

/** The article columns an item row carries, in order (then its rewritten layers). */
const STORED_ARTICLE_COLUMNS = [...COLUMNS, 'layers'] as const;

/** The item a row holds (see StoredRow). */
export function decodeStoredRow(list: 'articles', row: StoredRow): Article;
export function decodeStoredRow(list: 'events', row: StoredRow): FusedEvent;
export function decodeStoredRow(list: StoredList, row: StoredRow): { id: string };
export function decodeStoredRow(list: StoredList, { texts }: StoredRow): { id: string } | FusedEvent | Article {
  if (list === 'articles') {
    const row = Object.fromEntries(STORED_ARTICLE_COLUMNS.map((c, k) => [c, texts[k]])) as unknown as ArticleRow;
    const rewritten = texts[STORED_ARTICLE_COLUMNS.length];
    return withCorpusLayers(
      fromRow(row, true),
      rewritten ? (JSON.parse(rewritten) as Partial<Article>) : undefined,
      true,
    );
  }
  if (list === 'events')
    return {
      ...(JSON.parse(texts[0]!) as Omit<FusedEvent, 'reports'>),
      reports: texts.slice(1).map((r) => JSON.parse(r!) as FusedEvent['reports'][number]),
    };
  return JSON.parse(texts[0]!) as { id: string };
}

/**
 * The stored corpus as rows, each list sorted by the database, so that nothing but the row in
 * hand is held (sorted in byte order: RowsSql). An article comes with its rewritten layers and
 * its revision, an event with its reports, as loadCorpus gives them.
 */
export function storedRows(read: ReadRows, sql: RowsSql): StoredRows {
  const { bytes } = sql;
  async function* data(table: string): AsyncGenerator<StoredRow> {
    for await (const row of read<{ id: string; data: string }>(`SELECT id, data FROM ${table} ORDER BY ${bytes('id')}`))
      yield { id: row.id, texts: [row.data] };
  }
  const articleSql = `SELECT ${STORED_ARTICLE_COLUMNS.map((c) => `a.${c}`).join(', ')}, a.revision,
      l.layers AS corpus_layers FROM articles a LEFT JOIN article_corpus_layers l ON l.article_id = a.id`;
  const articleRow = (row: Record<string, string | number | null>): StoredRow => ({
    id: row.id as string,
    texts: [...STORED_ARTICLE_COLUMNS.map((c) => row[c] as string | null), (row.corpus_layers as string) ?? null],
    // PostgreSQL's BIGINT comes as text
    revision: Number(row.revision),
  });
  const order = `ORDER BY ${bytes('a.path')}, ${bytes('a.id')}`;
  return {
    async *articles() {
      for await (const row of read<Record<string, string | number | null>>(`${articleSql} ${order}`))
        yield articleRow(row);
    },
    async *articleRevisions() {
      for await (const row of read<{ id: string; revision: number | string }>(
        `SELECT a.id, a.revision FROM articles a ${order}`,
      ))
        yield { id: row.id, revision: Number(row.revision) };
    },
    async *articlesWithIds(ids) {
      if (!ids.length) return;
      for await (const row of read<Record<string, string | number | null>>(`${articleSql} WHERE ${sql.anyId('a.id')}`, [
        sql.ids(ids),
      ]))
        yield articleRow(row);
    },
    // each event's row, then its reports' rows (ord from 0), in one sorted reading
    async *events() {
      const rows = read<{ id: string; data: string | null; report: string | null }>(
        `SELECT id, data, report FROM (
           SELECT id, -1 AS ord, data, NULL AS report FROM events
           UNION ALL
           SELECT r.event_id, r.ord, NULL, r.data FROM event_reports r JOIN events e ON e.id = r.event_id
         ) event_rows ORDER BY ${bytes('id')}, ord`,
      );
      let event: StoredRow | null = null;
      for await (const row of rows) {
        if (row.report === null) {
          if (event) yield event;
          event = { id: row.id, texts: [row.data] };
        } else {
          event!.texts.push(row.report);
        }
      }
      if (event) yield event;
    },
    entities: () => data('entities'),
    disputes: () => data('disputes'),
    checks: () => data('checks'),
  };
}

/** A store's reading of its corpus: as the export formats read it, and as rows. */
export type StoredCorpusSource = CorpusSource & { rows: StoredRows };

/**
 * The stored corpus as the export formats read it (../export/source.ts), row by row (see
 * storedRows), and its rows as they are.
 */
export function storedCorpus(read: ReadRows, sql: RowsSql): StoredCorpusSource {
  const { bytes } = sql;
  const rows = storedRows(read, sql);
  async function* decoded<T>(list: StoredList): AsyncGenerator<T> {
    for await (const row of rows[list]()) yield decodeStoredRow(list, row) as T;
  }
  return {
    rows,
    articles: () => decoded<Article>('articles'),
    async *events(order) {
      if (order === 'id') {
        yield* decoded<FusedEvent>('events');
        return;
      }
      const events = read<{ id: string; data: string | null; report: string | null }>(
        `SELECT id, data, report FROM (
           SELECT coalesce(date, '') AS day, id, -1 AS ord, data, NULL AS report FROM events
           UNION ALL
           SELECT coalesce(e.date, ''), r.event_id, r.ord, NULL, r.data
           FROM event_reports r JOIN events e ON e.id = r.event_id
         ) event_rows ORDER BY ${bytes('day')}, ${bytes('id')}, ord`,
      );
      let event: FusedEvent | null = null;
      for await (const row of events) {
        if (row.report === null) {
          if (event) yield event;
          event = { ...(JSON.parse(row.data!) as Omit<FusedEvent, 'reports'>), reports: [] };
        } else {
          event!.reports.push(JSON.parse(row.report) as FusedEvent['reports'][number]);
        }
      }
      if (event) yield event;
    },
    entities: () => decoded<Entity>('entities'),
    disputes: () => decoded<Dispute>('disputes'),
    checks: () => decoded<Check>('checks'),
  };
}
