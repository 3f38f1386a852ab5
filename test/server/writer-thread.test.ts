/**
 * The server's writer thread starts from the store's corpus and sends it to the request thread a
 * page at a time: what arrives is the corpus as the store holds it, list by list in the store's
 * order, whatever the number of pages. The thread runs compiled code, so the built modules
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
    const { storeCorpus } = await built<typeof import('../../src/server/follow-store.js')>('server/follow-store.js');
    const { openStore } = await built<typeof import('../../src/store/backend.js')>('store/backend.js');
    const opened = await openStore(db, { create: false });
    if ('error' in opened) throw new Error(opened.error);
    const expected = await storeCorpus(opened);
    await opened.close();
    expect(expected.articles.length).toBe(fixtureCorpus().articles.length + COPIES);

    const writer = await threadWriter({ db });
    try {
      const initial = writer.takeInitial();
      expect(initial).toEqual(expected);
      // byte for byte, item order and key order alike: the thread's later deltas digest the JSON
      for (const list of LISTS) expect(JSON.stringify(initial[list])).toBe(JSON.stringify(expected[list]));
      // handed over once: the writer holds it no longer
      expect(() => writer.takeInitial()).toThrow(/handed over already/);
    } finally {
      await writer.close();
    }
  });

  it('without a store, gives back the corpus it was handed', async () => {
    const { threadWriter } = await built<typeof import('../../src/server/writer.js')>('server/writer.js');
    const corpus: Corpus = fixtureCorpus();
    const writer = await threadWriter({ corpus });
    try {
      expect(writer.takeInitial()).toEqual(corpus);
    } finally {
      await writer.close();
    }
  });
});
