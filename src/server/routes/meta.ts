/**
 * What the page asks first (counts, the values its filters offer, the date range) and the
 * control-map layer: the last snapshot on or before a day.
 */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import { snapshotFor } from '../control.js';
import { errorResponses, isoDate } from '../schemas.js';

const strings = { type: 'array', items: { type: 'string' } } as const;

export default async function metaPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  app.get(
    '/api/summary',
    {
      schema: {
        summary: 'Counts, the date range, and the values each filter can take',
        tags: ['summary'],
        response: {
          200: {
            type: 'object',
            properties: {
              articles: { type: 'integer' },
              events: { type: 'integer' },
              disputes: { type: 'integer' },
              series: { type: 'integer' },
              checks: { type: 'integer' },
              entities: { type: 'integer' },
              date_min: { type: ['string', 'null'] },
              date_max: { type: ['string', 'null'] },
              event_types: strings,
              outlets: strings,
              sides: strings,
              statuses: strings,
              control_snapshots: strings,
            },
          },
        },
      },
    },
    async () => {
      const view = app.sitrep.view;
      const dates = view.eventRows.map((r) => r.event.date).filter((d): d is string => !!d);
      const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort();
      return {
        articles: view.corpus.articles.length,
        events: view.eventRows.length,
        disputes: view.corpus.disputes.filter((d) => d.kind === 'contradiction').length,
        series: view.corpus.disputes.filter((d) => d.kind === 'series').length,
        checks: view.allChecks().length,
        entities: view.entities.length,
        date_min: dates[0] ?? null,
        date_max: dates[dates.length - 1] ?? null,
        event_types: uniq(view.eventRows.map((r) => r.event.event_type)),
        outlets: uniq(view.eventRows.flatMap((r) => r.event.outlets)),
        sides: uniq(view.eventRows.flatMap((r) => r.sides)),
        statuses: uniq(view.eventRows.map((r) => r.event.status)),
        control_snapshots: view.snapshots.map((s) => s.time),
      };
    },
  );

  app.get(
    '/api/control',
    {
      schema: {
        summary: 'The territorial-control snapshot in force on a day, as a GeoJSON FeatureCollection',
        tags: ['control'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['date'],
          properties: { date: { ...isoDate, description: 'YYYY-MM-DD' } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              type: { type: 'string', const: 'FeatureCollection' },
              time: { type: 'string' },
              features: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    type: { type: 'string' },
                    geometry: { type: 'object', additionalProperties: true },
                    properties: {
                      type: 'object',
                      properties: { status: { type: 'string' }, name: { type: ['string', 'null'] } },
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
    async (request, reply) => {
      const { date } = request.query;
      const snap = snapshotFor(app.sitrep.view.snapshots, date);
      if (!snap) {
        return reply.code(404).send({
          error: 'not_found',
          message: app.sitrep.view.snapshots.length
            ? `No control-map snapshot on or before ${date}; the first is from ${app.sitrep.view.snapshots[0]!.time}.`
            : 'No control maps are loaded; import some with `sitrep control import FILES...`.',
        });
      }
      return { type: 'FeatureCollection', time: snap.time, features: snap.features };
    },
  );
}
