/**
 * A corpus as a change against the one before: what the server's writer thread sends the request
 * thread after each accepted article (or another process's analyze), so that the request thread
 * never re-reads, re-parses or receives the whole corpus — it takes the items that changed, keeps
 * every other item it already holds, and builds its view.
 *
 * Items are keyed by id (a repeated id by its occurrence: `id`, `id\u0000 1`, …); an item counts
 * as changed when its serialised form differs from what was sent before (a SHA-1 of its JSON).
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../model.js';

const DELTA_FIELDS = ['articles', 'entities', 'events', 'disputes', 'checks'] as const;
type Field = (typeof DELTA_FIELDS)[number];
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
interface Fingerprints {
  fields: Record<Field, { keys: string[]; digests: Map<string, string> }>;
  control: string;
}

const digest = (value: unknown): string =>
  createHash('sha1')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64');

function keysOf(items: readonly Item[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = seen.get(item.id) ?? 0;
    seen.set(item.id, n + 1);
    return n === 0 ? item.id : `${item.id}\u0000${n}`;
  });
}

export function fingerprints(corpus: Corpus): Fingerprints {
  const fields = {} as Fingerprints['fields'];
  for (const field of DELTA_FIELDS) {
    const items = corpus[field] as Item[];
    const keys = keysOf(items);
    fields[field] = { keys, digests: new Map(keys.map((k, i) => [k, digest(items[i])])) };
  }
  return { fields, control: digest(corpus.control ?? null) };
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
    const sameOrder = was.keys.length === now.keys.length && was.keys.every((k, i) => k === now.keys[i]);
    if (changed.length > 0 || !sameOrder) delta.fields[field] = { keys: now.keys, changed };
  }
  if (prints.control !== before.control) delta.control = { value: next.control };
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
