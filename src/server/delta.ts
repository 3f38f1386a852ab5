/**
 * A corpus as a change against the one before: what the server's writer thread sends the request
 * thread after each accepted article (or another process's analyze), so that the request thread
 * never re-reads, re-parses or receives the whole corpus — it takes the items that changed, keeps
 * every other item it already holds, and builds its view.
 *
 * Items are keyed by id (a repeated id by its occurrence: `id`, `id\u0000 1`, …); an item counts
 * as changed when its serialised form differs from what was sent before: a SHA-1 of its JSON, or,
 * for a corpus read from a store, of its rows' text as stored (`rowsDelta`), so that only the
 * rows that changed are ever parsed.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../model.js';
import { decodeStoredRow, type StoredRow, type StoredRows } from '../store/rows.js';

/** The corpus's lists, each item keyed by id. */
export const DELTA_FIELDS = ['articles', 'entities', 'events', 'disputes', 'checks'] as const;
export type DeltaField = (typeof DELTA_FIELDS)[number];
type Field = DeltaField;
type Item = { id: string };

interface FieldDelta {
  /** every key of the new list, in its order */
  keys: string[];
  /** the items whose key is new or whose content changed */
  changed: [string, unknown][];
}

export interface CorpusDelta {
  /** a field absent here is unchanged: same keys, same order, same content */
  fields: Partial<Record<Field, FieldDelta>>;
  /** present when the control snapshots changed */
  control?: { value: Corpus['control'] };
}

/** What the sender remembers of the corpus it last sent: per field, each key's content digest. */
export interface Fingerprints {
  fields: Record<Field, { keys: string[]; digests: Map<string, string> }>;
  control: string;
}

/** The digest of an item's JSON text. */
const digestOfJson = (json: string): string => createHash('sha1').update(json).digest('base64');

const digest = (value: unknown): string => digestOfJson(JSON.stringify(value) ?? 'undefined');

/** The digest of a stored item's row texts (../store/rows.ts StoredRow), each with its length, so that none runs into the next. */
export function rowDigest(texts: readonly (string | null)[]): string {
  const hash = createHash('sha1');
  for (const t of texts) hash.update(t === null ? '-' : `${t.length}:`).update(t ?? '');
  return hash.digest('base64');
}

/**
 * The digest of a stored row as the server fingerprints it: an article's by its revision (which
 * changes whenever its texts do: ../store/rows.ts NEXT_REVISION), so that what changed among
 * the articles is told from their revisions alone; any other row's by its texts.
 */
export function storedRowDigest(row: StoredRow): string {
  return row.revision === undefined ? rowDigest(row.texts) : revisionDigest(row.revision);
}

// a revision's digest: no SHA-1 in base64 starts with '#'
const revisionDigest = (revision: number): string => `#${revision}`;

// articles whose revision changed, read at once
const CHANGED_PAGE = 500;

/** The key of the next item with this id, given how many came before it (`seen`, updated). */
function nextKey(seen: Map<string, number>, id: string): string {
  const n = seen.get(id) ?? 0;
  seen.set(id, n + 1);
  return n === 0 ? id : `${id}\u0000${n}`;
}

function keysOf(items: readonly Item[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => nextKey(seen, item.id));
}

/**
 * Fingerprints taken an item at a time, list by list, as a corpus is read a page at a time (the
 * writer thread's first reading of a store): the same as `fingerprints` of the whole corpus.
 */
export class FingerprintsBuilder {
  private readonly fields = Object.fromEntries(
    DELTA_FIELDS.map((f) => [f, { keys: [], digests: new Map() }]),
  ) as unknown as Fingerprints['fields'];
  private readonly seen = new Map<Field, Map<string, number>>(DELTA_FIELDS.map((f) => [f, new Map()]));

  /** The next item of `field`; `json` is its JSON text, when the caller has made it already. */
  add(field: Field, item: Item, json: string = JSON.stringify(item)): void {
    this.addDigest(field, item.id, digestOfJson(json));
  }

  /** The next item of `field`, by id and digest (a row's: `rowDigest`); returns its key. */
  addDigest(field: Field, id: string, digest: string): string {
    const key = nextKey(this.seen.get(field)!, id);
    this.fields[field].keys.push(key);
    this.fields[field].digests.set(key, digest);
    return key;
  }

  /** The keys of the items of `field` added so far, in order. */
  keys(field: Field): string[] {
    return this.fields[field].keys;
  }

