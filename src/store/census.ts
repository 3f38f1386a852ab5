/**
 * What a run's closing summary counts of the stored articles (outlets, dates, how many toponyms,
 * claims, events … the stages found), gathered one article at a time, so that a corpus pass that
 * reads the store page by page can count without holding it.
 */
import type { Article, Corpus } from '../model.js';

/** The article layers the summary counts, in its order. */
export const COUNTED = [
  'toponyms',
  'demonyms',
  'entities',
  'claims',
  'quantities',
  'timexes',
  'events',
  'nonEvents',
  'checks',
] as const satisfies readonly (keyof Article)[];
type Counted = (typeof COUNTED)[number];

export class Census {
  articles = 0;
  readonly outlets = new Set<string>();
  /** the earliest and latest publication date (or its lower bound) */
  first: string | null = null;
  last: string | null = null;
  /** items of each layer; a layer no article carries (a stage not built) is absent */
  readonly layers = new Map<Counted, number>();
  resolvedToponyms = 0;
  duplicates = 0;

  add(a: Article): void {
    this.articles++;
    if (a.outlet) this.outlets.add(a.outlet);
    const date = a.published ?? a.published_on_or_after;
    if (date) {
      if (this.first === null || date < this.first) this.first = date;
      if (this.last === null || date > this.last) this.last = date;
    }
    for (const key of COUNTED) {
      const layer = a[key] as unknown[] | undefined;
      if (layer !== undefined) this.layers.set(key, (this.layers.get(key) ?? 0) + (layer?.length ?? 0));
    }
    for (const t of a.toponyms ?? []) if (t.place) this.resolvedToponyms++;
    if (a.duplicate_of) this.duplicates++;
  }

  /** the count of a layer, or null when no article carries it */
  layer(key: Counted): number | null {
    return this.layers.get(key) ?? null;
  }

  static of(corpus: Pick<Corpus, 'articles'>): Census {
    const census = new Census();
    for (const a of corpus.articles) census.add(a);
    return census;
  }
}
