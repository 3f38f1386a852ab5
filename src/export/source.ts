/**
 * What the export formats read: the corpus list by list, each list in the order it is written
 * out, so that a format writes as it reads and never holds the whole corpus. A store gives the
 * lists row by row from one snapshot (its backends' `readCorpus`); `corpusSource` gives them from
 * a corpus in memory. Each call starts a fresh reading: a format may read a list more than once.
 */
import type { Article, Check, Corpus, Dispute, Entity, FusedEvent } from '../model.js';

export interface CorpusSource {
  /** the articles as the corpus stages left them, by path then id */
  articles(): AsyncIterable<Article>;
  /** the fused events with their reports, by date (none: '') then id, or by id */
  events(order: 'date' | 'id'): AsyncIterable<FusedEvent>;
  /** the corpus-level entities, by id */
  entities(): AsyncIterable<Entity>;
  /** by id */
  disputes(): AsyncIterable<Dispute>;
  /** the corpus-level checks, as the corpus holds them (a store's: by id) */
  checks(): AsyncIterable<Check>;
}

/**
 * Strings in code-unit order, as the store sorts them (SQLite's BINARY, PostgreSQL's COLLATE "C":
 * byte order of UTF-8, which differs from this only between characters beyond U+FFFF and those
 * from U+E000 to U+FFFF at the same position).
 */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byDateThenId = (x: FusedEvent, y: FusedEvent): number =>
  byString(x.date ?? '', y.date ?? '') || byString(x.id, y.id);

/** An array as a list to read. */
export async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** The lists of a corpus in memory, sorted as a store gives them (stable sorts: ties keep their order). */
export function corpusSource(corpus: Corpus): CorpusSource {
  return {
    articles: () => each([...corpus.articles].sort((x, y) => byString(x.path, y.path) || byString(x.id, y.id))),
    events: (order) => each([...corpus.events].sort(order === 'date' ? byDateThenId : (x, y) => byString(x.id, y.id))),
    entities: () => each([...corpus.entities].sort((x, y) => byString(x.id, y.id))),
    disputes: () => each([...corpus.disputes].sort((x, y) => byString(x.id, y.id))),
    checks: () => each(corpus.checks),
  };
}

/** Every item of an async iterable, in an array (what the formats stream, gathered for a caller that wants it whole). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
