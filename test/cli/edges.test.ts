/**
 * The CLI's edges: stores that are missing or are not stores, inputs that do not exist, and runs
 * stopped by a signal. Each answer is one line naming the file and the reason, and the exit code
 * the README documents (2 when an input, the store included, failed; 130/143 when stopped).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeInputs, type AnalyzeDeps } from '../../src/cli/commands/analyze.js';
import type { Article, Corpus } from '../../src/model.js';
import { Store } from '../../src/store/index.js';
import { article } from './fixtures.js';
import { bin, examples, sitrep } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-edges-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (s: string) => expect(s.trim().split('\n')).toHaveLength(1);

describe('read-only commands on a missing store or a file that is not one', () => {
  it('serve --db notes.txt: one line naming the file, no stack trace, exit 2', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'shopping list, not SQLite\n'.repeat(100));
    const r = sitrep(['serve', '--db', notes, '--port', '0']);
    expect(r.stderr).toBe(
      `sitrep serve: ${notes}: cannot open the store: not a sitrep store (not an SQLite database)\n`,
    );
    expect(r.status).toBe(2);
  });

  it('control list, export and serve on a missing store say so and create nothing', () => {
    const typo = join(dir, 'typo.db');
    for (const args of [
      ['control', 'list'],
      ['export', '--format', 'json'],
      ['serve', '--port', '0'],
    ]) {
      const r = sitrep([...args, '--db', typo]);
      expect(r.status, args.join(' ')).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`${typo}: no store there`);
      expect(existsSync(typo), args.join(' ')).toBe(false);
    }
  });

  it('control list on a file that is not a store: one line, exit 2', () => {
    const notes = join(dir, 'notes.db');
    writeFileSync(notes, 'not SQLite\n'.repeat(100));
    const r = sitrep(['control', 'list', '--db', notes]);
    expect(r.stderr).toBe(
      `sitrep control: ${notes}: cannot open the store: not a sitrep store (not an SQLite database)\n`,
    );
    expect(r.status).toBe(2);
  });
});

describe('analyze on inputs that do not exist', () => {
  it('names the missing one, stores the others, counts it in the summary and exits 2', () => {
    const db = join(dir, 's.db');
    const missing = join(dir, 'no-such-report.txt');
    const r = sitrep(['analyze', missing, join(examples, '2022-09-06-kyiv-ledger-balakliia.txt'), '--db', db]);
    expect(r.stderr).toBe(`sitrep: ${missing}: no such file or directory\n`);
    expect(r.stdout).toContain(`1 article in ${db} (1 new, 0 already stored, 1 failed)`);
    expect(r.status).toBe(2);
  });

  it('creates no store when nothing could be read', () => {
    const db = join(dir, 'never.db');
    const missing = join(dir, 'typo.txt');
    const r = sitrep(['analyze', missing, '--db', db]);
    expect(r.stderr).toBe(`sitrep: ${missing}: no such file or directory\n`);
    expect(r.stdout).toBe(`no articles read; ${db} not created (1 failed)\n`);
    expect(r.status).toBe(2);
    expect(existsSync(db)).toBe(false);
  });
});

describe('analyze stopped by a signal', () => {
  const items = ['a', 'b', 'c', 'd'].map((n) =>
    article({ id: n, path: `in/${n}.txt`, text: `Report ${n}: troops held the bridge.` }),
  );
  function deps(onAnalyse: (a: Article) => void) {
    const out: string[] = [];
    const err: string[] = [];
    const d: AnalyzeDeps = {
      async *ingest() {
        for (const a of items) yield { kind: 'article' as const, article: a };
      },
      inferUndatedDates: (articles) => articles,
      analyseArticle: (a) => (onAnalyse(a), { ...a, claims: [] }),
      analyseCorpus: (articles): Corpus => ({ articles, entities: [], events: [], disputes: [], checks: [] }),
      stdout: { write: (s: string) => out.push(s) },
      stderr: { isTTY: false, write: (s: string) => (err.push(s), true) },
    };
    return { d, out, err };
  }

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: stops after the article in hand, says what was stored, exits ${code}, a rerun goes on`, async () => {
      const db = join(dir, 's.db');
      const listeners = process.listenerCount(signal);
      const run = deps((a) => {
        if (a.id === 'b') process.emit(signal, signal);
      });
      expect(await analyzeInputs(['in'], { db }, run.d)).toBe(code);
      expect(run.err.join('')).toBe('\nstopped: 2 articles stored, run again to continue\n');
      expect(run.out).toEqual([]);
      expect(process.listenerCount(signal)).toBe(listeners);
      const store = Store.open(db);
      expect(store.loadArticles().map((a) => a.id)).toEqual(['a', 'b']);
      expect(store.loadCorpus().events).toEqual([]);
      store.close();
      const again = deps(() => {});
      expect(await analyzeInputs(['in'], { db }, again.d)).toBe(0);
      expect(again.out.join('')).toContain(`4 articles in ${db} (2 new, 2 already stored, 0 failed)`);
    });
  }

  it('SIGTERM to the CLI while it reads its input: the stop line, exit 143, the store untouched', async () => {
    const db = join(dir, 'kept.db');
    expect(sitrep(['analyze', join(examples, '2022-09-06-kyiv-ledger-balakliia.txt'), '--db', db]).status).toBe(0);
    const child = spawn(process.execPath, [bin, 'analyze', '-', '--db', db], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    // the store's shared-memory file appears once analyze has opened it, after its signal handlers are set
    while (!existsSync(`${db}-shm`)) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    child.stdin.end('A Report From The Front\n\nTroops held the bridge on Monday, officials said.\n');
    expect(await closed).toBe(143);
    expect(stderr).toBe('\nstopped: 0 articles stored, run again to continue\n');
    const store = Store.open(db);
    expect(store.articleCount()).toBe(1);
    store.close();
  });
});
