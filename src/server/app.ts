/**
 * The sitrep HTTP server: one fastify plugin per resource, the corpus as a decoration, the page's
 * files from dist/web, and an OpenAPI document built from the route schemas.
 */
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Corpus } from '../model.js';
import { packageVersion as version } from '../version.js';
import { installErrorHandlers } from './errors.js';
import { collectRoutes, openApiDocument } from './openapi.js';
import articlesPlugin from './routes/articles.js';
import claimsPlugin from './routes/claims.js';
import disputesPlugin from './routes/disputes.js';
import entitiesPlugin from './routes/entities.js';
import eventsPlugin from './routes/events.js';
import metaPlugin from './routes/meta.js';
import placesPlugin from './routes/places.js';
import { createState } from './state.js';
import staticPlugin, { contentSecurityPolicy } from './static.js';
import { inThreadWriter, type CorpusWriter } from './writer.js';

interface ServerOptions {
  corpus: Corpus;
  /** the built page; default dist/web beside this file's package, null for the API alone */
  webRoot?: string | null;
  allowWrite?: boolean;
  token?: string | null;
  /**
   * Host names (besides IP addresses and localhost) a request's Host header may carry; any other
   * is answered 421, so that a page on a rebound DNS name cannot read the API from a browser.
   */
  allowHosts?: string[];
  /** largest request body in bytes (default 2 MiB) */
  bodyLimit?: number;
  /**
   * Analyses and keeps accepted articles and hands the server newer corpora; default: on the
   * request thread, in memory. `sitrep serve` gives a writer thread over the store (./writer.ts).
   * Closed with the server.
   */
  writer?: CorpusWriter;
  /**
   * Asked before a request is answered: a newer corpus (another process wrote to the store), or
   * null when the one served is current. Without it, the corpus served never changes.
   */
  newerCorpus?: () => Corpus | null;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** The shortest bearer token accepted: a short one is guessed (16 characters of a random string). */
export const MIN_TOKEN_LENGTH = 16;

/** The host name of a Host header: "[::1]:8787" → "::1", "Example.org:80" → "example.org". */
function hostNameOf(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  return h.replace(/:\d*$/u, '').replace(/\.$/u, '');
}

/**
 * DNS rebinding needs a name the attacker controls: an IP address or localhost cannot be rebound,
 * so those always pass; a name passes only when the operator allowed it.
 */
function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined) return true; // HTTP/1.0 without Host: no browser sends that
  const name = hostNameOf(header);
  return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || allowed.has(name);
}

export function defaultWebRoot(): string | null {
  // SITREP_WEB_ROOT points at another build of the page (the browser tests build their own)
  const env = process.env.SITREP_WEB_ROOT;
  if (env) return existsSync(`${env}/index.html`) ? env : null;
  // dist/server/app.js → dist/web
  const root = fileURLToPath(new URL('../web/', import.meta.url));
  return existsSync(`${root}index.html`) ? root : null;
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
        return reply
          .code(404)
          .send({ error: 'not_found', message: 'The path is not valid percent-encoding; nothing is there.' });
      }
      return reply.code(error.statusCode ?? 400).send({ error: 'bad_request', message: error.message });
    },
  });
  if (opts.allowWrite && !opts.token) throw new Error('--allow-write needs --token TOKEN');
  if (opts.token && opts.token.length < MIN_TOKEN_LENGTH)
    throw new Error(`--token must be at least ${MIN_TOKEN_LENGTH} characters`);
  const writer = opts.writer ?? inThreadWriter();
  app.decorate(
    'sitrep',
    createState(opts.corpus, { allowWrite: !!opts.allowWrite, token: opts.token ?? null, writer }),
  );
  app.addHook('onClose', async () => writer.close());
  installErrorHandlers(app, bodyLimit);
  const newer = opts.newerCorpus;
  if (newer) {
    app.addHook('onRequest', async () => {
      const next = newer();
      if (next) app.sitrep.replace(next);
    });
  }
  const allowed = new Set((opts.allowHosts ?? []).map((h) => hostNameOf(h)));
  app.addHook('onRequest', async (request, reply) => {
    if (hostAllowed(request.headers.host, allowed)) return;
    const name = hostNameOf(request.headers.host ?? '');
    return reply.code(421).send({
      error: 'misdirected',
      message: `Host '${name}' is not served here; start sitrep serve with --allow-host ${name} to accept it.`,
    });
  });
  // security headers on every response (nosniff, frame-ancestors, a same-origin CSP: the page
  // loads nothing from elsewhere); no upgrade to HTTPS, which a loopback server does not speak
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    strictTransportSecurity: false,
  });

  const routes = collectRoutes(app);
  await app.register(metaPlugin);
  await app.register(articlesPlugin);
  await app.register(placesPlugin);
  await app.register(entitiesPlugin);
  await app.register(claimsPlugin);
  await app.register(eventsPlugin);
  await app.register(disputesPlugin);

  // the document never changes while the server runs: serialised once
  let doc: string | null = null;
  app.get('/api/openapi.json', { schema: { hide: true } as object }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send((doc ??= JSON.stringify(openApiDocument(routes, version())))),
  );
  await app.register(staticPlugin, { root: opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot });
  return app;
}
