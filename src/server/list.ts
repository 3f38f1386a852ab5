/**
 * A list route (articles, claims, disputes, entities, events, places) in one place: its
 * querystring (the route's own filters, then limit and offset), its answer (how many match, the
 * window asked for, the items in it) and the page cut from the matches.
 */
import type { FastifyInstance } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { errorResponses, int } from './schemas.js';
import type { CorpusView } from './view.js';

const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 10000, default: 100, description: 'at most this many items' },
  offset: { type: 'integer', minimum: 0, default: 0, description: 'skip this many items' },
} as const;

type Filters = Record<string, JSONSchema>;

/** The window a list route was asked for; limit and offset have defaults, so both are there. */
interface Paging {
  limit: number;
  offset: number;
}

/**
 * A list route's querystring: its filters, then limit and offset. A field not listed is refused,
 * so that a misspelt filter is not silently ignored.
 */
function listQuery<const F extends Filters>(filters: F) {
  return { type: 'object', additionalProperties: false, properties: { ...filters, ...paging } } as const;
}

/** What a list route's handler is given: its filters as sent, with limit and offset (defaulted). */
export type ListQuery<F extends Filters> = FromSchema<ReturnType<typeof listQuery<F>>>;

interface ListRoute<F extends Filters, T> {
  url: string;
  summary: string;
  tags: string[];
  filters: F;
  /** the answer's field that holds the items, and the schema of one */
  name: string;
  items: JSONSchema;
  /** every item of the view that passes the filters, in the order they are listed */
  matches: (query: ListQuery<F>, view: CorpusView) => readonly T[];
  /** what is sent for an item on the page (default: the item itself) */
  row?: (item: T, view: CorpusView) => unknown;
}

/**
 * Registers GET `url`: the items that match, `limit` of them from `offset`, with their total. The
 * querystring is validated by its schema before the handler runs, so the query is of that type.
 */
export function listRoute<const F extends Filters, T>(app: FastifyInstance, route: ListRoute<F, T>): void {
  const { name, items, matches, row } = route;
  app.get(
    route.url,
    {
      schema: {
        summary: route.summary,
        tags: route.tags,
        querystring: listQuery(route.filters),
        response: {
          200: {
            type: 'object',
            properties: { total: int, limit: int, offset: int, [name]: { type: 'array', items } },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      // one view for the whole answer, though the corpus may be replaced meanwhile
      const view = app.sitrep.view;
      // the query was validated against listQuery(route.filters) before the handler runs
      const all = matches(request.query as ListQuery<F>, view);
      const { limit, offset } = request.query as Paging;
      const shown = all.slice(offset, offset + limit);
      return { total: all.length, limit, offset, [name]: row ? shown.map((item) => row(item, view)) : shown };
    },
  );
}