  /** The fingerprints of the items added, with the corpus's control snapshots. */
  done(control: Corpus['control']): Fingerprints {
    return { fields: this.fields, control: digest(control ?? null) };
  }
}

export function fingerprints(corpus: Corpus): Fingerprints {
  const built = new FingerprintsBuilder();
  for (const field of DELTA_FIELDS) for (const item of corpus[field] as Item[]) built.add(field, item);
  return built.done(corpus.control);
}

/** One list's change: its new keys, with the items that changed, when anything did. */
function fieldDelta(was: { keys: string[] }, keys: string[], changed: [string, unknown][]): FieldDelta | undefined {
  const sameOrder = was.keys.length === keys.length && was.keys.every((k, i) => k === keys[i]);
  return changed.length > 0 || !sameOrder ? { keys, changed } : undefined;
}

/** The change from the corpus `before` describes to `next`, and `next`'s fingerprints for the next call. */
export function corpusDelta(before: Fingerprints, next: Corpus): { delta: CorpusDelta; prints: Fingerprints } {
  const prints = fingerprints(next);
  const delta: CorpusDelta = { fields: {} };
  for (const field of DELTA_FIELDS) {
    const was = before.fields[field];
    const now = prints.fields[field];
    const items = next[field] as Item[];
    const changed: [string, unknown][] = [];
    now.keys.forEach((k, i) => {
      if (was.digests.get(k) !== now.digests.get(k)) changed.push([k, items[i]]);
    });
    const d = fieldDelta(was, now.keys, changed);
    if (d) delta.fields[field] = d;
  }
  if (prints.control !== before.control) delta.control = { value: next.control };
  return { delta, prints };
}

/**
 * The change from the corpus `before` describes (fingerprinted from rows: `storedRowDigest`) to
 * the one a store holds now, read as rows: a row is parsed only when its digest changed. Of the
 * articles only the ids and revisions are read, and then the rows of those whose revision moved,
 * so that a store of 20,000 articles with ten new reads ten articles (reading and digesting every
 * one took 1.3 s of CPU); the other lists, which every corpus pass writes anew, are read and
 * digested whole.
 */
export async function rowsDelta(
  before: Fingerprints,
  rows: StoredRows,
  control: Corpus['control'],
): Promise<{ delta: CorpusDelta; prints: Fingerprints }> {
  const built = new FingerprintsBuilder();
  const delta: CorpusDelta = { fields: {} };
  for (const field of DELTA_FIELDS) {
    const was = before.fields[field];
    const changed: [string, unknown][] = [];
    if (field === 'articles') {
      // an article's id is its key (the store's primary key: no repeats)
      const moved: string[] = [];
      for await (const { id, revision } of rows.articleRevisions()) {
        const digest = revisionDigest(revision);
        const key = built.addDigest(field, id, digest);
        if (was.digests.get(key) !== digest) moved.push(key);
      }
      for (let at = 0; at < moved.length; at += CHANGED_PAGE)
        for await (const row of rows.articlesWithIds(moved.slice(at, at + CHANGED_PAGE)))
          changed.push([row.id, decodeStoredRow(field, row)]);
    } else {
      for await (const row of rows[field]()) {
        const digest = storedRowDigest(row);
        const key = built.addDigest(field, row.id, digest);
        if (was.digests.get(key) !== digest) changed.push([key, decodeStoredRow(field, row)]);
      }
    }
    const d = fieldDelta(was, built.keys(field), changed);
    if (d) delta.fields[field] = d;
  }
  const prints = built.done(control);
  if (prints.control !== before.control) delta.control = { value: control };
  return { delta, prints };
}

/** `current` (the corpus the delta was computed against) with the delta applied. */
export function applyCorpusDelta(current: Corpus, delta: CorpusDelta): Corpus {
  const next: Corpus = { ...current };
  for (const field of DELTA_FIELDS) {
    const d = delta.fields[field];
    if (!d) continue;
    const items = current[field] as Item[];
    const held = new Map<string, unknown>(keysOf(items).map((k, i) => [k, items[i]]));
    for (const [k, item] of d.changed) held.set(k, item);
    (next as unknown as Record<Field, unknown[]>)[field] = d.keys.map((k) => {
      if (!held.has(k)) throw new Error(`corpus delta names ${field} '${k}', which neither it nor the corpus holds`);
      return held.get(k);
    });
  }
  if (delta.control) next.control = delta.control.value;
  return next;
}

/** Nothing changed. */
export const emptyDelta = (d: CorpusDelta): boolean => Object.keys(d.fields).length === 0 && !d.control;
