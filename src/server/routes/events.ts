/**
 * Events: the fused records, filtered for the map, the timeline and the list; one event with its
 * reports side by side (each sentence with its place, date, numbers and speaker marked), its
 * checks and the disputes that touch it.
 */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import type { Article, EventMention, FusedEvent } from '../../model.js';
import { wholeArticles } from '../held.js';
import { annotate } from '../annotate.js';
import {
  checkSchema,
  disputeSchema,
  errorResponses,
  eventSchema,
  eventSummarySchema,
  idParams,
  isoDate,
  bboxSchema,
} from '../schemas.js';
import { listRoute } from '../list.js';
import { within, type CorpusView, type EventRow } from '../view.js';
import { enrichDispute } from './disputes.js';
import { notFound } from '../errors.js';
import {
  badField,
  canonicalList,
  canonicalSides,
  checkBbox,
  checkRange,
  EVENT_TYPES,
  STATUSES,
  SUB_EVENT_TYPES,
} from '../query.js';

interface EventQuery {
  since?: number;
  from?: string;
  to?: string;
  bbox?: string;
  event_type?: string;
  sub_event_type?: string;
  outlet?: string;
  side?: string;
  status?: string;
  min_corroboration?: number;
  place?: number;
  limit: number;
  offset: number;
}

const listOf = (s?: string): string[] | null =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : null;

function filterEvents(rows: readonly EventRow[], q: Omit<EventQuery, 'limit' | 'offset' | 'since'>): EventRow[] {
  const types = listOf(q.event_type);
  const subTypes = listOf(q.sub_event_type);
  const outlets = listOf(q.outlet)?.map((o) => o.toLowerCase());
  const sides = listOf(q.side);
  const statuses = listOf(q.status);
  const bbox = q.bbox ? q.bbox.split(',').map(Number) : null;
  return rows.filter(({ event: e, sides: s, lat, lon }) => {
    if (q.from && (!e.date || e.date < q.from)) return false;
    if (q.to && (!e.date || e.date > q.to)) return false;
    if (types && !types.includes(e.event_type)) return false;
    if (subTypes && !subTypes.includes(e.sub_event_type)) return false;
    if (outlets && !e.outlets.some((o) => outlets.includes(o.toLowerCase()))) return false;
    if (sides && !s.some((x) => sides.includes(x))) return false;
    if (statuses && !statuses.includes(e.status)) return false;
    if (q.min_corroboration !== undefined && e.corroboration < q.min_corroboration) return false;
    if (q.place !== undefined && e.place?.geonameid !== q.place) return false;
    if (bbox) {
      if (lat === null || lon === null) return false;
      const [w, s2, east, n] = bbox as [number, number, number, number];
      if (lat < s2 || lat > n) return false;
      // a box across the antimeridian has west > east
      if (w <= east ? lon < w || lon > east : lon < w && lon > east) return false;
    }
    return true;
  });
}

/**
 * The filtered rows of a view, kept for the last queries asked of it: the page and its users ask
 * the same filters again and again (each page of a list, each poll), and a view never changes.
 * Without a filter the view's own rows are the answer, with no copy.
 */
const filtered = new WeakMap<CorpusView, Map<string, EventRow[]>>();
const MAX_REMEMBERED_QUERIES = 64;

function remembered<K, V>(memos: WeakMap<CorpusView, Map<K, V>>, view: CorpusView, key: K, make: () => V): V {
  let memo = memos.get(view);
  if (!memo) memos.set(view, (memo = new Map<K, V>()));
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MAX_REMEMBERED_QUERIES) memo.delete(memo.keys().next().value!);
    memo.set(key, (value = make()));
  }
  return value;
}

function filteredRows(view: CorpusView, q: EventQuery): EventRow[] {
  const { limit, offset, since, ...criteria } = q;
  const defined = Object.entries(criteria).filter(([, v]) => v !== undefined && v !== '');
  if (defined.length === 0) return view.eventRows;
  const key = JSON.stringify(defined.sort(([a], [b]) => a.localeCompare(b)));
  return remembered(filtered, view, key, () => filterEvents(view.eventRows, criteria));
}

/**
 * What a poll with `since` asks for. A version below the run's first was reported by an earlier
 * run (or by none): every event is sent, flagged `full`, and the client drops what it holds. A
 * version above the one served was reported by no one (a run only counts up): a 400 naming it,
 * rather than an empty answer a poller would take for "nothing new" for ever.
 */
