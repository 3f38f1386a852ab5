/** Entities: people, organisations, groups and media, with every spelling met and their side. */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import type { Entity } from '../../model.js';
import { notFound } from '../errors.js';
import { listRoute } from '../list.js';
import { entitySchema, errorResponses, idParams } from '../schemas.js';
import { canonicalSides } from '../query.js';

const row = (e: Entity) => ({ ...e, role: e.role ?? null, mentions: e.mentions.length });

export default async function entitiesPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  listRoute(app, {
    url: '/api/entities',
    summary: 'List entities (people, organisations, groups, media)',
    tags: ['entities'],
    filters: {
      type: { type: 'string', enum: ['person', 'organization', 'group', 'media'] },
      side: { type: 'string' },
      q: { type: 'string', description: 'part of the canonical name or of a variant' },
    },
    name: 'entities',
    items: entitySchema,
    matches: (q, view) => {
      const needle = q.q?.toLowerCase();
      const sides = canonicalSides(q.side)?.split(',');
      return view.entities.filter(
        (e) =>
          (!q.type || e.type === q.type) &&
          (!sides || sides.includes(e.side ?? '')) &&
          (!needle || [e.canonical, ...e.variants].some((v) => v.toLowerCase().includes(needle))),
      );
    },
    row: row,
  });

  app.get(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity',
        tags: ['entities'],
        params: idParams,
        response: { 200: { type: 'object', properties: { entity: entitySchema } }, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const e = app.sitrep.view.entities.find((x) => x.id === id);
      if (!e) throw notFound(`No entity with id '${id}'. List entities with GET /api/entities.`);
      return { entity: row(e) };
    },
  );
}
