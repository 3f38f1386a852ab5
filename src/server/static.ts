/**
 * The page's files (the Vite build in dist/web), served by @fastify/static (streams, ETag,
 * Last-Modified, ranges, the content types). On top of what it refuses (a path outside the
 * root, dotfiles), every path must still lie inside the web root once symlinks are followed
 * (`allowedPath`): anything else is a 404, never a file from elsewhere on the disk.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from './errors.js';

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
function resolveStatic(root: string, urlPath: string): string | null {
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
  const root = opts.root;
  if (!root) {
    app.get('/', { schema: { hide: true } as object }, async () => {
      throw notFound(
        'The page is not built. Run `npm run build` (it builds the page into dist/web), then start the server again.',
      );
    });
    return;
  }
  await app.register(fastifyStatic, {
    root,
    index: 'index.html',
    dotfiles: 'deny',
    schemaHide: true,
    // a path that names nothing under the root once decoded and its symlinks followed goes to the
    // not-found handler (a JSON 404 that says where the page and the API are)
    allowedPath: (pathName) => !pathName.startsWith('/api/') && resolveStatic(root, pathName) !== null,
    // hashed bundles never change under their name; the rest is checked on every load
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
    cacheControl: false,
  });
}
