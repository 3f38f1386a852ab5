/**
 * The server's writer thread (see ./writer.ts): owns the store connection (or an in-memory copy
 * of the corpus), analyses POSTed articles one at a time, follows what other processes commit,
 * and sends each new corpus to the request thread as a delta against the one it sent before.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, Corpus } from '../model.js';
import { textArticle } from '../model.js';
import { isPostgres, openStore, printable, type StoreBackend } from '../store/backend.js';
import type { StoredRow } from '../store/rows.js';
import {
  corpusDelta,
  DELTA_FIELDS,
  emptyDelta,
  FingerprintsBuilder,
  rowsDelta,
  storedRowDigest,
  type CorpusDelta,
  type DeltaField,
  type Fingerprints,
} from './delta.js';
import { followStore, LOOK_EVERY_MS } from './follow-store.js';
import type { WriterMessage, WriterRequest, WriterSource } from './writer.js';

const port = parentPort!;
const post = (m: WriterMessage) => port.postMessage(m);
const source = workerData as WriterSource;

let store: StoreBackend | null = null;
let version = 0;
// the corpus served now: kept only without a store, where the next one is made from it; with a
// store the next is read from the store, and the fingerprints alone tell what changed
let current: Corpus | null = null;
// items of a list sent at once when the thread starts
const PAGE = 500;
let prints = await begin();

/**
 * Sends the request thread the corpus it serves first, read from the store (or the one handed in),
 * and returns its fingerprints. The corpus goes a page at a time from one snapshot of the store
 * (readCorpus): the request thread parses a page while this thread reads the next, and no whole
 * corpus is ever held here, where nothing reads it. From a store a page is the items' rows as
 * stored (strings, which cross threads as one copy each), and the fingerprints digest those rows,
 * as every later reading of the store does (`rowsDelta`): this thread never parses an item the
 * request thread already holds. (As one structured clone of the corpus the first answer on
 * 20,000 articles came after 12–16 s; as pages of the items' JSON, 7.6–8.1 s.) A corpus handed
 * in goes as pages of its items' JSON, which its fingerprints digest.
 *
 * In a function of its own, not at the module's top level: a value awaited there stays in the
 * module's suspended frame for the thread's life (a heap snapshot of this thread found the first
 * corpus so held: 450 MB of a 20,000-article store, beside the request thread's own copy).
 */
async function begin(): Promise<Fingerprints> {
  const built = new FingerprintsBuilder();
  const sendList = async (field: DeltaField, items: AsyncIterable<{ id: string }> | Iterable<{ id: string }>) => {
    let page: string[] = [];
    const flush = () => {
      if (page.length) post({ kind: 'page', field, json: `[${page.join(',')}]` });
      page = [];
    };
    for await (const item of items) {
      const json = JSON.stringify(item);
      built.add(field, item, json);
      page.push(json);
      if (page.length === PAGE) flush();
    }
    flush();
  };
  if ('db' in source) {
    const opened = await openStore(source.db, { create: false });
    if ('error' in opened) {
      post({ kind: 'error', message: `${printable(source.db)}: ${opened.error}` });
      process.exit(0);
    }
    store = opened;
    version = await store.changedElsewhere();
    const sendRows = async (field: DeltaField, rows: AsyncIterable<StoredRow>) => {
      let page: StoredRow[] = [];
      for await (const row of rows) {
        built.addDigest(field, row.id, storedRowDigest(row));
        page.push(row);
        if (page.length === PAGE) {
          post({ kind: 'rows', field, rows: page });
          page = [];
        }
      }
      if (page.length) post({ kind: 'rows', field, rows: page });
    };
    // each list in the order loadCorpus gives it (events by id), as every later reading does
    const control = await store.readCorpus(async (read) => {
      for (const field of DELTA_FIELDS) await sendRows(field, read.rows[field]());
      // in the same snapshot where the store gives one (SQLite's connection is the reading's)
      return store!.loadControl();
    });
    post({ kind: 'ready', rest: { control } });
    return built.done(control);
  }
  current = source.corpus;
  const { articles, entities, events, disputes, checks, ...rest } = current;
  const lists = { articles, entities, events, disputes, checks };
  for (const field of DELTA_FIELDS) await sendList(field, lists[field]);
  post({ kind: 'ready', rest });
  return built.done(current.control);
}

function sendDelta(delta: CorpusDelta, next: Fingerprints, request?: number): void {
  prints = next;
  if (request !== undefined || !emptyDelta(delta)) post({ kind: 'delta', delta, request });
}

/** A corpus in memory (no store), against the one sent before. */
function send(next: Corpus, request?: number): void {
  const { delta, prints: nextPrints } = corpusDelta(prints, next);
  current = next;
  sendDelta(delta, nextPrints, request);
}

