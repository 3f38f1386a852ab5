/**
 * A list route (articles, claims, disputes, entities, events, places) in one place: its
 * querystring (the route's own filters, then limit and offset), its answer (how many match, the
 * window asked for, the items in it, the version of the corpus it was cut from) and the page cut
 * from the matches.
 *
 * The answer's version is also its entity tag: one URL asked at one version gets the same answer,
 * so a request whose If-None-Match names the version served is answered 304 with no body.
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
  /** fields of the answer besides the page, with their schemas; their values are read after `matches` */
  more?: { properties: Record<string, JSONSchema>; of: (query: ListQuery<F>, view: CorpusView) => object };
}

/** The answer's version, and the entity tag that names it (RFC 9110 §8.8.3: a quoted string). */
export const versionSchema = {
  type: 'integer',
  description:
    'the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it',
} as const;
export const etagOf = (version: number): string => `"${version}"`;

/** If-None-Match names `etag` (or is `*`): a list of tags, weak ones compared weakly (RFC 9110 §13.1.2). */
function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//u, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Registers GET `url`: the items that match, `limit` of them from `offset`, with their total. The
 * querystring is validated by its schema before the handler runs, so the query is of that type.
 */
export function listRoute<const F extends Filters, T>(app: FastifyInstance, route: ListRoute<F, T>): void {
  const { name, items, matches, row, more } = route;
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
            properties: {
              total: int,
              limit: int,
              offset: int,
              version: versionSchema,
              ...more?.properties,
              [name]: { type: 'array', items },
            },
          },
          304: { description: 'If-None-Match named the version served: no body' },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      // one view for the whole answer, though the corpus may be replaced meanwhile
      const view = app.sitrep.view;
      // the query was validated against listQuery(route.filters) before the handler runs
      const all = matches(request.query as ListQuery<F>, view);
      const etag = etagOf(view.version);
      void reply.header('etag', etag);
      if (notModified(request.headers['if-none-match'], etag)) return reply.code(304).send();
      const { limit, offset } = request.query as Paging;
      const shown = all.slice(offset, offset + limit);
      const extra: object = more ? more.of(request.query as ListQuery<F>, view) : {};
      return {
        total: all.length,
        limit,
        offset,
        version: view.version,
        ...extra,
        [name]: row ? shown.map((item) => row(item, view)) : shown,
      };
    },
  );
}
