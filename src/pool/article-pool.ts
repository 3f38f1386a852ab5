/**
 * The article stages on all cores: a pool of worker threads (Piscina), each analysing one article
 * at a time. Articles go in and come out in input order (`run` returns one promise per article;
 * the caller awaits them in the order it asked), so what is stored does not depend on the number
 * of threads.
 *
 * Each article has a soft budget (`seconds`: the stages not yet run past it are skipped, see
 * `analyseArticle`) and a hard one, twice as long: an article still running then (a stage that
 * hangs) is given up, its thread is stopped and Piscina starts another, and the article fails
 * alone. A thread that dies (out of memory, a crash) fails its article only, in the same way.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article } from '../model.js';
import type { AnalysedRow } from '../store/rows.js';
import { articleHeapGrowing } from '../heap-growing.js';
import { gazetteerFile } from '../geo/gazetteer.js';
import { taggerCacheFile } from '../attribution/tagger/index.js';
import { shareFiles, type SharedFiles } from '../shared-files.js';

export interface ArticleTask {
  article: Article;
  seconds: number;
  /** an Int32 the thread sets to 1 when it starts the article */
  started: SharedArrayBuffer;
}

/** How many threads `--jobs` means when not given: one per core. */
export const defaultJobs = (): number => availableParallelism();

/** The hard budget is this many times the soft one. */
const HARD_BUDGET_FACTOR = 2;

export interface ArticleRunner {
  /** how many articles to hand it before awaiting the first: enough to keep every thread busy */
  readonly window: number;
  /** the analysed article as the store takes it (../store/rows.ts) */
  run(article: Article): Promise<AnalysedRow>;
  close(): Promise<void>;
}

class ArticleFailure extends Error {}

/** What each thread is started with. */
export interface ArticleWorkerData {
  shared: SharedFiles;
}

/** The files the threads share: those already built (a thread builds a missing one, as before). */
function sharedPaths(): string[] {
  return [gazetteerFile(), taggerCacheFile()].filter((p): p is string => p !== null);
}

export function articlePool(options: { jobs: number; seconds: number }): ArticleRunner {
  // The threads start with the first article, not before: a run whose inputs are all stored
  // already (a feed read again) loads no gazetteer and no tagger in any thread.
  let pool: Piscina<ArticleTask, AnalysedRow> | undefined;
  const threads = (): Piscina<ArticleTask, AnalysedRow> => {
    if (!pool) articleHeapGrowing();
    return (pool ??= new Piscina<ArticleTask, AnalysedRow>({
      filename: new URL('./article-worker.js', import.meta.url).href,
      // the gazetteer and the tagger's table, read once for every thread (../shared-files.ts)
      workerData: { shared: options.jobs > 1 ? shareFiles(sharedPaths()) : new Map() } satisfies ArticleWorkerData,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      concurrentTasksPerWorker: 1,
      // threads stay for the whole run: starting one loads the gazetteer again
      idleTimeout: Number.POSITIVE_INFINITY,
    }));
  };
  const hardMs = options.seconds * HARD_BUDGET_FACTOR * 1000;
  return {
    window: options.jobs * 2,
    async run(article) {
      const started = new SharedArrayBuffer(4);
      const flag = new Int32Array(started);
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      // the clock starts when a thread takes the article: one queued behind a thread that is
      // starting up is not timed yet (seen within a tenth of a second)
      const wait = (): void => {
        timer = Atomics.load(flag, 0) === 0 ? setTimeout(wait, 100) : setTimeout(() => abort.abort(), hardMs);
      };
      wait();
      try {
        return await threads().run({ article, seconds: options.seconds, started }, { signal: abort.signal });
      } catch (err) {
        if (abort.signal.aborted) {
          throw new ArticleFailure(
            `gave up after ${(hardMs / 1000).toFixed(1)} s, twice its budget (--article-timeout); its thread was stopped and replaced`,
          );
        }
        throw new ArticleFailure(`its thread failed: ${(err as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
