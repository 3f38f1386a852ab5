/**
 * How the server takes new articles and newer corpora. The request thread only answers: analysing
 * an article, running the corpus stages and reading the store happen in a writer, and what the
 * writer produces reaches the request thread as a function of the corpus it serves.
 *
 * - `inThreadWriter`: the article and the corpus stages on the request thread, in memory (tests,
 *   small embedded uses). Requests wait while it works.
 * - `threadWriter`: a worker thread of its own (the one `sitrep serve` uses). It owns its store
 *   connection (or its copy of an in-memory corpus), analyses POSTed articles one at a time,
 *   follows what other processes commit, and sends each result as a delta (./delta.ts): the
 *   request thread never parses the store or blocks on analysis, so GETs are answered meanwhile.
 *   The request thread keeps the articles without their text (./held.ts) and asks this writer for
 *   those it must show whole (`articles`).
 */
import { Worker } from 'node:worker_threads';
import type { Article, Corpus } from '../model.js';
import { decodeStoredRow, type StoredRow } from '../store/rows.js';
import { applyCorpusDelta, DELTA_FIELDS, type CorpusDelta, type DeltaField } from './delta.js';
import { heldArticle } from './held.js';

/** Replaces what the server serves: `update` gets the corpus served now and returns the next. */
type ApplyUpdate = (update: (current: Corpus) => Corpus) => void;

export interface CorpusWriter {
  /** Called once by the server, before anything else, with the way to replace what it serves. */
  attach(apply: ApplyUpdate): void;
  /** Analyses and keeps an article; resolves once what the server serves includes it. */
  add(input: Article): Promise<void>;
  /**
   * The whole articles with these ids (any order; those no longer kept left out), where the
   * corpus it hands the server holds articles without their text (./held.ts): absent where the
   * server holds them whole.
   */
  articles?(ids: readonly string[]): Promise<Article[]>;
  close(): Promise<void>;
}

export function inThreadWriter(): CorpusWriter {
  let apply: ApplyUpdate | null = null;
  return {
    attach(a) {
      apply = a;
    },
    async add(input) {
      // loaded at the first article: a server that only reads never loads the stages
      const { analyseArticle, analyseCorpus } = await import('../pipeline.js');
      const analysed = analyseArticle(input);
      apply!((current) => analyseCorpus([...current.articles, analysed], current.control));
    },
    async close() {},
  };
}

/** How long closing waits for the thread to finish its article before stopping it. */
const CLOSE_WAIT_MS = 30_000;

/**
 * What the writer thread is started with: a store to own, or a corpus to keep in memory; `warm`
 * loads the models at once (a server that accepts articles), not at the first article.
 */
export type WriterSource = ({ db: string } | { corpus: Corpus }) & { warm?: boolean };

/**
 * Messages from the writer thread. The corpus it starts from comes as pages (the items of one
 * list in the list's order: from a store, their rows as stored; a corpus handed in, the JSON text
 * of an array), then `ready` with the rest of it.
 */
export type WriterMessage =
  | { kind: 'rows'; field: DeltaField; rows: StoredRow[] }
  | { kind: 'articles'; read: number; rows: StoredRow[] }
  | { kind: 'articles'; read: number; json: string }
  | { kind: 'page'; field: DeltaField; json: string }
  | { kind: 'ready'; rest: Omit<Corpus, DeltaField> }
  | { kind: 'delta'; delta: CorpusDelta; request?: number }
  | { kind: 'failed'; request: number; message: string }
  | { kind: 'error'; message: string };

/** What the request thread asks of the writer thread: an article to add, whole articles to read, or to close. */
export type WriterRequest = { request: number; article: Article } | { read: number; ids: string[] } | { close: true };

/** The items of a list as the request thread holds them: articles without what it does not hold (./held.ts). */
function held(field: DeltaField, item: unknown): unknown {
  return field === 'articles' ? heldArticle(item as Article) : item;
}

export interface ThreadWriter extends CorpusWriter {
  /**
   * The corpus the thread starts from (read from the store there), to be served first. Handed over
   * once and not held here after: once the server serves a newer corpus, the first one's items
   * that changed would otherwise stay in memory for the server's life.
   */
  takeInitial(): Corpus;
  /** The whole articles with these ids, as the thread reads them (its corpus's articles come without their text). */
  articles(ids: readonly string[]): Promise<Article[]>;
}

