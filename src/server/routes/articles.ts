/**
 * Articles: the list, one article with its annotated spans (each linked to what it fed), and
 * POST /api/articles, which runs the pipeline on a new article — only when the server was started
 * with --allow-write, and only with its bearer token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestTypes } from '../request-types.js';
import type { Article } from '../../model.js';
import { hashId } from '../../hash-id.js';
import { wellFormed, wellFormedOrNull } from '../../text/well-formed.js';
import { isoDateProblem } from '../../time/valid-date.js';
import { annotate } from '../annotate.js';
import { HttpError, notFound } from '../errors.js';
import { wholeArticles } from '../held.js';
import {
  annotationSchema,
  articleSummarySchema,
  checkSchema,
  disputeSchema,
  errorResponses,
  errorSchema,
  eventSummarySchema,
  idParams,
  isoDate,
} from '../schemas.js';
import { listRoute } from '../list.js';
import type { CorpusView } from '../view.js';
import { enrichDispute } from './disputes.js';
import { summarise } from './events.js';

function eventsOfArticle(view: CorpusView, id: string) {
  return view.eventRows.filter((r) => r.event.reports.some((x) => x.articleId === id)).map(summarise);
}

function disputesOfArticle(view: CorpusView, id: string) {
  return view.corpus.disputes
    .filter((d) => d.claims.some((c) => c.articleId === id))
    .map((d) => enrichDispute(view, d));
}

const messageSchema = {
  type: 'object',
  properties: { stage: { type: 'string' }, severity: { type: 'string' }, message: { type: 'string' } },
} as const;

function authorise(app: FastifyInstance, request: FastifyRequest): void {
  const { allowWrite, token } = app.sitrep;
  if (!allowWrite || !token) {
    throw new HttpError(
      403,
      'read_only',
      'This server is read-only. Start it with `sitrep serve --allow-write --token TOKEN` to accept articles.',
    );
  }
  const header = request.headers.authorization ?? '';
  // digests of equal length, compared in constant time: neither the token's characters nor its
  // length can be learnt from how long a refusal takes
  const given = createHash('sha256')
    .update(header.replace(/^Bearer\s+/i, ''))
    .digest();
  const want = createHash('sha256').update(token).digest();
  if (!/^Bearer\s+/i.test(header) || !timingSafeEqual(given, want)) {
    throw new HttpError(
      401,
      'unauthorised',
      'Send the token given to --token as the header `Authorization: Bearer TOKEN`.',
    );
  }
}

export default async function articlesPlugin(base: FastifyInstance): Promise<void> {
  // request types come from the route schemas (../request-types.ts): no casts
  const app = base.withTypeProvider<RequestTypes>();
  listRoute(app, {
    url: '/api/articles',
    summary: 'List articles',
    tags: ['articles'],
    filters: { outlet: { type: 'string' } },
    name: 'articles',
    // articles are sent as they are: the serializer writes the fields their schema lists, no text
    items: articleSummarySchema,
    matches: (q, view) =>
      view.corpus.articles.filter((a) => !q.outlet || (a.outlet ?? '').toLowerCase() === q.outlet.toLowerCase()),
  });

  app.get(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One article: its text, its annotated spans with what each fed, its events, disputes and checks',
        tags: ['articles'],
        params: idParams,
        response: {
          200: {
            type: 'object',
            properties: {
              article: {
                type: 'object',
                properties: {
                  ...articleSummarySchema.properties,
                  text: { type: 'string' },
                  messages: { type: 'array', items: messageSchema },
                },
              },
              annotations: { type: 'array', items: annotationSchema },
              events: { type: 'array', items: eventSummarySchema },
              disputes: { type: 'array', items: disputeSchema },
              checks: { type: 'array', items: checkSchema },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const view = app.sitrep.view;
      const missing = () => notFound(`No article with id '${id}'. List articles with GET /api/articles.`);
      if (!view.articles.has(id)) throw missing();
      // held without its text: read whole (./held.ts)
      const a = (await wholeArticles(app.sitrep.writer, view.articles, [id])).get(id);
      if (!a) throw missing();
      return {
        article: a,
        annotations: annotate(view, a),
        events: eventsOfArticle(view, id),
        disputes: disputesOfArticle(view, id),
        checks: view.allChecks().filter((c) => c.articleId === id),
      };
    },
  );

  app.post(
    '/api/articles',
    {
      schema: {
        summary:
          'Add an article (needs --allow-write and the bearer token): runs the pipeline and answers with what it found',
        tags: ['articles'],
        security: [{ bearer: [] }],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1, description: 'the article body, plain text' },
            title: { type: ['string', 'null'], maxLength: 1000 },
            url: { type: ['string', 'null'], maxLength: 2000 },
            outlet: { type: ['string', 'null'], maxLength: 200 },
            published: { ...isoDate, description: 'publication date, YYYY-MM-DD' },
            path: { type: 'string', maxLength: 1000, description: 'where the article came from (default: api:<id>)' },
          },
        },
        response: {
          201: {
            type: 'object',
            properties: {
              duplicate: { type: 'boolean' },
              article: articleSummarySchema,
              found: {
                type: 'object',
                properties: {
                  sentences: { type: 'integer' },
                  toponyms: { type: 'integer' },
                  places: { type: 'integer' },
                  entities: { type: 'integer' },
                  claims: { type: 'integer' },
                  quantities: { type: 'integer' },
                  timexes: { type: 'integer' },
                  event_mentions: { type: 'integer' },
                  checks: { type: 'integer' },
                },
              },
              events: { type: 'array', items: eventSummarySchema },
              disputes: { type: 'array', items: disputeSchema },
              messages: { type: 'array', items: messageSchema },
            },
          },
          401: errorSchema,
          403: errorSchema,
          413: errorSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      authorise(app, request);
      const sent = request.body;
      // lone surrogates replaced one unit for one, before the id and any offset are computed
      const body = {
        ...sent,
        text: wellFormed(sent.text),
        title: wellFormedOrNull(sent.title),
        url: wellFormedOrNull(sent.url),
        outlet: wellFormedOrNull(sent.outlet),
        path: wellFormedOrNull(sent.path),
      };
      const dateProblem = body.published ? isoDateProblem(body.published) : null;
      if (dateProblem)
        throw new HttpError(
          400,
          'bad_request',
          `published ${JSON.stringify(body.published)}: ${dateProblem}; send a real date between 1900 and 2100 as YYYY-MM-DD.`,
        );
      if (!body.text.trim()) {
        throw new HttpError(400, 'bad_request', 'The article text is empty; send its body in the field `text`.');
      }
      const id = hashId([body.text]);
      const state = app.sitrep;
      const existing = state.view.articles.get(id);
      let article: Article;
      if (existing) {
        article = existing;
      } else {
        const input: Article = {
          id,
          path: body.path ?? `api:${id}`,
          format: 'text',
          text: body.text,
          title: body.title ?? null,
          url: body.url ?? null,
          outlet: body.outlet ?? null,
          published: body.published ?? null,
          published_on_or_after: null,
          wire: [],
          language: null,
          duplicate_of: null,
          messages: [],
        };
        // analysed and stored by the writer (off this thread under `sitrep serve`): other
        // requests are answered meanwhile
        try {
          await state.writer.add(input);
        } catch (err) {
          throw new HttpError(500, 'analysis_failed', `The article was not stored: ${(err as Error).message}`);
        }
        article = state.view.articles.get(id) ?? input;
      }
      // what the stages found is counted on the whole article (the view holds it without its text)
      if (state.view.articles.has(id))
        article = (await wholeArticles(state.writer, state.view.articles, [id])).get(id) ?? article;
      const view = state.view;
      reply.code(201);
      return {
        duplicate: !!existing,
        article,
        found: {
          sentences: article.sentences?.length ?? 0,
          toponyms: article.toponyms?.length ?? 0,
          places: new Set((article.toponyms ?? []).filter((t) => t.place).map((t) => t.place!.geonameid)).size,
          entities: article.entities?.length ?? 0,
          claims: article.claims?.length ?? 0,
          quantities: article.quantities?.length ?? 0,
          timexes: article.timexes?.length ?? 0,
          event_mentions: article.events?.length ?? 0,
          checks: view.allChecks().filter((c) => c.articleId === id).length,
        },
        events: eventsOfArticle(view, id),
        disputes: disputesOfArticle(view, id),
        messages: article.messages,
      };
    },
  );
}
