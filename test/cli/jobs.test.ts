import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { dumpStore, examples, sitrep } from './helpers.js';

// `analyze --jobs N`: the article stages in N worker threads, results stored in input order.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-jobs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep analyze --jobs', () => {
  it('stores the same content with one thread, two and three', () => {
    const dumps = [1, 2, 3].map((jobs) => {
      const db = join(dir, `examples-${jobs}.db`);
      const r = sitrep(['analyze', examples, '--db', db, '--jobs', String(jobs)]);
      expect(r.status, r.stderr).toBe(0);
      return dumpStore(db);
    });
    expect(dumps[1]).toBe(dumps[0]);
    expect(dumps[2]).toBe(dumps[0]);
  }, 300_000);

  it('stores an article the same whatever its thread read before it', () => {
    // the first text teaches wink-nlp "'It" whole (a quote glued to a full stop); read after it in
    // the same thread, the second text's "'It" was one token, read alone two
    const inputs = join(dir, 'history');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(
      join(inputs, 'a-teacher.txt'),
      "The commander paused.'It is new ground,' he told reporters near Izium on Monday.\n",
    );
    writeFileSync(
      join(inputs, 'b-later.txt'),
      "A medic said: 'It is quiet now.' Shelling near Balakliia stopped on Tuesday, officials said.\n",
    );
    const later = (db: string) => {
      const store = Store.open(db);
      try {
        const a = store.loadArticles().find((x) => x.path.endsWith('b-later.txt'))!;
        return JSON.stringify([a.sentences, a.claims, a.events]);
      } finally {
        store.close();
      }
    };
    const both = join(dir, 'history-both.db');
    expect(sitrep(['analyze', inputs, '--db', both, '--jobs', '1']).status).toBe(0);
    const alone = join(dir, 'history-alone.db');
    expect(sitrep(['analyze', join(inputs, 'b-later.txt'), '--db', alone, '--jobs', '1']).status).toBe(0);
    expect(later(both)).toBe(later(alone));
  }, 120_000);

  it('refuses a number of threads that is not a whole number above 0, in one line', () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const r = sitrep(['analyze', examples, '--db', join(dir, 'never.db'), `--jobs=${bad}`]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`--jobs must be a whole number of threads, 1 or more, not '${bad}'`);
    }
  });

  it('gives up an article still running at twice its budget, stores the others, exits 2', () => {
    const inputs = join(dir, 'hang');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(join(inputs, 'a-small.txt'), 'Troops shelled the bridge near Izium on Monday, the governor said.\n');
    writeFileSync(join(inputs, 'c-small.txt'), 'Ukrainian forces entered Kupiansk on Saturday, officials said.\n');
    // about 8 MB of sentences: its first stage alone runs for several seconds, far past the 2 s
    // hard budget, while a sentence takes milliseconds
    const paragraph = 'Artillery struck the depot near the river crossing at dawn, a spokesman said. ';
    writeFileSync(
      join(inputs, 'b-huge.txt'),
      Array.from({ length: 100_000 }, (_, i) => `${paragraph}Day ${i}.`).join('\n\n'),
    );
    const db = join(dir, 'hang.db');
    const r = sitrep(['analyze', inputs, '--db', db, '--jobs', '2', '--article-timeout', '1']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /b-huge\.txt: not stored: gave up after 2\.0 s, twice its budget \(--article-timeout\); its thread was stopped and replaced/,
    );
    expect(r.stdout).toContain('2 articles in');
    const store = Store.open(db);
    try {
      expect(store.loadArticles({ layers: false }).map((a) => a.path.split('/').pop())).toEqual([
        'a-small.txt',
        'c-small.txt',
      ]);
    } finally {
      store.close();
    }
  }, 120_000);
});
