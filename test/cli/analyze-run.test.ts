import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeInputs, type AnalyzeDeps } from '../../src/cli/commands/analyze.js';
import type { Article, Corpus } from '../../src/model.js';
import { saveControlSnapshot } from '../../src/store/control.js';
import { Store } from '../../src/store/index.js';
import { article } from './fixtures.js';

// In-process runs of analyze with stand-in stages, to reach the paths real inputs rarely take.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-run-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const a1 = article({ id: 'a1', path: 'in/a.txt', text: 'Troops entered the town on Friday, officials said.' });
const a2 = article({
  id: 'a2',
  path: 'in/b.txt',
  text: 'The bridge was shelled overnight, the governor said.',
  published: null,
});

function deps(over: Partial<AnalyzeDeps> & { items?: (Article | Error | { file: string; reason: string })[] }) {
  const out: string[] = [];
  const err: string[] = [];
  const items = over.items ?? [a1, a2];
  const d: AnalyzeDeps = {
    async *ingest() {
      for (const item of items) {
        if (item instanceof Error) throw item;
        if ('reason' in item) yield { kind: 'error' as const, file: item.file, reason: item.reason };
        else yield { kind: 'article' as const, article: item };
      }
    },
    inferUndatedDates: (articles) => articles,
    analyseArticle: (a) => ({ ...a, claims: [] }),
    analyseCorpus: (articles): Corpus => ({ articles, entities: [], events: [], disputes: [], checks: [] }),
    stdout: { write: (s: string) => out.push(s) },
    stderr: { isTTY: false, write: (s: string) => (err.push(s), true) },
    ...over,
  };
  return { d, out, err };
}

