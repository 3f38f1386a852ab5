/**
 * Two writers on one store. The corpus pass (near-duplicates, entities, fusion, checks over every
 * stored article) runs under the store's write lock: no other writer stores an article between
 * its reading the articles and its writing the results, so the last pass sees everything.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeInputs, type AnalyzeDeps } from '../../src/cli/commands/analyze.js';
import type { Corpus } from '../../src/model.js';
import { Store } from '../../src/store/index.js';
import { article } from './fixtures.js';
import { bin, examples, sitrep } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-writers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the corpus pass under the store lock', () => {
  it('another writer cannot store an article while a corpus pass runs', async () => {
    const db = join(dir, 's.db');
    let other: string | null = null;
    const d: AnalyzeDeps = {
      async *ingest() {
        yield {
          kind: 'article' as const,
          article: article({ id: 'a', path: 'in/a.txt', text: 'Troops held the bridge.' }),
        };
      },
      inferUndatedDates: (articles) => articles,
      analyseArticle: (a) => a,
      analyseCorpus: (articles): Corpus => {
        // a second connection that will not wait: it must find the store locked
        const conn = new Database(db, { timeout: 0 });
        try {
          conn
            .prepare(
              "INSERT INTO articles (id, path, format, wire, text, layers) VALUES ('x', 'x.txt', 'text', '[]', 'x', '{}')",
            )
            .run();
          other = 'stored';
        } catch (err) {
          other = (err as { code?: string }).code ?? String(err);
        } finally {
          conn.close();
        }
        return { articles, entities: [], events: [], disputes: [], checks: [] };
      },
      stdout: { write: () => true },
      stderr: { isTTY: false, write: () => true },
    };
    expect(await analyzeInputs(['in'], { db }, d)).toBe(0);
    expect(other).toBe('SQLITE_BUSY');
  });

  it('two writers given halves of the inputs end with the fused events of one run over both', async () => {
    // Alternate files: the one undated article (the roundup) shares its half with dated ones it
    // is related to, so its inferred date does not hang on the other writer's progress. (Run one
    // file at a time, roundup first, it is dated otherwise: the order dependence README names.)
    const files = readdirSync(examples)
      .sort()
      .map((f) => join(examples, f));
    const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
    const one = join(dir, 'one.db');
    expect(sitrep(['analyze', ...files, '--db', one]).status).toBe(0);

    const two = join(dir, 'two.db');
    const runs = halves.map(
      (half) =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn(process.execPath, [bin, 'analyze', ...half, '--db', two], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (d) => (stderr += d));
          child.on('close', (code) => done({ code, stderr }));
        }),
    );
    for (const r of await Promise.all(runs)) expect(r).toEqual({ code: 0, stderr: '' });

    const picture = (path: string) => {
      const store = Store.open(path);
      try {
        const c = store.loadCorpus();
        return {
          articles: c.articles.map((a) => [a.id, a.published, a.duplicate_of]),
          entities: c.entities.map((e) => e.id),
          events: c.events,
          disputes: c.disputes,
          checks: c.checks.map((k) => [k.id, k.verdict]),
        };
      } finally {
        store.close();
      }
    };
    expect(picture(two)).toEqual(picture(one));
  });
});
