/**
 * The page's files (the Vite build in dist/web). Every path is decoded once, refused if it names
 * a parent directory, a backslash or a NUL, and must still lie inside the web root after symlinks
 * are followed: anything else is a 404, never a file from elsewhere on the disk.
 */
import { realpathSync, statSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { notFound } from './errors.js';

const types: ReadonlyMap<string, string> = new Map(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}));

// Only files from this origin; inline styles are allowed because the map library positions its
// panes with style attributes. No inline script can run, whatever an article contains. Sent with
// every response by helmet (app.ts).
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/** The file under `root` that a URL path names, or null when it names nothing there. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  if (path === '/' || path === '') path = '/index.html';
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return null;
  }
  const file = resolve(realRoot, '.' + path);
  if (!file.startsWith(realRoot + sep)) return null;
  try {
    const real = realpathSync(file);
    if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

export default async function staticPlugin(app: FastifyInstance, opts: { root: string | null }): Promise<void> {
  app.get('/*', { schema: { hide: true } as object }, async (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    if (urlPath.startsWith('/api/')) {
      throw notFound(`No API route GET ${urlPath}. The routes are listed in /api/openapi.json.`);
    }
    if (!opts.root) {
      throw notFound('The page is not built. Run `npm run build` (it builds the page into dist/web), then start the server again.');
    }
    const file = resolveStatic(opts.root, urlPath);
    if (!file) throw notFound(`Nothing at ${urlPath}. The page is at /, the API under /api/.`);
    const type = types.get(extname(file)) ?? 'application/octet-stream';
    reply
      .header('content-type', type)
      .header('cache-control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.send(readFileSync(file));
  });
}