/**
 * Starts the writer thread and waits until it has read its store (or taken its corpus). Rejects
 * with the thread's reason when it cannot start. `onError` hears what goes wrong later outside any
 * request (following the store), one line each.
 */
export async function threadWriter(
  source: WriterSource,
  onError: (message: string) => void = () => {},
): Promise<ThreadWriter> {
  const worker = new Worker(new URL('./writer-worker.js', import.meta.url), { workerData: source });
  const pending = new Map<number, { done: () => void; fail: (err: Error) => void }>();
  let apply: ApplyUpdate | null = null;
  let next = 0;
  let closed = false;

  let initial: Corpus | null = await new Promise<Corpus>((resolve, reject) => {
    // each page is parsed as it comes, while the thread reads the next
    const lists = Object.fromEntries(DELTA_FIELDS.map((f) => [f, []])) as unknown as Record<DeltaField, unknown[]>;
    const early = (err: Error) => reject(err);
    const starting = (m: WriterMessage) => {
      if (m.kind === 'rows') {
        const list = lists[m.field];
        for (const row of m.rows) list.push(held(m.field, decodeStoredRow(m.field, row)));
        return;
      }
      if (m.kind === 'page') {
        const list = lists[m.field];
        for (const item of JSON.parse(m.json) as unknown[]) list.push(held(m.field, item));
        return;
      }
      worker.off('message', starting);
      worker.off('error', early);
      if (m.kind === 'ready') resolve({ ...lists, ...m.rest } as Corpus);
      else reject(new Error(m.kind === 'error' || m.kind === 'failed' ? m.message : 'the writer thread did not start'));
    };
    worker.on('error', early);
    worker.on('message', starting);
  });

  const reads = new Map<number, { done: (articles: Article[]) => void; fail: (err: Error) => void }>();
  worker.on('message', (m: WriterMessage) => {
    if (m.kind === 'delta') {
      // deltas arrive in the order the thread computed them, each against the previous: applied so
      const articles = m.delta.fields.articles;
      if (articles) articles.changed = articles.changed.map(([k, a]) => [k, held('articles', a)]);
      apply?.((current) => applyCorpusDelta(current, m.delta));
      if (m.request !== undefined) pending.get(m.request)?.done();
    } else if (m.kind === 'articles') {
      const articles =
        'rows' in m ? m.rows.map((row) => decodeStoredRow('articles', row)) : (JSON.parse(m.json) as Article[]);
      reads.get(m.read)?.done(articles);
      reads.delete(m.read);
    } else if (m.kind === 'failed') {
      (pending.get(m.request) ?? reads.get(m.request))?.fail(new Error(m.message));
      reads.delete(m.request);
    } else if (m.kind === 'error') {
      onError(m.message);
    }
    if ('request' in m && m.request !== undefined) pending.delete(m.request);
  });
  const failAll = (reason: string) => {
    for (const p of [...pending.values(), ...reads.values()]) p.fail(new Error(reason));
    pending.clear();
    reads.clear();
  };
  worker.on('error', (err) => {
    onError(`the writer thread failed: ${err.message}`);
    failAll(`the writer thread failed: ${err.message}`);
  });
  worker.on('exit', () => {
    if (!closed) onError('the writer thread stopped; articles can no longer be added');
    closed = true;
    failAll('the writer thread stopped');
  });

  return {
    takeInitial() {
      if (!initial) throw new Error('the first corpus was handed over already');
      const first = initial;
      initial = null;
      return first;
    },
    attach(a) {
      apply = a;
    },
    add(input) {
      if (closed) return Promise.reject(new Error('the writer thread stopped'));
      const request = next++;
      return new Promise<void>((done, fail) => {
        pending.set(request, { done, fail });
        worker.postMessage({ request, article: input } satisfies WriterRequest);
      });
    },
    articles(ids) {
      if (closed) return Promise.reject(new Error('the writer thread stopped'));
      const read = next++;
      return new Promise<Article[]>((done, fail) => {
        reads.set(read, { done, fail });
        worker.postMessage({ read, ids: [...ids] } satisfies WriterRequest);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      // the thread finishes the article it is on and closes its store; one that hangs is stopped
      const exited = new Promise<void>((done) => worker.once('exit', () => done()));
      worker.postMessage({ close: true } satisfies WriterRequest);
      const timer = setTimeout(() => void worker.terminate(), CLOSE_WAIT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
