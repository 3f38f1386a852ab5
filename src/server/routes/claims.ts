/** Claims: who said what, with cue, content, hedge, quantities and dates, across all articles. */
import type { FastifyInstance } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import { listRoute } from '../list.js';
import { claimSchema } from '../schemas.js';
import { canonicalSides } from '../query.js';

export default async function claimsPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  listRoute(app, {
    url: '/api/claims',
    summary: 'List attributed claims',
    tags: ['claims'],
    filters: {
      article: { type: 'string', description: 'article id' },
      speaker: { type: 'string', description: "part of the speaker's canonical name" },
      side: { type: 'string' },
      hedge: { type: 'string', description: 'unconfirmed, denied, hedged, disputed, predicted' },
    },
    name: 'claims',
    items: claimSchema,
    matches: (q, view) => {
      const speaker = q.speaker?.toLowerCase();
      const sides = canonicalSides(q.side)?.split(',');
      return view.corpus.articles
        .filter((a) => !q.article || a.id === q.article)
        .flatMap((a) => (a.claims ?? []).map((c) => ({ ...c, articleId: a.id })))
        .filter(
          (c) =>
            (!speaker || (c.speaker?.canonical ?? '').toLowerCase().includes(speaker)) &&
            (!sides || sides.includes(c.speaker?.side ?? '')) &&
            (!q.hedge || c.hedge === q.hedge),
        );
    },
  });
}
