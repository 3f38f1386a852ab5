/**
 * `sitrep worker --db postgres://…`: takes queued articles (see `analyze --queue`), runs the
 * article stages in a pool of threads, stores each result; every few articles, and whenever it
 * is idle with articles no corpus pass has covered, one worker of all (the one that gets the
 * store's write lock) runs the corpus pass. Any number of workers on any number of machines
 * share one queue.
 */
import type PgBoss from 'pg-boss';
import type { Article } from '../../model.js';
import { analyseArticle, analyseCorpus, analyseStoredCorpus, DEFAULT_ARTICLE_SECONDS } from '../../pipeline.js';
import { articlePool } from '../../pool/article-pool.js';
import { openQueue, QUEUE, workerName, type ArticleJob, type JobOutput } from '../../queue/index.js';
import { isPostgres, storeLocation } from '../../store/backend.js';
import { runCorpusPass } from '../../store/corpus-pass.js';
import type { PgStore } from '../../store/postgres.js';
import { oneLine } from '../../text/one-line.js';
import { command, noOperands, UsageError } from '../command.js';
import { openStoreOrSay } from '../store.js';
import { runOptions, runOptionSpecs } from '../run-options.js';

const usage = `Usage: sitrep worker --db postgres://… [--jobs N] [--profile FILE] [--article-timeout SECONDS]
                     [--corpus-every N] [--corpus-idle SECONDS] [--sweep SECONDS]

Takes the articles queued by \`sitrep analyze --db postgres://… --queue\` and analyses them,
until stopped. Start as many as the feed needs, on as many machines: each article is analysed
and stored once, whichever worker takes it.

Options:
  --db URL               the PostgreSQL store (or SITREP_DB)
  --jobs N               articles analysed at once, each in its own thread (default: one per core)
  --profile FILE         a conflict profile file of your own that articles were queued with
                         (analyze --queue --profile FILE); the shipped ones need nothing
  --article-timeout SECONDS
                         an article's stages may take this long (default ${DEFAULT_ARTICLE_SECONDS}); see analyze
  --corpus-every N       run the corpus pass after this many new articles (default 200)
  --corpus-idle SECONDS  and when the queue has been empty this long with articles no pass has
                         covered (default 5)
  --sweep SECONDS        how often jobs whose lease ran out (a worker killed mid-article) are
                         looked for and queued again (default 30)

A job that fails three times (with backoff between) is kept as failed with its reason:
\`sitrep jobs --failed\` lists them, \`sitrep jobs --retry\` queues them again.
SIGTERM or Ctrl-C: stops taking jobs, finishes the articles in hand, exits 0.`;

export const worker = command({
  name: 'worker',
  usage,
  options: {
    db: { type: 'string' },
    'corpus-every': { type: 'string' },
    'corpus-idle': { type: 'string' },
    sweep: { type: 'string' },
    ...runOptionSpecs,
  },
  async run(values, operands) {
    noOperands(operands, 'workers take queued articles; queue them with analyze --queue');
    const count = (name: string, value: string | undefined, fallback: number, min: number): number => {
      if (value === undefined) return fallback;
      const n = Number(value);
      if (!Number.isFinite(n) || n < min)
        throw new UsageError(`--${name} must be a number, at least ${min}, not '${value}'`);
      return n;
    };
    const location = storeLocation(values.db);
    if (!isPostgres(location))
      throw new UsageError('workers share a PostgreSQL store: give --db postgres://… (or SITREP_DB)');
    return runWorker({
      location,
      ...runOptions(values),
      corpusEvery: count('corpus-every', values['corpus-every'], 200, 1),
      corpusIdleSeconds: count('corpus-idle', values['corpus-idle'], 5, 0.1),
      sweepSeconds: count('sweep', values.sweep, 30, 1),
    });
  },
});

interface WorkerOptions {
  location: string;
  jobs: number;
  articleSeconds: number;
  corpusEvery: number;
  corpusIdleSeconds: number;
  sweepSeconds: number;
}

