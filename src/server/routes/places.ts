/**
 * Places: every resolved toponym's gazetteer record, with how often the articles name it (and in
 * which spellings) and how many events are anchored on it.
 */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import type { Place } from '../../model.js';
import { getGazetteer } from '../../geo/gazetteer.js';
import { notFound } from '../errors.js';
import { checkBbox } from '../query.js';
import { listRoute } from '../list.js';
import { errorResponses, eventSummarySchema, placeSchema, bboxSchema } from '../schemas.js';
import type { CorpusView } from '../view.js';
import { summarise } from './events.js';

interface PlaceRow {
  place: Place;
  spellings: string[];
  mentions: number;
  articles: number;
  events: number;
}

const cache = new WeakMap<CorpusView, PlaceRow[]>();

function placesOf(view: CorpusView): PlaceRow[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const rows = new Map<
    number,
    { place: Place; spellings: Set<string>; mentions: number; articles: Set<string>; events: number }
  >();
  const row = (p: Place) => {
    let r = rows.get(p.geonameid);
    if (!r)
      rows.set(p.geonameid, (r = { place: p, spellings: new Set(), mentions: 0, articles: new Set(), events: 0 }));
    return r;
  };
  for (const a of view.corpus.articles) {
    for (const t of a.toponyms ?? []) {
      if (!t.place) continue;
      const r = row(t.place);
      r.spellings.add(t.text);
      r.mentions++;
      r.articles.add(a.id);
    }
  }
  for (const e of view.corpus.events) if (e.place) row(e.place).events++;
  const out = [...rows.values()]
    .map((r) => ({
      place: r.place,
      spellings: [...r.spellings].sort(),
      mentions: r.mentions,
      articles: r.articles.size,
      events: r.events,
    }))
    .sort((x, y) => y.mentions - x.mentions || x.place.name.localeCompare(y.place.name));
  cache.set(view, out);
  return out;
}

const placeRowSchema = {
  type: 'object',
  properties: {
    place: placeSchema,
    spellings: { type: 'array', items: { type: 'string' } },
    mentions: { type: 'integer' },
    articles: { type: 'integer' },
    events: { type: 'integer' },
  },
} as const;

export default async function placesPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  app.get(
    '/api/settlements',
    {
      schema: {
        summary: "The most populous settlements of the gazetteer inside a box, largest first: the basemap's labels",
        tags: ['places'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['bbox'],
          properties: {
            bbox: bboxSchema,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 60 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              settlements: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    geonameid: { type: 'integer' },
                    name: { type: 'string' },
                    lat: { type: 'number' },
                    lon: { type: 'number' },
                    population: { type: 'number' },
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
      const { bbox, limit } = request.query;
      checkBbox(bbox);
      const [w, s, e, n] = bbox.split(',').map(Number) as [number, number, number, number];
      // the gazetteer the package ships, loaded on the first request (the page asks once it is drawn)
      const settlements = getGazetteer()
        .largestWithin(w, s, e, n, limit)
        .map((p) => ({ geonameid: p.geonameid, name: p.name, lat: p.lat, lon: p.lon, population: p.population }));
      return { settlements };
    },
  );
  listRoute(app, {
    url: '/api/places',
    summary: 'List resolved places with their spellings and counts (most mentioned first)',
    tags: ['places'],
    filters: {
      country: { type: 'string', description: 'ISO 3166-1 alpha-2 code' },
      q: { type: 'string', description: 'part of the name or of a spelling met' },
    },
    name: 'places',
    items: placeRowSchema,
    matches: (q, view) => {
      const needle = q.q?.toLowerCase();
      return placesOf(view).filter(
        (r) =>
          (!q.country || r.place.country.toLowerCase() === q.country.toLowerCase()) &&
          (!needle ||
            r.place.name.toLowerCase().includes(needle) ||
            r.spellings.some((s) => s.toLowerCase().includes(needle))),
      );
    },
  });

  app.get(
    '/api/places/:geonameid',
    {
      schema: {
        summary: 'One place with its spellings and the events anchored on it',
        tags: ['places'],
        params: {
          type: 'object',
          // a string, so that a malformed id is a 404 like any other unknown one
          properties: { geonameid: { type: 'string', maxLength: 20, description: 'GeoNames id' } },
          required: ['geonameid'],
        },
        response: {
          200: {
            type: 'object',
            properties: { ...placeRowSchema.properties, event_list: { type: 'array', items: eventSummarySchema } },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const raw = request.params.geonameid;
      const geonameid = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
      const view = app.sitrep.view;
      const r = placesOf(view).find((x) => x.place.geonameid === geonameid);
      if (!r) throw notFound(`No place with GeoNames id '${raw}' in this corpus. List places with GET /api/places.`);
      return { ...r, event_list: view.eventRows.filter((e) => e.event.place?.geonameid === geonameid).map(summarise) };
    },
  );
}