function changesSince(view: CorpusView, since: number | undefined): EventRow[] | null {
  if (since === undefined || since < view.firstVersion) return null;
  if (since > view.version) {
    throw badField(
      'since',
      `${since} is after the version served, ${view.version}; send the version an earlier answer reported, or leave since out to get every event.`,
    );
  }
  // the rows of events changed after `since`, in the list's order; the same poll comes from every
  // client at the same version, so it is made once per view and version asked
  return remembered(changed, view, since, () => view.eventRows.filter((r) => r.version > since));
}
const changed = new WeakMap<CorpusView, Map<number, EventRow[]>>();

function eventMatches(view: CorpusView, q: EventQuery): EventRow[] {
  const rows = changesSince(view, q.since);
  if (!rows) return filteredRows(view, q);
  const { limit, offset, since, ...criteria } = q;
  return filterEvents(rows, criteria);
}

/**
 * The ids a client holding the answer to these filters at `since` drops: events removed from the
 * corpus after it, and events added or changed after it that these filters do not match. The
 * server does not know what each client holds, and an id too many is ignored where one too few
 * would leave a stale event shown. Nothing when the answer is every event (`full`).
 */
function removedSince(view: CorpusView, q: EventQuery): { removed: string[]; full: boolean } {
  const rows = changesSince(view, q.since);
  if (!rows) return { removed: [], full: true };
  const kept = new Set(eventMatches(view, q).map((r) => r.event.id));
  const gone = [...view.removed].filter(([, v]) => v > q.since!).map(([id]) => id);
  const left = rows.filter((r) => !kept.has(r.event.id)).map((r) => r.event.id);
  return { removed: [...new Set([...gone, ...left])].sort(), full: false };
}

// a row's summary, made once: rows belong to an immutable view
const summaries = new WeakMap<EventRow, ReturnType<typeof summaryOf>>();

export function summarise(row: EventRow): ReturnType<typeof summaryOf> {
  let s = summaries.get(row);
  if (!s) summaries.set(row, (s = summaryOf(row)));
  return s;
}

function summaryOf(row: EventRow) {
  const e = row.event;
  return {
    id: e.id,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1,
    actor2: e.actor2,
    location: e.location ?? e.place?.name ?? null,
    geonameid: e.place?.geonameid ?? null,
    lat: row.lat,
    lon: row.lon,
    geo_precision: e.geo_precision,
    date: e.date,
    time_precision: e.time_precision,
    fatalities: e.fatalities,
    corroboration: e.corroboration,
    outlets: e.outlets,
    sides: row.sides,
    status: e.status,
    confidence: e.confidence,
    reports: e.reports.length,
  };
}

const details = new WeakMap<CorpusView, Map<string, unknown>>();

/** The event's reports with their sentences and highlights, from the reporting articles whole (`whole`, by id). */
function reportsOf(view: CorpusView, event: FusedEvent, whole: ReadonlyMap<string, Article>) {
  return event.reports.map((r) => {
    const article = whole.get(r.articleId);
    const mention: EventMention | undefined = article?.events?.find((m) => m.id === r.mentionId);
    const claim = view.claim(r.articleId, mention?.claimId ?? null);
    const side = claim?.speaker?.side ?? view.sideOfName(r.claimant);
    const text = article?.text ?? '';
    const s = r.sentence;
    // the sentence as the article holds it, so that highlight offsets are exact
    const sentence = text.slice(s.start, s.end) || s.text;
    const highlights = article
      ? annotate(view, article)
          .filter((a) => ['toponym', 'timex', 'quantity', 'source', 'trigger'].includes(a.kind) && within(a, s))
          .map((a) => ({ start: a.start - s.start, end: a.end - s.start, kind: a.kind, label: a.label }))
      : [];
    return {
      articleId: r.articleId,
      path: r.path,
      title: article?.title ?? null,
      outlet: r.outlet,
      published: article?.published ?? article?.published_on_or_after ?? null,
      date: r.date,
      claimant: r.claimant,
      side,
      hedge: r.hedge,
      sentence: { start: s.start, end: s.end, text: sentence },
      highlights,
    };
  });
}

const highlightSchema = {
  type: 'object',
  properties: {
    start: { type: 'integer' },
    end: { type: 'integer' },
    kind: { type: 'string' },
    label: { type: 'string' },
  },
} as const;

