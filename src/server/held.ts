/**
 * What the request thread of `sitrep serve` holds of each article, and how a route gets the
 * whole articles it needs.
 *
 * The lists, filters and event rows read an article's ingest fields, toponyms, entities, claims,
 * event mentions, checks and statements: those are held. The text and the layers only an
 * article's own annotated page reads (sentences, time expressions, quantities, non-events,
 * demonyms, the toponyms' evidence), and what nothing served reads (the MinHash signature, the
 * dates as read), stay in the store: the routes that show an article's text (`GET /api/articles/{id}`, an event's report
 * sentences and highlights) read those articles whole from the writer thread, which owns the
 * store. The request thread's heap after taking in the bench's 20,000-article store, collected:
 * 249 MB, against 453 MB holding every article whole (330 MB without the evidence and the shared
 * places below).
 */
import type { Article, Place, ToponymMention } from '../model.js';
import type { CorpusWriter } from './writer.js';

/** The layers (and the text) the request thread does not hold; see the top of this file. */
export const UNHELD = [
  'sentences',
  'signature',
  'read_dates',
  'timexes',
  'quantities',
  'nonEvents',
  'demonyms',
] as const satisfies readonly (keyof Article)[];

// One object per distinct place (by content): a store's toponyms name the same few thousand
// places hundreds of thousands of times, each parsed into an object of its own.
const places = new Map<string, Place>();
function oneOf(place: Place): Place {
  const key = JSON.stringify(place);
  const found = places.get(key);
  if (found) return found;
  places.set(key, place);
  return place;
}

/**
 * The article as the request thread holds it: without UNHELD, its text empty, its toponyms
 * without the resolver's evidence (shown on the article's page, read whole) and sharing their
 * places.
 */
export function heldArticle(article: Article): Article {
  const held = { ...article, text: '' } as Record<string, unknown>;
  for (const key of UNHELD) delete held[key];
  if (article.toponyms)
    held.toponyms = article.toponyms.map(({ evidence: _, ...t }): ToponymMention =>
      t.place ? { ...t, place: oneOf(t.place) } : t,
    );
  return held as unknown as Article;
}

/**
 * The whole articles with these ids, by id: read by the writer where it has them (a server whose
 * request thread holds articles without their text), else those the view holds, which are whole.
 * An id no longer stored is missing from the map.
 */
export async function wholeArticles(
  writer: CorpusWriter,
  held: ReadonlyMap<string, Article>,
  ids: readonly string[],
): Promise<Map<string, Article>> {
  const wanted = [...new Set(ids)];
  if (writer.articles) return new Map((await writer.articles(wanted)).map((a) => [a.id, a]));
  const out = new Map<string, Article>();
  for (const id of wanted) {
    const a = held.get(id);
    if (a) out.set(id, a);
  }
  return out;
}
