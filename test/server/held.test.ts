/**
 * Under `sitrep serve` the request thread holds articles without their text and the layers only
 * an article's own page reads (src/server/held.ts), and reads those articles whole from the
 * writer thread when a route shows them. Every answer must be the one a server holding every
 * article whole gives: the lists, each article's page with its annotations, each event with its
 * report sentences and highlights. The writer thread runs compiled code (dist/, built by vitest's
 * global setup).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { Store } from '../../src/store/index.js';
import { fixtureCorpus } from './fixture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-held-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function answer(app: FastifyInstance, url: string): Promise<unknown> {
  const res = await app.inject({ method: 'GET', url });
  const body = res.json() as Record<string, unknown>;
  // the version numbers the server's run, not the corpus
  delete body.version;
  return { status: res.statusCode, body };
}

describe('a server whose request thread holds articles without their text', () => {
  it('answers every list, article and event as a server holding them whole', async () => {
    const db = join(dir, 'store.db');
    const store = Store.open(db);
    const corpus = fixtureCorpus();
    for (const a of corpus.articles) store.saveArticle(a);
    store.saveCorpus(corpus);
    const stored = store.loadCorpus();
    store.close();

    const { threadWriter } = await built<typeof import('../../src/server/writer.js')>('server/writer.js');
    const writer = await threadWriter({ db });
    const initial = writer.takeInitial();
    expect(initial.articles.every((a) => a.text === '' && !a.sentences && !a.timexes)).toBe(true);
    const held = await buildServer({ corpus: initial, writer, webRoot: null });
    const whole = await buildServer({ corpus: stored, webRoot: null });
    try {
      const urls = [
        '/api/summary',
        '/api/articles',
        '/api/claims',
        '/api/places',
        '/api/entities',
        '/api/events',
        '/api/disputes',
        '/api/articles/no-such-article',
        ...stored.articles.map((a) => `/api/articles/${a.id}`),
        ...stored.events.map((e) => `/api/events/${e.id}`),
      ];
      for (const url of urls) expect(await answer(held, url), url).toEqual(await answer(whole, url));
      // the pages read the articles' text: annotations and report sentences are there
      const page = (await answer(held, `/api/articles/${stored.articles[0]!.id}`)) as {
        body: { article: { text: string }; annotations: unknown[] };
      };
      expect(page.body.article.text).toBe(stored.articles[0]!.text);
      expect(page.body.annotations.length).toBeGreaterThan(0);
    } finally {
      await held.close();
      await whole.close();
    }
  });
});
