/**
 * `sitrep jobs --failed | --retry` and `sitrep status`: the queue of a PostgreSQL store, for the
 * operator of a team's workers.
 */
import { isPostgres, storeLocation } from '../../store/backend.js';
import type { PgStore } from '../../store/postgres.js';
import { oneLine } from '../../text/one-line.js';
import { command, noOperands, UsageError } from '../command.js';
import { openStoreOrSay } from '../store.js';

const jobsUsage = `Usage: sitrep jobs --db postgres://… --failed
       sitrep jobs --db postgres://… --retry

  --failed   list the jobs kept as failed (every attempt failed): job id, article, attempts, reason
  --retry    queue every failed job once more`;

const statusUsage = `Usage: sitrep status --db postgres://… [--json]

The queue's jobs by state, articles completed in the last 1, 5 and 15 minutes, the workers seen in
the last 15 minutes, failures, articles stored and those awaiting a corpus pass.`;

async function openPg(db: string | undefined, name: string): Promise<PgStore | null> {
  const location = storeLocation(db);
  if (!isPostgres(location))
    throw new UsageError('the queue lives in a PostgreSQL store: give --db postgres://… (or SITREP_DB)');
  return (await openStoreOrSay(location, { create: false, who: `sitrep ${name}` })) as PgStore | null;
}

export const jobs = command({
  name: 'jobs',
  usage: jobsUsage,
  options: { db: { type: 'string' }, failed: { type: 'boolean' }, retry: { type: 'boolean' } },
  async run(values, operands) {
    noOperands(operands);
    if (!values.failed === !values.retry) throw new UsageError('give one of --failed or --retry');
    const store = await openPg(values.db, 'jobs');
    if (!store) return 2;
    const { failedJobs, openQueue, QUEUE } = await import('../../queue/index.js');
    try {
      const failed = await failedJobs(store);
      if (values.failed) {
        for (const f of failed)
          process.stdout.write(`${f.id}\t${f.path}\t${f.attempts} attempts\t${f.failedAt}\t${oneLine(f.reason)}\n`);
        process.stderr.write(`${failed.length} failed job${failed.length === 1 ? '' : 's'}\n`);
        return 0;
      }
      if (failed.length) {
        const boss = await openQueue(store);
        try {
          await boss.retry(
            QUEUE,
            failed.map((f) => f.id),
          );
        } finally {
          await boss.stop({ graceful: false, wait: true }).catch(() => {});
        }
      }
      process.stdout.write(`queued ${failed.length} failed job${failed.length === 1 ? '' : 's'} again\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
});

export const status = command({
  name: 'status',
  usage: statusUsage,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, operands) {
    noOperands(operands);
    const store = await openPg(values.db, 'status');
    if (!store) return 2;
    const { queueStatus, openQueue } = await import('../../queue/index.js');
    try {
      // the queue's tables are made on first use: a store never queued to has an empty queue
      await (await openQueue(store)).stop({ graceful: false, wait: true }).catch(() => {});
      const s = await queueStatus(store);
      if (values.json) {
        process.stdout.write(JSON.stringify(s) + '\n');
        return 0;
      }
      const st = s.states;
      const lines = [
        `store: ${store.location}`,
        `queue: ${st.created! + st.retry!} waiting (${st.retry} to be retried), ${st.active} active, ${st.completed} completed, ${st.failed} failed${st.cancelled ? `, ${st.cancelled} cancelled` : ''}`,
        `completed: ${s.completed.map((c) => `${c.jobs} in the last ${c.minutes} min`).join(', ')}`,
        `workers seen (15 min): ${s.workers.length ? s.workers.map((w) => `${w.name} (${w.jobs} jobs, last ${w.last})`).join('; ') : 'none'}`,
        `articles: ${s.stored} stored, ${s.awaitingCorpus} awaiting a corpus pass`,
      ];
      if (st.failed) lines.push(`failures: ${st.failed} (sitrep jobs --failed lists them, --retry queues them again)`);
      process.stdout.write(lines.join('\n') + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
});
