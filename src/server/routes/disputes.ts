/**
 * Disputes: contradicting claims about one place and time, side by side with their speakers and
 * dates; and series, one quantity reported over days (territory regained), which the page charts.
 */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import type { Dispute } from '../../model.js';
import { notFound } from '../errors.js';
import { listRoute } from '../list.js';
import { disputeSchema, errorResponses, idParams } from '../schemas.js';
import type { CorpusView } from '../view.js';

export function enrichDispute(view: CorpusView, d: Dispute) {
  return {
    ...d,
    claims: d.claims.map((c) => {
      const article = view.articles.get(c.articleId);
      const claim = view.claim(c.articleId, c.claimId);
      return {
        ...c,
        side: claim?.speaker?.side ?? view.sideOfName(c.speaker),
        // an article without an outlet but with a wire credit is shown by its agency
        outlet: article?.outlet ?? (article?.wire.length ? `${article.wire.join(', ')} (wire)` : null),
        title: article?.title ?? null,
        date: c.date ?? article?.published ?? article?.published_on_or_after ?? null,
      };
    }),
  };
}

export default async function disputesPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  listRoute(app, {
    url: '/api/disputes',
    summary: 'List disputes (contradictions) and series',
    tags: ['disputes'],
    filters: { kind: { type: 'string', enum: ['contradiction', 'series'] } },
    name: 'disputes',
    items: disputeSchema,
    matches: (q, view) => view.corpus.disputes.filter((d) => !q.kind || d.kind === q.kind),
    row: (d, view) => enrichDispute(view, d),
  });

  app.get(
    '/api/disputes/:id',
    {
      schema: {
        summary: 'One dispute or series with its claims',
        tags: ['disputes'],
        params: idParams,
        response: { 200: { type: 'object', properties: { dispute: disputeSchema } }, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const d = app.sitrep.view.disputes.get(id);
      if (!d) throw notFound(`No dispute with id '${id}'. List them with GET /api/disputes.`);
      return { dispute: enrichDispute(app.sitrep.view, d) };
    },
  );
}