function isArticleJob(data: unknown): data is ArticleJob {
  const a = (data as { article?: Partial<Article> } | null)?.article;
  return (
    !!a &&
    typeof a.id === 'string' &&
    typeof a.text === 'string' &&
    typeof a.path === 'string' &&
    Array.isArray(a.messages)
  );
}

async function runWorker(options: WorkerOptions): Promise<number> {
  const opened = await openStoreOrSay(options.location, { who: 'sitrep worker' });
  if (!opened) return 2;
  const store = opened as PgStore;
  let boss: PgBoss;
  try {
    boss = await openQueue(store, { supervise: true, sweepSeconds: options.sweepSeconds });
  } catch (err) {
    await store.close();
    process.stderr.write(
      `sitrep worker: ${store.location}: ${oneLine(`cannot open the queue: ${(err as Error).message}`)}\n`,
    );
    return 2;
  }
  const name = workerName();
  const runner = articlePool({ jobs: options.jobs, seconds: options.articleSeconds });
  let stored = 0;
  let sincePass = 0;
  let passes = 0;
  let lastJobAt = Date.now();
  let stopping = false;
  let passing: Promise<void> | null = null;

  /** One corpus pass if this worker gets the lock; the others skip theirs. */
  const corpusPass = (): Promise<void> =>
    (passing ??= (async () => {
      try {
        const done = await store.tryWriteLock(() =>
          runCorpusPass(store, { analyseArticle, analyseCorpus, analyseStoredCorpus }, options.articleSeconds),
        );
        if (done) {
          passes++;
          sincePass = 0;
        }
      } catch (err) {
        process.stderr.write(
          `sitrep worker: ${oneLine(`corpus stages failed, earlier results kept: ${(err as Error).message}`)}\n`,
        );
      } finally {
        passing = null;
      }
    })());

  const handle = async ([job]: PgBoss.Job<unknown>[]): Promise<JobOutput> => {
    lastJobAt = Date.now();
    if (!job || !isArticleJob(job.data))
      throw new Error('not an article job (no article with id, path, text and messages)');
    const { article } = job.data;
    let saved = false;
    if (!(await store.hasArticle(article.id))) {
      const analysed = await runner.run(article);
      await store.saveArticleRow(analysed.row);
      stored++;
      sincePass++;
      saved = true;
    }
    lastJobAt = Date.now();
    if (sincePass >= options.corpusEvery) void corpusPass();
    return { worker: name, stored: saved };
  };

  // One poller per thread: each job is settled on its own (done, or failed with its reason).
  // pg-boss waits its polling interval after every fetch, even one that found a job; a poller
  // that just finished one is told to look again at once, so a full queue is taken back to back.
  for (let i = 0; i < options.jobs; i++) {
    let id = '';
    id = await boss.work(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (batch: PgBoss.Job<unknown>[]) => {
      try {
        return await handle(batch);
      } finally {
        if (id && !stopping) boss.notifyWorker(id);
      }
    });
  }
  process.stdout.write(
    `sitrep worker ${name}: taking articles from ${store.location} with ${options.jobs} thread${options.jobs === 1 ? '' : 's'}; Ctrl-C to stop\n`,
  );

  // idle with articles no pass has covered: a pass (one worker of all runs it)
  const idle = setInterval(
    () => {
      if (stopping || passing || Date.now() - lastJobAt < options.corpusIdleSeconds * 1000) return;
      void store
        .unsettledCount()
        .then((waiting) => (waiting > 0 ? corpusPass() : undefined))
        .catch(() => {});
    },
    Math.max(100, Math.min(1000, options.corpusIdleSeconds * 500)),
  );

  return new Promise<number>((resolve) => {
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      clearInterval(idle);
      void (async () => {
        // no new jobs; those in hand finish and are settled
        await boss
          .stop({ graceful: true, wait: true, timeout: options.articleSeconds * 2 * 1000 + 5000 })
          .catch(() => {});
        await passing;
        await runner.close();
        await store.close();
        process.stderr.write(
          `sitrep worker ${name}: stopped: ${stored} article${stored === 1 ? '' : 's'} stored, ${passes} corpus pass${passes === 1 ? '' : 'es'}\n`,
        );
        resolve(0);
      })();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
