import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openQueue, QUEUE, type QueueStatus } from '../../src/queue/index.js';
import { PgStore } from '../../src/store/postgres.js';
import { bin, root, sitrep } from '../cli/helpers.js';
import { dropSchemas, pgUp, scratchSchema } from './harness.js';
import { reports } from './reports.js';

const made: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-'));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (pgUp && made.length) await dropSchemas(...made);
  rmSync(dir, { recursive: true, force: true });
});

interface Worker {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  // prettier-ignore
  const child = spawn(process.execPath, [bin, 'worker', '--db', url, '--jobs', '1', '--corpus-idle', '1', '--sweep', '1', '--corpus-every', '25'], { cwd: root });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

function status(url: string): QueueStatus {
  const r = sitrep(['status', '--db', url, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as QueueStatus;
}

async function until(what: string, ok: () => boolean, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe.skipIf(!pgUp)('the queue and its workers', () => {
  it('three workers drain a queue, one killed and one stopped part-way: every article stored once, the store equal to one run', async () => {
    const { schema, url } = scratchSchema('queue');
    made.push(schema);
    const input = join(dir, 'reports.jsonl');
    const n = 48;
    writeFileSync(input, reports(n));
    const queued = sitrep(['analyze', input, '--db', url, '--queue', '--lease', '3']);
    expect(queued.stderr).toBe('');
    expect(queued.stdout).toMatch(new RegExp(`^queued ${n} articles`));
    // queued again: nothing new
    expect(sitrep(['analyze', input, '--db', url, '--queue']).stdout).toMatch(
      /^queued 0 articles .*\(48 queued before/,
    );

    const workers = [startWorker(url), startWorker(url), startWorker(url)];
    await until('a first dozen articles', () => status(url).stored >= 12, 120);
    workers[0]!.child.kill('SIGKILL');
    workers[1]!.child.kill('SIGTERM');
    expect(await workers[1]!.exited).toBe(0);
    expect(workers[1]!.output()).toMatch(/stopped: \d+ articles? stored/);
    await until(
      'the queue drained and a last corpus pass',
      () => {
        const s = status(url);
        return s.states.completed === n && s.states.active === 0 && s.awaitingCorpus === 0;
      },
      180,
    );
    const s = status(url);
    expect(s.stored).toBe(n);
    expect(s.states.failed).toBe(0);
    expect(s.states.created! + s.states.retry!).toBe(0);
    expect(s.workers.length).toBeGreaterThanOrEqual(2);
    workers[2]!.child.kill('SIGTERM');
    expect(await workers[2]!.exited).toBe(0);

    // the same content as one analyze run into SQLite
    const sqlite = join(dir, 'one-run.db');
    expect(sitrep(['analyze', input, '--db', sqlite, '--jobs', '1']).status).toBe(0);
    const a = sitrep(['export', '--format', 'json', '--db', sqlite]).stdout;
    const b = sitrep(['export', '--format', 'json', '--db', url]).stdout;
    expect(b.length).toBeGreaterThan(1000);
    expect(b).toBe(a);
  }, 300_000);

  it('keeps a job that failed three times with its reason, lists it and queues it again', async () => {
    const { schema, url } = scratchSchema('failed');
    made.push(schema);
    const store = await PgStore.open(url);
    const boss = await openQueue(store);
    // a job another version (or a hand) wrote: no article in it
    await boss.send(QUEUE, { note: 'not an article' }, { retryLimit: 2, retryDelay: 1, retryBackoff: false });
    await boss.stop({ graceful: false, wait: true });
    await store.close();

    const worker = startWorker(url);
    await until('three failed attempts', () => status(url).states.failed === 1, 60);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);

    const failed = sitrep(['jobs', '--db', url, '--failed']);
    expect(failed.status).toBe(0);
    expect(failed.stdout).toMatch(/^[0-9a-f-]{36}\t\(no article\)\t3 attempts\t\S+\tnot an article job/);
    expect(failed.stderr).toBe('1 failed job\n');
    expect(sitrep(['status', '--db', url]).stdout).toMatch(/failures: 1 \(sitrep jobs --failed/);

    expect(sitrep(['jobs', '--db', url, '--retry']).stdout).toBe('queued 1 failed job again\n');
    const after = status(url);
    expect(after.states.failed).toBe(0);
    expect(after.states.retry).toBe(1);
  }, 120_000);

  it('gives every process that opens a new store and its queue at the same moment both, none failing on the other', async () => {
    // workers and `analyze --queue` started together on a new store: each makes the schema and
    // the queue unless another has; once they raced (a duplicate schema name, a deadlock)
    for (let round = 0; round < 10; round++) {
      const { schema, url } = scratchSchema('together');
      made.push(schema);
      const opened = await Promise.allSettled([0, 1, 2, 3].map(() => PgStore.open(url)));
      const stores = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      try {
        expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'opened'))).toEqual(
          Array(4).fill('opened'),
        );
        const queues = await Promise.allSettled(stores.map((s) => openQueue(s)));
        for (const q of queues) if (q.status === 'fulfilled') await q.value.stop({ graceful: false, wait: true });
        expect(queues.map((q) => (q.status === 'rejected' ? String(q.reason) : 'opened'))).toEqual(
          Array(4).fill('opened'),
        );
      } finally {
        for (const s of stores) await s.close();
      }
    }
  }, 60_000);

  it('refuses what has no meaning without PostgreSQL, in one line', () => {
    const r = sitrep(['analyze', join(root, 'examples'), '--db', join(dir, 'x.db'), '--queue']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--queue needs a PostgreSQL store/);
    expect(sitrep(['worker', '--db', join(dir, 'x.db')]).stderr).toMatch(/workers share a PostgreSQL store/);
    expect(sitrep(['status', '--db', join(dir, 'x.db')]).status).toBe(1);
  });
});

describe.skipIf(!pgUp)('a worker killed mid-article', () => {
  it('loses its job to another worker once the lease runs out, and the article is stored once', async () => {
    const { schema, url } = scratchSchema('lease');
    made.push(schema);
    // long enough to be in hand for seconds
    const long = JSON.parse(reports(1).trim()) as { text: string };
    long.text = Array.from({ length: 2000 }, (_, i) =>
      long.text.replace('dispatch number 1', `dispatch number ${i + 1}`),
    ).join('\n\n');
    const input = join(dir, 'long.jsonl');
    writeFileSync(input, JSON.stringify(long) + '\n');
    // the lease outlasts the article's analysis with room to spare: at 15 s, a loaded machine (CI
    // and other runs together) took longer than that over it, so that the second worker's
    // attempts ran out of lease too, and the job failed after its three
    expect(sitrep(['analyze', input, '--db', url, '--queue', '--lease', '40']).stdout).toMatch(/^queued 1 article /);

    const first = startWorker(url);
    await until('the job taken', () => status(url).states.active === 1, 60);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = startWorker(url);
    await until(
      'the article stored by the second worker',
      () => {
        const s = status(url);
        return s.stored === 1 && s.states.completed === 1;
      },
      180,
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const store = await PgStore.open(url);
    try {
      const job = (
        await store.pool.query<{ retry_count: number; output: { worker: string } }>(
          `SELECT retry_count, output FROM ${schema}_queue.job`,
        )
      ).rows[0]!;
      // the killed worker's attempt ran out of lease and counted as one (on a loaded machine the
      // second worker's own attempt at this long article may outrun the lease too, and be retaken)
      expect(job.retry_count).toBeGreaterThanOrEqual(1);
      expect(job.output.worker).toMatch(new RegExp(`:${second.child.pid}$`));
      expect(await store.articleCount()).toBe(1);
    } finally {
      await store.close();
    }
  }, 300_000);
});
