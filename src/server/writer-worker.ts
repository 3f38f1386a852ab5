/**
 * The server's writer thread (see ./writer.ts): owns the store connection (or an in-memory copy
 * of the corpus), analyses POSTed articles one at a time, follows what other processes commit,
 * and sends each new corpus to the request thread as a delta against the one it sent before.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, Corpus } from '../model.js';
import { textArticle } from '../model.js';
import { analyseArticle, analyseCorpus, analyseStoredCorpus } from '../pipeline.js';
import { runCorpusPass } from '../store/corpus-pass.js';
import { openStore, printable, type StoreBackend } from '../store/backend.js';
import { corpusDelta, emptyDelta, fingerprints } from './delta.js';
import { followStore, LOOK_EVERY_MS, storeCorpus } from './follow-store.js';
import type { WriterMessage, WriterSource } from './writer.js';

const port = parentPort!;
const post = (m: WriterMessage) => port.postMessage(m);
const source = workerData as WriterSource;

let store: StoreBackend | null = null;
let version = 0;
let current: Corpus;
if ('db' in source) {
  const opened = await openStore(source.db, { create: false });
  if ('error' in opened) {
    post({ kind: 'error', message: `${printable(source.db)}: ${opened.error}` });
    process.exit(0);
  }
  store = opened;
  version = await store.changedElsewhere();
  current = await storeCorpus(store);
} else {
  current = source.corpus;
}
post({ kind: 'ready', corpus: current });
// digested after the corpus is sent, not before: the request thread builds its first view
// meanwhile (a 20,000-article store: 2 s of digests off the time to the first answer); the
// digests are read only when the next corpus is sent
let prints = fingerprints(current);

function send(next: Corpus, request?: number): void {
  const { delta, prints: nextPrints } = corpusDelta(prints, next);
  prints = nextPrints;
  current = next;
  if (request !== undefined || !emptyDelta(delta)) post({ kind: 'delta', delta, request });
}

/** One POSTed article: analysed, stored, the corpus stages run again (under the store's write lock, as analyze does). */
async function add(article: Article): Promise<Corpus> {
  const analysed = analyseArticle(article);
  if (!store) return analyseCorpus([...current.articles, analysed], current.control);
  await store.saveArticle(analysed);
  await runCorpusPass(store, { analyseArticle, analyseCorpus, analyseStoredCorpus });
  return storeCorpus(store);
}

// One thing at a time on the store: a POSTed article, or a look at what others committed.
let queue: Promise<unknown> = Promise.resolve();
const serially = <T>(fn: () => Promise<T>): Promise<T> => {
  const next = queue.then(fn);
  queue = next.catch(() => {});
  return next;
};

const newer = store ? followStore(store, version) : null;
let looking = false;
const follow = newer
  ? setInterval(() => {
      if (looking) return;
      looking = true;
      void serially(async () => {
        try {
          const next = await newer();
          if (next) send(next);
        } catch (err) {
          post({ kind: 'error', message: `reading the store again failed: ${(err as Error).message}` });
        } finally {
          looking = false;
        }
      });
    }, LOOK_EVERY_MS)
  : null;

port.on('message', (m: { request: number; article: Article } | { close: true }) => {
  if ('close' in m) {
    if (follow) clearInterval(follow);
    void serially(async () => {
      await store?.close();
      port.close();
    });
    return;
  }
  void serially(async () => {
    try {
      send(await add(m.article), m.request);
    } catch (err) {
      post({ kind: 'failed', request: m.request, message: (err as Error).message });
    }
  });
});

// the models, tagger and gazetteer load now, not in the first POST
if (source.warm) analyseArticle(textArticle('Troops shelled Kharkiv on Monday, the governor said.'));
