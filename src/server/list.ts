/**
 * A list route (articles, claims, disputes, entities, events, places) in one place: its
 * querystring (the route's own filters, then limit and offset), its answer (how many match, the
 * window asked for, the items in it) and the page cut from the matches.
 */
import { int } from './schemas.js';

const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 10000, default: 100, description: 'at most this many items' },
  offset: { type: 'integer', minimum: 0, default: 0, description: 'skip this many items' },
} as const;

/** The window a list route was asked for; limit and offset have defaults, so both are there. */
interface Paging {
  limit: number;
  offset: number;
}

/**
 * A list route's querystring: its filters, then limit and offset. A field not listed is refused,
 * so that a misspelt filter is not silently ignored.
 */
export function listQuery<const Filters extends Record<string, object>>(filters: Filters) {
  return { type: 'object', additionalProperties: false, properties: { ...filters, ...paging } } as const;
}

/** A list route's answer: the total that match, the window, and the items under their own name. */
export function listResponse(name: string, items: object) {
  return {
    type: 'object',
    properties: { total: int, limit: int, offset: int, [name]: { type: 'array', items } },
  } as const;
}

/** The window of a list's matches, as listResponse describes it; each item made a row by `row`. */
export function page<T>(
  name: string,
  all: readonly T[],
  window: Paging,
  row?: (item: T) => unknown,
): Record<string, unknown> {
  const items = all.slice(window.offset, window.offset + window.limit);
  return { total: all.length, limit: window.limit, offset: window.offset, [name]: row ? items.map(row) : items };
}
