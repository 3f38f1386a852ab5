/** Claims: who said what, with cue, content, hedge, quantities and dates, across all articles. */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import { listQuery, listResponse, page } from '../list.js';
import { claimSchema, errorResponses } from '../schemas.js';
import { canonicalSides } from '../query.js';

export default async function claimsPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  app.get(
    '/api/claims',
    {
      schema: {
        summary: 'List attributed claims',
        tags: ['claims'],
        querystring: listQuery({
          article: { type: 'string', description: 'article id' },
          speaker: { type: 'string', description: "part of the speaker's canonical name" },
          side: { type: 'string' },
          hedge: { type: 'string', description: 'unconfirmed, denied, hedged, disputed, predicted' },
        }),
        response: { 200: listResponse('claims', claimSchema), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const speaker = q.speaker?.toLowerCase();
      const sides = canonicalSides(q.side)?.split(',');
      const all = app.sitrep.view.corpus.articles
        .filter((a) => !q.article || a.id === q.article)
        .flatMap((a) => (a.claims ?? []).map((c) => ({ ...c, articleId: a.id })))
        .filter(
          (c) =>
            (!speaker || (c.speaker?.canonical ?? '').toLowerCase().includes(speaker)) &&
            (!sides || sides.includes(c.speaker?.side ?? '')) &&
            (!q.hedge || c.hedge === q.hedge),
        );
      return page('claims', all, q);
    },
  );
}
