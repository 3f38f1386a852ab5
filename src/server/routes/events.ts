/**
 * Events: the fused records, filtered for the map, the timeline and the list; one event with its
 * reports side by side (each sentence with its place, date, numbers and speaker marked), its
 * checks and the disputes that touch it.
 */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import type { EventMention, FusedEvent } from '../../model.js';
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
  canonicalList,
  canonicalSides,
  checkBbox,
  checkRange,
  EVENT_TYPES,
  STATUSES,
  SUB_EVENT_TYPES,
} from '../query.js';

interface EventQuery {
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

function filterEvents(view: CorpusView, q: Omit<EventQuery, 'limit' | 'offset'>): EventRow[] {
  const types = listOf(q.event_type);
  const subTypes = listOf(q.sub_event_type);
  const outlets = listOf(q.outlet)?.map((o) => o.toLowerCase());
  const sides = listOf(q.side);
  const statuses = listOf(q.status);
  const bbox = q.bbox ? q.bbox.split(',').map(Number) : null;
  return view.eventRows.filter(({ event: e, sides: s, lat, lon }) => {
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

function filteredRows(view: CorpusView, q: EventQuery): EventRow[] {
  const { limit, offset, ...criteria } = q;
  const defined = Object.entries(criteria).filter(([, v]) => v !== undefined && v !== '');
  if (defined.length === 0) return view.eventRows;
  const key = JSON.stringify(defined.sort(([a], [b]) => a.localeCompare(b)));
  let memo = filtered.get(view);
  if (!memo) filtered.set(view, (memo = new Map<string, EventRow[]>()));
  let rows = memo.get(key);
  if (!rows) {
    if (memo.size >= MAX_REMEMBERED_QUERIES) memo.delete(memo.keys().next().value!);
    memo.set(key, (rows = filterEvents(view, criteria)));
  }
  return rows;
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

function reportsOf(view: CorpusView, event: FusedEvent) {
  return event.reports.map((r) => {
    const article = view.articles.get(r.articleId);
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
      return filteredRows(view, q);
    },
    row: summarise,
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
        detail = {
          event: row.event,
          sides: row.sides,
          reports: reportsOf(view, row.event),
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
