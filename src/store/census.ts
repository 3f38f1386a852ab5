/**
 * What a run's closing summary counts of the stored articles (outlets, dates, how many toponyms,
 * claims, events … the stages found): gathered one article at a time from a corpus in memory, or
 * counted by the database from the stored layers (a corpus pass that does not hold the articles).
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
export type Counted = (typeof COUNTED)[number];

/** An article's items per counted layer (null: the layer is absent), and its resolved toponyms. */
export interface LayerCounts {
  layers: Map<Counted, number | null>;
  resolvedToponyms: number;
}

/** The counts of an article in memory. */
export function countsOf(a: Article): LayerCounts {
  const layers = new Map<Counted, number | null>();
  for (const key of COUNTED) {
    const layer = a[key] as unknown[] | undefined;
    layers.set(key, layer === undefined ? null : (layer?.length ?? 0));
  }
  return { layers, resolvedToponyms: (a.toponyms ?? []).filter((t) => t.place).length };
}

/**
 * An article's counts as the store keeps them beside its layers (column `counts`, written with
 * the row): the items of each COUNTED layer in that order (null: the layer is absent), then the
 * resolved toponyms. A corpus pass reads these instead of having the database parse every
 * article's layers to count them (a third of reading what it holds). A change to COUNTED needs a
 * migration that counts again (see migration 9).
 */
export function encodeCounts(c: LayerCounts): string {
  return JSON.stringify([...COUNTED.map((key) => c.layers.get(key) ?? null), c.resolvedToponyms]);
}

export function decodeCounts(json: string): LayerCounts {
  const v = JSON.parse(json) as unknown;
  if (!Array.isArray(v) || v.length !== COUNTED.length + 1)
    throw new Error(`not the counts of ${COUNTED.length} layers and the resolved toponyms: ${json.slice(0, 80)}`);
  return {
    layers: new Map(COUNTED.map((key, i) => [key, v[i] as number | null])),
    resolvedToponyms: Number(v[COUNTED.length] ?? 0),
  };
}

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
    this.addCounted(a, countsOf(a));
  }

  /** Adds an article whose layers were counted apart (by the database, for a pass that does not hold them). */
  addCounted(
    a: Pick<Article, 'outlet' | 'published' | 'published_on_or_after' | 'duplicate_of'>,
    counts: LayerCounts,
  ): void {
    this.articles++;
    if (a.outlet) this.outlets.add(a.outlet);
    const date = a.published ?? a.published_on_or_after;
    if (date) {
      if (this.first === null || date < this.first) this.first = date;
      if (this.last === null || date > this.last) this.last = date;
    }
    for (const [key, n] of counts.layers) if (n !== null) this.layers.set(key, (this.layers.get(key) ?? 0) + n);
    this.resolvedToponyms += counts.resolvedToponyms;
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
