/**
 * The sitrep HTTP server: one fastify plugin per resource, the corpus as a decoration, the page's
 * files from dist/web, and an OpenAPI document built from the route schemas.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Article, Corpus } from '../model.js';
import { analyseCorpus } from '../pipeline.js';
import { installErrorHandlers } from './errors.js';
import { collectRoutes, openApiDocument } from './openapi.js';
import articlesPlugin from './routes/articles.js';
import claimsPlugin from './routes/claims.js';
import disputesPlugin from './routes/disputes.js';
import entitiesPlugin from './routes/entities.js';
import eventsPlugin from './routes/events.js';
import metaPlugin from './routes/meta.js';
import placesPlugin from './routes/places.js';
import { createState, type SitrepState } from './state.js';
import staticPlugin from './static.js';

export interface ServerOptions {
  corpus: Corpus;
  /** the built page; default dist/web beside this file's package, null for the API alone */
  webRoot?: string | null;
  allowWrite?: boolean;
  token?: string | null;
  /** largest request body in bytes (default 2 MiB) */
  bodyLimit?: number;
  /** keeps an accepted article and returns the new corpus; default: re-run the corpus stages in memory */
  addArticle?: (article: Article, current: Corpus) => Promise<Corpus> | Corpus;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export function defaultWebRoot(): string | null {
  // SITREP_WEB_ROOT points at another build of the page (the browser tests build their own)
  const env = process.env.SITREP_WEB_ROOT;
  if (env) return existsSync(`${env}/index.html`) ? env : null;
  // dist/server/app.js → dist/web
  const root = fileURLToPath(new URL('../web/', import.meta.url));
  return existsSync(`${root}index.html`) ? root : null;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit,
    // a path that is not valid percent-encoding names nothing here: 404, like any unknown path
    frameworkErrors: (error, _request, r) => {
      const reply = r as unknown as { code(n: number): { send(body: unknown): unknown } };
      if (error.code === 'FST_ERR_BAD_URL') {
        return reply.code(404).send({ error: 'not_found', message: 'The path is not valid percent-encoding; nothing is there.' });
      }
      return reply.code(error.statusCode ?? 400).send({ error: 'bad_request', message: error.message });
    },
  });
  if (opts.allowWrite && !opts.token) throw new Error('--allow-write needs --token TOKEN');
  const addArticle: SitrepState['addArticle'] =
    opts.addArticle ?? ((article, current) => analyseCorpus([...current.articles, article], current.control));
  app.decorate('sitrep', createState(opts.corpus, { allowWrite: !!opts.allowWrite, token: opts.token ?? null, addArticle }));
  installErrorHandlers(app, bodyLimit);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  const routes = collectRoutes(app);
  await app.register(metaPlugin);
  await app.register(articlesPlugin);
  await app.register(placesPlugin);
  await app.register(entitiesPlugin);
  await app.register(claimsPlugin);
  await app.register(eventsPlugin);
  await app.register(disputesPlugin);

  let doc: object | null = null;
  app.get('/api/openapi.json', { schema: { hide: true } as object }, async () => (doc ??= openApiDocument(routes, version())));
  await app.register(staticPlugin, { root: opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot });
  return app;
}
