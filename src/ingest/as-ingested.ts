/**
 * What ingest made of a stored article: its metadata, text, signature and ingest messages, with
 * the analysed layers and the stages' messages left out. `reanalyze` and the re-dating of the
 * corpus pass start the article stages again from it.
 */
import type { Article } from '../model.js';

export function asIngested(stored: Article): Article {
  const {
    id,
    path,
    format,
    text,
    title,
    url,
    outlet,
    published,
    published_on_or_after,
    wire,
    language,
    duplicate_of,
    signature,
    read_dates,
  } = stored;
  const article: Article = {
    id,
    path,
    format,
    text,
    title,
    url,
    outlet,
    published,
    published_on_or_after,
    wire,
    language,
    duplicate_of,
    messages: stored.messages.filter((m) => m.stage === 'ingest'),
  };
  if (signature) article.signature = signature;
  if (read_dates) article.read_dates = read_dates;
  return article;
}
