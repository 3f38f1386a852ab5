/**
 * `sitrep serve --db postgres://…`: the page and the API from the shared store while workers
 * write to it, and POSTed articles stored there.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/postgres.js';
import { bin, examples, root, sitrep } from '../cli/helpers.js';
import { startServe } from '../server/start-serve.js';
import { dropSchemas, pgUp, scratchSchema } from './harness.js';
import { reports } from './reports.js';

const made: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-serve-'));
afterAll(async () => {
  if (pgUp && made.length) await dropSchemas(...made);
  rmSync(dir, { recursive: true, force: true });
});

const TOKEN = 'tok3n-tok3n-tok3n-1';

describe.skipIf(!pgUp)('sitrep serve on PostgreSQL', () => {
  it('serves the page and the API from the shared store, takes in what workers store meanwhile, and stores POSTed articles there', async () => {
    const { schema, url } = scratchSchema('serve');
    made.push(schema);
    const analysed = sitrep(['analyze', examples, '--db', url, '--jobs', '1']);
    expect(analysed.status, analysed.stderr).toBe(0);
    const { child, url: base } = await startServe(['--db', url, '--allow-write'], { SITREP_TOKEN: TOKEN });
    const worker = spawn(process.execPath, [bin, 'worker', '--db', url, '--jobs', '1', '--corpus-idle', '0.5'], {
      cwd: root,
    });
    try {
      const summary = async () =>
        (await (await fetch(`${base}/api/summary`)).json()) as { articles: number; events: number };
      const before = await summary();
      expect(before.articles).toBe(11);
      expect((await fetch(`${base}/`)).status).toBe(200);
      const events = (await (await fetch(`${base}/api/events?limit=5`)).json()) as { total: number };
      expect(events.total).toBe(before.events);

      // workers write: the server takes it in without a restart
      const input = join(dir, 'reports.jsonl');
      writeFileSync(input, reports(6));
      const queued = sitrep(['analyze', input, '--db', url, '--queue']);
      expect(queued.status, queued.stderr).toBe(0);
      let seen = before.articles;
      for (let tries = 0; tries < 600 && seen < 17; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        seen = (await summary()).articles;
      }
      expect(seen).toBe(17);

      const res = await fetch(`${base}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          text: 'Ukrainian troops entered Kupiansk on Saturday, the governor said.',
          title: 'Posted',
          published: '2022-09-10',
          outlet: 'Test Wire',
        }),
      });
      expect(res.status).toBe(201);
      const { article } = (await res.json()) as { article: { id: string } };
      expect((await summary()).articles).toBe(18);
      const store = await PgStore.open(url);
      try {
        expect((await store.loadArticle(article.id))?.title).toBe('Posted');
      } finally {
        await store.close();
      }
    } finally {
      worker.kill('SIGTERM');
      child.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(0);
  }, 180_000);
});