export default async function eventsPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  listRoute(app, {
    url: '/api/events',
    summary: 'List fused events, filtered and paginated (sorted by date)',
    tags: ['events'],
    filters: {
      since: {
        type: 'integer',
        minimum: 0,
        description:
          'only events changed (added, or their record or sides changed) after this version, the `version` of an earlier answer; with the other filters and paging as usual, and `removed` listing the ids to drop. A version from before the server started gives every event with `full: true`; one above the version served is refused',
      },
      from: { ...isoDate, description: 'first day (YYYY-MM-DD, a real calendar day), inclusive; not after `to`' },
      to: { ...isoDate, description: 'last day (YYYY-MM-DD, a real calendar day), inclusive' },
      bbox: bboxSchema,
      event_type: {
        type: 'string',
        description: `ACLED event_type, any case; several separated by commas: ${EVENT_TYPES.join(', ')}`,
      },
      sub_event_type: {
        type: 'string',
        description: `ACLED sub_event_type, any case; several separated by commas: ${SUB_EVENT_TYPES.join(', ')}`,
      },
      outlet: { type: 'string', description: 'outlets carrying a report; several separated by commas' },
      side: {
        type: 'string',
        description:
          "a claimant's side, any case: a side a conflict profile defines (a state's side includes the administrations it installed); several separated by commas",
      },
      status: {
        type: 'string',
        description: 'reported, claimed, disputed or hedged, any case; several separated by commas',
      },
      min_corroboration: { type: 'integer', minimum: 0, description: 'at least this many independent outlets' },
      place: { type: 'integer', description: 'GeoNames id of the place' },
    },
    name: 'events',
    items: eventSummarySchema,
    matches: (q, view) => {
      checkRange(q.from, q.to);
      checkBbox(q.bbox);
      q.event_type = canonicalList('event_type', q.event_type, EVENT_TYPES);
      q.sub_event_type = canonicalList('sub_event_type', q.sub_event_type, SUB_EVENT_TYPES);
      q.status = canonicalList('status', q.status, STATUSES);
      q.side = canonicalSides(q.side);
      return eventMatches(view, q);
    },
    row: summarise,
    more: {
      properties: {
        full: {
          type: 'boolean',
          description:
            'true when the answer is every matching event, not changes: without `since`, or with a `since` from before the server started (a restart); a client then drops what it held',
        },
        removed: {
          type: 'array',
          items: { type: 'string' },
          description:
            'with `since`: the ids to drop — events removed after it, and events added or changed after it that the filters do not match (a client ignores an id it does not hold). Not paged',
        },
      },
      of: (q, view) => removedSince(view, q),
    },
  });

  app.get(
    '/api/events/:id',
    {
      schema: {
        summary: 'One fused event with its reports side by side, its checks and its disputes',
        tags: ['events'],
        params: idParams,
        response: {
          200: {
            type: 'object',
            properties: {
              event: eventSchema,
              sides: { type: 'array', items: { type: 'string' } },
              reports: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    articleId: { type: 'string' },
                    path: { type: 'string' },
                    title: { type: ['string', 'null'] },
                    outlet: { type: ['string', 'null'] },
                    published: { type: ['string', 'null'] },
                    date: { type: ['string', 'null'] },
                    claimant: { type: ['string', 'null'] },
                    side: { type: ['string', 'null'] },
                    hedge: { type: ['string', 'null'] },
                    sentence: eventSchema.properties.reports.items.properties.sentence,
                    highlights: { type: 'array', items: highlightSchema },
                  },
                },
              },
              checks: { type: 'array', items: checkSchema },
              disputes: { type: 'array', items: disputeSchema },
              place_control: {
                type: ['object', 'null'],
                description:
                  "What the control maps show at the event's place, snapshot by snapshot, as runs of one status (null without a place or maps); apart from the event's own checks",
                properties: {
                  place: { type: 'string' },
                  geonameid: { type: 'integer' },
                  runs: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        status: { type: 'string', enum: ['occupied', 'contested', 'liberated', 'none'] },
                        from: { type: 'string', description: 'time of the first snapshot of the run (ISO 8601)' },
                        to: { type: 'string', description: 'time of the last snapshot of the run (ISO 8601)' },
                        snapshots: { type: 'integer' },
                      },
                    },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const view = app.sitrep.view;
      const row = view.events.get(id);
      if (!row) throw notFound(`No event with id '${id}'. List events with GET /api/events.`);
      // built once per view and event: an event with many reports costs its annotations once,
      // not on every request (views are rebuilt when the corpus changes, never mutated)
      let byId = details.get(view);
      if (!byId) details.set(view, (byId = new Map<string, unknown>()));
      let detail = byId.get(id);
      if (!detail) {
        // the reporting articles whole: the view holds them without their text (../held.ts)
        const ids = row.event.reports.map((r) => r.articleId).filter((x) => view.articles.has(x));
        const whole = await wholeArticles(app.sitrep.writer, view.articles, ids);
        detail = {
          event: row.event,
          sides: row.sides,
          reports: reportsOf(view, row.event, whole),
          checks: view.checksOf(row.event),
          disputes: view.disputesOf(row.event).map((d) => enrichDispute(view, d)),
          place_control: view.placeControl(row.event),
        };
        byId.set(id, detail);
      }
      return detail;
    },
  );
}