describe('analyze (in process)', () => {
  it('a failing corpus stage: one line, articles kept, earlier corpus results kept, exit 2', async () => {
    const db = join(dir, 's.db');
    const ok = deps({
      analyseCorpus: (articles) => ({
        articles,
        entities: [
          {
            id: 'e1',
            type: 'person',
            canonical: 'A Person',
            variants: [],
            side: null,
            sideEvidence: null,
            mentions: [],
          },
        ],
        events: [],
        disputes: [],
        checks: [],
      }),
    });
    expect(await analyzeInputs(['in'], { db }, ok.d)).toBe(0);
    const broken = deps({
      items: [a1, a2, article({ id: 'a3', path: 'in/c.txt', text: 'A third report.' })],
      analyseCorpus: () => {
        throw new Error('boom\nat somewhere');
      },
    });
    expect(await analyzeInputs(['in'], { db }, broken.d)).toBe(2);
    expect(broken.err).toEqual([`sitrep: ${db}: corpus stages failed, earlier results kept: boom at somewhere\n`]);
    const store = Store.open(db);
    expect(store.loadArticles().map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(store.loadCorpus().entities.map((e) => e.id)).toEqual(['e1']);
    store.close();
  });

  it('an article that cannot be analysed or stored is named and the rest stored', async () => {
    const db = join(dir, 's.db');
    const run = deps({
      analyseArticle: (a) => {
        if (a.id === 'a1') throw new Error('no memory left');
        return a;
      },
    });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(2);
    expect(run.err).toEqual(['sitrep: in/a.txt: not stored: no memory left\n']);
    expect(run.out.join('')).toContain('(1 new, 0 already stored, 1 failed)');
  });

  it('ingest errors and an ingest that throws midway: one line each, what came before is stored', async () => {
    const db = join(dir, 's.db');
    const run = deps({ items: [a1, { file: 'in/bad.html', reason: 'empty file' }, new Error('disk vanished'), a2] });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(2);
    expect(run.err).toEqual(['sitrep: in/bad.html: empty file\n', 'sitrep: in: ingest failed: disk vanished\n']);
    const store = Store.open(db);
    expect(store.loadArticles().map((a) => a.id)).toEqual(['a1']);
    store.close();
  });

  it('infers dates from the stored articles and the new ones, and stores the inferred dates', async () => {
    const db = join(dir, 's.db');
    const seen: string[][] = [];
    const infer = (articles: Article[]) => {
      seen.push(articles.map((a) => `${a.id}:${a.published_on_or_after ?? '-'}`));
      return articles.map((a) => (a.published ? a : { ...a, published_on_or_after: '2022-09-10' }));
    };
    const a3 = article({
      id: 'a3',
      path: 'in/c.txt',
      text: 'The depot burned through the night, residents said.',
      published: null,
    });
    expect(await analyzeInputs(['in'], { db }, deps({ items: [a2], inferUndatedDates: infer }).d)).toBe(0);
    // every new article dated: the stored ones are not read, nothing is inferred
    expect(await analyzeInputs(['in'], { db }, deps({ items: [a1, a2], inferUndatedDates: infer }).d)).toBe(0);
    expect(seen).toEqual([['a2:-']]);
    expect(await analyzeInputs(['in'], { db }, deps({ items: [a2, a3], inferUndatedDates: infer }).d)).toBe(0);
    // a new undated article: dated from what is stored (a1, and a2 met again: as stored, since
    // inferUndatedDates reads each article as ingest read it, from its read_dates) and a3
    expect(seen).toEqual([['a2:-'], ['a1:-', 'a2:2022-09-10', 'a3:-']]);
    const store = Store.open(db);
    expect(store.loadArticle('a2')?.published_on_or_after).toBe('2022-09-10');
    expect(store.loadArticle('a3')?.published_on_or_after).toBe('2022-09-10');
    store.close();
  });

  it('counts an article met twice in one batch once', async () => {
    const db = join(dir, 's.db');
    const run = deps({ items: [a1, { ...a1, path: 'in/copy.txt' }] });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(0);
    expect(run.out.join('')).toContain('1 article in');
    expect(run.out.join('')).toContain('(1 new, 1 already stored, 0 failed)');
  });

  it('hands the stored control-map snapshots to the corpus stages', async () => {
    const db = join(dir, 's.db');
    const store = Store.open(db);
    const ring = [
      [36.8, 49.4],
      [36.9, 49.4],
      [36.9, 49.5],
      [36.8, 49.4],
    ] as [number, number][];
    saveControlSnapshot(store, {
      id: 'x',
      sha256: '0'.repeat(64),
      file: '1662595200.geojson',
      format: 'deepstate',
      validFrom: '2022-09-08T00:00:00Z',
      time: 1662595200,
      areas: [{ status: 'occupied', label: 'Occupied', polygon: [ring] as never, bbox: [36.8, 49.4, 36.9, 49.5] }],
    });
    store.close();
    let control: unknown;
    const run = deps({
      analyseCorpus: (articles, c) => {
        control = c;
        return { articles, entities: [], events: [], disputes: [], checks: [] };
      },
    });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(0);
    expect(control).toMatchObject([{ file: '1662595200.geojson', time: 1662595200, areas: [{ status: 'occupied' }] }]);
  });

  it('names at most ten outlets in the summary', async () => {
    const db = join(dir, 's.db');
    const items = Array.from({ length: 12 }, (_, i) =>
      article({
        id: `o${i}`,
        path: `in/${i}.txt`,
        text: `Report number ${i}.`,
        outlet: `Outlet ${String.fromCharCode(65 + i)}`,
      }),
    );
    const run = deps({ items });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(0);
    expect(run.out.join('')).toContain(
      'outlets: 12 (Outlet A, Outlet B, Outlet C, Outlet D, Outlet E, Outlet F, Outlet G, Outlet H, Outlet I, Outlet J and 2 more)',
    );
  });

  it('a store that is not a database: one line naming it, exit 2, nothing else touched', async () => {
    const db = join(dir, 'notes.db');
    writeFileSync(db, 'these are my notes, not a database\n'.repeat(200));
    const run = deps({});
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(2);
    expect(run.err).toEqual([`sitrep: ${db}: cannot open the store: not a sitrep store (not an SQLite database)\n`]);
    expect(run.out).toEqual([]);
  });

  it('reports a stage that failed on an article on one line, and still stores the article', async () => {
    const db = join(dir, 's.db');
    const run = deps({
      items: [{ ...a1, messages: [{ stage: 'ingest', severity: 'error', message: 'earlier problem' }] }, a2],
      analyseArticle: (a) =>
        a.id === 'a1'
          ? {
              ...a,
              messages: [
                ...a.messages,
                { stage: 'geo', severity: 'error', message: 'stage failed: gazetteer\nmissing' },
              ],
            }
          : a,
    });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(0);
    expect(run.err).toEqual(['sitrep: in/a.txt: geo: stage failed: gazetteer missing\n']);
    expect(run.out.join('')).toContain('stage errors: 1');
    const store = Store.open(db);
    expect(store.articleCount()).toBe(2);
    store.close();
  });

  it('an --out that cannot be written: one line, the store still complete, exit 2', async () => {
    const db = join(dir, 's.db');
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const run = deps({});
    expect(await analyzeInputs(['in'], { db, out: join(blocker, 'out') }, run.d)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^sitrep: .*a-file\/out: exports not written: /);
    const store = Store.open(db);
    expect(store.articleCount()).toBe(2);
    store.close();
  });

  it('a date inference that throws: one line, the articles stored with the dates ingest gave', async () => {
    const db = join(dir, 's.db');
    const run = deps({
      inferUndatedDates: () => {
        throw new Error('confused');
      },
    });
    expect(await analyzeInputs(['in'], { db }, run.d)).toBe(0);
    expect(run.err).toEqual(['sitrep: date inference failed, undated articles keep their lower bounds: confused\n']);
    const store = Store.open(db);
    expect(store.loadArticle('a2')?.published_on_or_after).toBeNull();
    store.close();
  });
});