/** What the store holds now, against what was sent before: read as rows, one snapshot, only the changed ones parsed. */
async function sendStored(store: StoreBackend, request?: number): Promise<void> {
  const { delta, prints: nextPrints } = await store.readCorpus(async (read) =>
    rowsDelta(prints, read.rows, await store.loadControl()),
  );
  sendDelta(delta, nextPrints, request);
}

/**
 * The stages, loaded when first needed (a POSTed article; at start with `warm`): a read-only
 * server's writer never runs them, and loading them cost a thread ~40 MB and 0.3 s before it
 * could read the store.
 */
const stages = async () => ({
  ...(await import('../pipeline.js')),
  runCorpusPass: (await import('../store/corpus-pass.js')).runCorpusPass,
});

/**
 * One POSTed article: analysed, stored, the corpus stages run again (under the store's write lock,
 * as analyze does), and what changed sent.
 */
async function add(article: Article, request: number): Promise<void> {
  const { analyseArticle, analyseCorpus, analyseStoredCorpus, runCorpusPass } = await stages();
  const analysed = analyseArticle(article);
  if (!store) {
    // without a store, `current` is always the corpus served (begin, send)
    const served = current!;
    send(analyseCorpus([...served.articles, analysed], served.control), request);
    return;
  }
  await store.saveArticle(analysed);
  await runCorpusPass(store, { analyseArticle, analyseCorpus, analyseStoredCorpus });
  await sendStored(store, request);
}

// One thing at a time on the store: a POSTed article, or a look at what others committed.
let queue: Promise<unknown> = Promise.resolve();
const serially = <T>(fn: () => Promise<T>): Promise<T> => {
  const next = queue.then(fn);
  queue = next.catch(() => {});
  return next;
};

const followed = store;
const newer = followed ? followStore(followed, version) : null;
let looking = false;
const follow = newer
  ? setInterval(() => {
      if (looking) return;
      looking = true;
      void serially(async () => {
        try {
          if (await newer()) await sendStored(followed!);
        } catch (err) {
          post({ kind: 'error', message: `reading the store again failed: ${(err as Error).message}` });
        } finally {
          looking = false;
        }
      });
    }, LOOK_EVERY_MS)
  : null;

// Whole articles are read on a connection of their own, so that a page asking for one does not
// wait behind a POSTed article's analysis and corpus pass (seconds) on the writing connection, nor
// reads what that pass has not committed: SQLite's second connection reads the last commit (WAL);
// PostgreSQL's reading takes a connection of the pool and a snapshot of its own.
let reader: Promise<StoreBackend> | null = null;
const readerStore = (db: string, own: StoreBackend): Promise<StoreBackend> =>
  isPostgres(db)
    ? Promise.resolve(own)
    : (reader ??= openStore(db, { create: false }).then((opened) => {
        if ('error' in opened) throw new Error(opened.error);
        return opened;
      }));

/**
 * Whole articles the request thread asks for (it holds them without their text: ./held.ts), as
 * last committed: their rows, or, without a store, the corpus's articles.
 */
async function sendArticles(read: number, ids: string[]): Promise<void> {
  if (store && 'db' in source) {
    const on = await readerStore(source.db, store);
    const rows = await on.readCorpus(async (stored) => {
      const out: StoredRow[] = [];
      for await (const row of stored.rows.articlesWithIds(ids)) out.push(row);
      return out;
    });
    post({ kind: 'articles', read, rows });
    return;
  }
  const wanted = new Set(ids);
  post({ kind: 'articles', read, json: JSON.stringify(current!.articles.filter((a) => wanted.has(a.id))) });
}

port.on('message', (m: WriterRequest) => {
  if ('read' in m) {
    void (async () => {
      try {
        await sendArticles(m.read, m.ids);
      } catch (err) {
        // reads and added articles are numbered from one counter: the request thread finds which
        post({ kind: 'failed', request: m.read, message: `reading the articles failed: ${(err as Error).message}` });
      }
    })();
    return;
  }
  if ('close' in m) {
    if (follow) clearInterval(follow);
    void serially(async () => {
      await store?.close();
      if (reader) await (await reader.catch(() => null))?.close();
      port.close();
    });
    return;
  }
  void serially(async () => {
    try {
      await add(m.article, m.request);
    } catch (err) {
      post({ kind: 'failed', request: m.request, message: (err as Error).message });
    }
  });
});

// the models, tagger and gazetteer load now, not in the first POST (which waits for them: one
// thing at a time)
if (source.warm)
  serially(async () => {
    const { analyseArticle } = await stages();
    analyseArticle(textArticle('Troops shelled Kharkiv on Monday, the governor said.'));
  }).catch((err: unknown) => post({ kind: 'error', message: `loading the stages failed: ${(err as Error).message}` }));
