/**
 * The job queue on PostgreSQL (pg-boss): `analyze --queue` sends each new article as a job,
 * `sitrep worker`s on any number of machines take them, and `sitrep jobs` / `sitrep status`
 * show what is queued, running, done and failed. It sits at the edge with the store: no stage
 * imports it.
 *
 * Why pg-boss (and not graphile-worker): a job's lease is its own (`expireInSeconds`), so a
 * worker killed mid-article gives its job back after a lease of our choosing (graphile-worker
 * holds a crashed worker's job for four hours); retries with exponential backoff and failed jobs
 * kept with their reason are built in; it runs on Node 20 (v10; later majors want Node 22).
 *
 * The queue lives in its own schema next to the store's (`<schema>_queue`). A job's id is made
 * from the article's id, so sending an article twice queues it once, and a job done twice (a
 * lease that ran out while its worker was still at it) stores the same article twice over the
 * same row: nothing is duplicated.
 */
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import { hashId } from '../hash-id.js';
import type { Article } from '../model.js';
import type { PgStore } from '../store/postgres.js';

export const QUEUE = 'articles';
/** attempts before a job is kept as failed: the first and two retries */
const ATTEMPTS = 3;
import { DEFAULT_LEASE_SECONDS } from './lease.js';

export { DEFAULT_LEASE_SECONDS };

export interface ArticleJob {
  article: Article;
}

/** What a worker records on the job it completed (pg-boss keeps it as the job's output). */
export interface JobOutput {
  worker: string;
  stored: boolean;
}

/** This process as `status` lists it among the workers seen. */
export const workerName = (): string => `${hostname()}:${process.pid}`;

/** The job id of an article: a UUID made of its content hash, so that one article is one job. */
function jobId(articleId: string): string {
  const h = hashId([articleId], 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const queueSchema = (store: PgStore): string => `${store.schema}_queue`;

/**
 * pg-boss on the store's database, in the queue's schema (made on first use). `sweepSeconds`:
 * how often leases that ran out are looked for (one process of all does it each time).
 */
export async function openQueue(
  store: PgStore,
  options: { sweepSeconds?: number; supervise?: boolean } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: store.connectionString,
    schema: queueSchema(store),
    max: 3,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.sweepSeconds ?? 30,
    // failed jobs stay where `sitrep jobs --retry` can send them again, for 30 days
    archiveFailedAfterSeconds: 30 * 24 * 3600,
    archiveCompletedAfterSeconds: 24 * 3600,
  });
  boss.on('error', () => {});
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) await createQueueOnce(store, boss);
  return boss;
}

/**
 * Makes the queue unless another process has, one process at a time. pg-boss's create_queue
 * adds a partition that references the queue table; two processes making it at once deadlock
 * (one inserts the queue's row while the other attaches its partition), and PostgreSQL ends
 * one of them. So the makers take an advisory lock of the queue schema's, and each looks again
 * once it holds it.
 */
async function createQueueOnce(store: PgStore, boss: PgBoss): Promise<void> {
  const client = await store.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sitrep:${queueSchema(store)}:create`]);
    if (!(await boss.getQueue(QUEUE)))
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: ATTEMPTS - 1, retryDelay: 2, retryBackoff: true });
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** Queues the articles; returns how many were new to the queue. */
export async function sendArticles(
  boss: PgBoss,
  articles: Iterable<Article> | AsyncIterable<Article>,
  leaseSeconds = DEFAULT_LEASE_SECONDS,
): Promise<number> {
  let sent = 0;
  for await (const article of articles) {
    const id = await boss.send(QUEUE, { article } satisfies ArticleJob, {
      id: jobId(article.id),
      expireInSeconds: leaseSeconds,
    });
    if (id) sent++;
  }
  return sent;
}

interface FailedJob {
  id: string;
  path: string;
  attempts: number;
  reason: string;
  failedAt: string;
}

/** Jobs kept as failed (every attempt failed), oldest first. */
export async function failedJobs(store: PgStore): Promise<FailedJob[]> {
  const q = queueSchema(store);
  const rows = (
    await store.pool.query<{
      id: string;
      path: string | null;
      attempts: number;
      output: unknown;
      completed_on: Date | null;
    }>(
      `SELECT id, data->'article'->>'path' AS path, retry_count + 1 AS attempts, output, completed_on
       FROM ${q}.job WHERE name = $1 AND state = 'failed' ORDER BY completed_on, id`,
      [QUEUE],
    )
  ).rows;
  return rows.map((r) => ({
    id: r.id,
    path: r.path ?? '(no article)',
    attempts: r.attempts,
    reason: reasonOf(r.output),
    failedAt: r.completed_on?.toISOString() ?? '',
  }));
}

function reasonOf(output: unknown): string {
  const o = output as { message?: string; value?: { message?: string } } | null;
  return (o?.message ?? o?.value?.message ?? JSON.stringify(output)).split('\n')[0]!;
}

/** pg-boss's job states */
const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;

export interface QueueStatus {
  /** jobs by state (pg-boss's: created, retry, active, completed, cancelled, failed), archived completed ones included */
  states: Record<string, number>;
  /** articles completed in the last 1, 5 and 15 minutes */
  completed: { minutes: number; jobs: number }[];
  /** workers that completed a job in the last 15 minutes, with their last completion */
  workers: { name: string; last: string; jobs: number }[];
  stored: number;
  /** stored articles no corpus pass has covered yet */
  awaitingCorpus: number;
}

export async function queueStatus(store: PgStore): Promise<QueueStatus> {
  const q = queueSchema(store);
  const all = `(SELECT state::text AS state, completed_on, output FROM ${q}.job WHERE name = $1
                UNION ALL SELECT state::text, completed_on, output FROM ${q}.archive WHERE name = $1)`;
  const counted = new Map(
    (
      await store.pool.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM ${all} j GROUP BY state`, [
        QUEUE,
      ])
    ).rows.map((r) => [r.state, Number(r.n)]),
  );
  const states = Object.fromEntries(JOB_STATES.map((state) => [state, counted.get(state) ?? 0]));
  const completed: QueueStatus['completed'] = [];
  for (const minutes of [1, 5, 15]) {
    const r = await store.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${all} j WHERE state = 'completed' AND completed_on > now() - make_interval(mins => $2)`,
      [QUEUE, minutes],
    );
    completed.push({ minutes, jobs: Number(r.rows[0]!.n) });
  }
  const workers = (
    await store.pool.query<{ name: string; last: Date; jobs: string }>(
      `SELECT output->>'worker' AS name, max(completed_on) AS last, count(*) AS jobs FROM ${all} j
       WHERE state = 'completed' AND completed_on > now() - interval '15 minutes' AND output ? 'worker'
       GROUP BY 1 ORDER BY 1`,
      [QUEUE],
    )
  ).rows.map((r) => ({ name: r.name, last: r.last.toISOString(), jobs: Number(r.jobs) }));
  return {
    states,
    completed,
    workers,
    stored: await store.articleCount(),
    awaitingCorpus: await store.unsettledCount(),
  };
}
