/**
 * The server's writer thread starts from the store's corpus and sends it to the request thread a
 * page at a time: what arrives is the corpus as the store holds it, list by list in the store's
 * order, whatever the number of pages, its articles without their text (which the thread reads
 * whole when asked). The thread runs compiled code, so the built modules
 * (dist/, built by vitest's global setup) are the ones tested.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model.js';
import { Store } from '../../src/store/index.js';
import { fixtureCorpus } from './fixture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;

const LISTS = ['articles', 'entities', 'events', 'disputes', 'checks'] as const;
// more articles than the thread sends in one page (500), so that several pages make the list
const COPIES = 1200;

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-writer-'));
  db = join(dir, 'store.db');
  const store = Store.open(db);
  const corpus = fixtureCorpus();
  for (const a of corpus.articles) store.saveArticle(a);
  for (let i = 0; i < COPIES; i++) {
    const a = corpus.articles[i % corpus.articles.length]!;
    store.saveArticle({ ...a, id: `${a.id}-copy-${i}`, path: `copies/${String(i).padStart(4, '0')}.txt` });
  }
  store.saveCorpus(corpus);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the writer thread’s first corpus', () => {
  it('reaches the request thread as the store holds it, over several pages', async () => {
    const { threadWriter } = await built<typeof import('../../src/server/writer.js')>('server/writer.js');
    const { openStore } = await built<typeof import('../../src/store/backend.js')>('store/backend.js');
    const opened = await openStore(db, { create: false });
    if ('error' in opened) throw new Error(opened.error);
    const expected = { ...(await opened.loadCorpus()), control: await opened.loadControl() };
    await opened.close();
    expect(expected.articles.length).toBe(fixtureCorpus().articles.length + COPIES);

    const { heldArticle } = await built<typeof import('../../src/server/held.js')>('server/held.js');
    const writer = await threadWriter({ db });
    try {
      const initial = writer.takeInitial();
      // the articles as the request thread holds them: without their text (../../src/server/held.ts)
      const held = { ...expected, articles: expected.articles.map(heldArticle) };
      expect(initial).toEqual(held);
      // byte for byte, item order and key order alike: what the routes answer is the store's
      for (const list of LISTS) expect(JSON.stringify(initial[list])).toBe(JSON.stringify(held[list]));
      expect(initial.articles.every((a) => a.text === '' && !a.sentences && !a.signature)).toBe(true);
      // and whole, byte for byte, when a route asks for some; an id not stored is left out
      const some = [expected.articles[3]!, expected.articles[700]!];
      const whole = await writer.articles([some[1]!.id, 'not-stored', some[0]!.id]);
      expect(JSON.stringify(whole.sort((a, b) => (a.path < b.path ? -1 : 1)))).toBe(JSON.stringify(some));
      // handed over once: the writer holds it no longer
      expect(() => writer.takeInitial()).toThrow(/handed over already/);
    } finally {
      await writer.close();
    }
  });

  it('then serves what another connection commits, as the store holds it, from the rows that changed', async () => {
    const { threadWriter } = await built<typeof import('../../src/server/writer.js')>('server/writer.js');
    const own = join(dir, 'followed.db');
    const store = Store.open(own);
    const corpus = fixtureCorpus();
    for (const a of corpus.articles) store.saveArticle(a);
    store.saveCorpus(corpus);
    const writer = await threadWriter({ db: own });
    try {
      let served = writer.takeInitial();
      let updates = 0;
      writer.attach((update) => {
        served = update(served);
        updates++;
      });
      // another process's analyze: an article and the corpus pass, with an event changed
      const next = structuredClone(corpus);
      next.articles.push({ ...next.articles[0]!, id: 'a-later', path: 'later.txt', text: 'A later report.' });
      next.events[0] = { ...next.events[0]!, sub_event_type: 'Armed clash' };
      store.saveArticle(next.articles[next.articles.length - 1]!);
      store.saveCorpus(next);
      // the thread looks every 250 ms and reads once the writes have paused for a second
      for (let waited = 0; updates === 0 && waited < 15_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      const stored = store.loadCorpus();
      const { heldArticle } = await built<typeof import('../../src/server/held.js')>('server/held.js');
      const expected = { ...stored, articles: stored.articles.map(heldArticle) };
      expect(updates).toBe(1);
      for (const list of LISTS) expect(JSON.stringify(served[list])).toBe(JSON.stringify(expected[list]));
      // the article added, whole, as stored
      expect(await writer.articles(['a-later'])).toEqual(stored.articles.filter((a) => a.id === 'a-later'));
    } finally {
      await writer.close();
      store.close();
    }
  });

  it('without a store, gives back the corpus it was handed, and its articles whole when asked', async () => {
    const { threadWriter } = await built<typeof import('../../src/server/writer.js')>('server/writer.js');
    const corpus: Corpus = fixtureCorpus();
    const { heldArticle } = await built<typeof import('../../src/server/held.js')>('server/held.js');
    const writer = await threadWriter({ corpus });
    try {
      expect(writer.takeInitial()).toEqual({ ...corpus, articles: corpus.articles.map(heldArticle) });
      expect(await writer.articles([corpus.articles[1]!.id])).toEqual([corpus.articles[1]]);
    } finally {
      await writer.close();
    }
  });
});
