/**
 * What ingest made of a stored article: its metadata, text, signature and ingest messages, with
 * the analysed layers and the stages' messages left out. `reanalyze` and the re-dating of the
 * corpus pass start the article stages again from it.
 */
import type { Article } from '../model.js';

/**
 * The fields ingest sets on every article, in the Article's order: what a stored article keeps of
 * ingest, and what the store keeps in columns of their own (src/store/rows.ts).
 */
export const INGESTED = [
  'id',
  'path',
  'format',
  'text',
  'title',
  'url',
  'outlet',
  'published',
  'published_on_or_after',
  'wire',
  'language',
  'duplicate_of',
] as const;

export function asIngested(stored: Article): Article {
  const article: Article = {
    ...(Object.fromEntries(INGESTED.map((key) => [key, stored[key]])) as Pick<Article, (typeof INGESTED)[number]>),
    messages: stored.messages.filter((m) => m.stage === 'ingest'),
  };
  if (stored.signature) article.signature = stored.signature;
  if (stored.read_dates) article.read_dates = stored.read_dates;
  return article;
}
