import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/acled.js';
import { Store } from '../../src/store/index.js';
import { geoJsonProblems, parseCsv } from './formats.js';
import { bin, dumpStore, examples, hasShared, root, shared, sitrep } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLE_ARTICLES = 11; // 8 files, one of them JSON Lines with 3 articles

describe('sitrep analyze on the sample corpus', () => {
  let db: string;
  let out: string;
  let first: ReturnType<typeof sitrep>;
  beforeAll(() => {
    db = join(dir, 'examples.db');
    out = join(dir, 'out');
    first = sitrep(['analyze', examples, '--db', db, '--out', out]);
  });

  it('stores every article, exits 0 and prints a summary', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      `${EXAMPLE_ARTICLES} articles in ${db} (${EXAMPLE_ARTICLES} new, 0 already stored, 0 failed)`,
    );
    expect(first.stdout).toMatch(/^outlets: \d+/m);
    expect(first.stdout).toMatch(/^dates: 2022-09-0\d to 2022-09-1\d$/m);
    // the events stage's non-events are counted, even when there are none
    expect(first.stdout).toMatch(/^events: \d+\nnon-events: \d+$/m);
    const store = Store.open(db);
    const articles = store.loadArticles();
    store.close();
    expect(articles).toHaveLength(EXAMPLE_ARTICLES);
    expect(articles.filter((a) => a.path.includes('.jsonl#')).map((a) => a.path.split('#')[1])).toEqual([
      '1',
      '2',
      '3',
    ]);
    for (const a of articles) expect(a.sentences?.length).toBeGreaterThan(0);
  });

  it('finds dates and outlets the way the ingest rules read them', () => {
    const doc = JSON.parse(readFileSync(join(out, 'sitrep.json'), 'utf8'));
    const byFile = (name: string) => doc.articles.find((a: { path: string }) => a.path.endsWith(name));
    expect(byFile('2022-09-08-frontline-digest-balakliya.html').published).toBe('2022-09-08');
    expect(byFile('2022-09-06-kyiv-ledger-balakliia.txt').published).toBe('2022-09-06');
    expect(byFile('roundup-week-in-kharkiv.txt').published).toBeNull();
    expect(byFile('roundup-week-in-kharkiv.txt').published_on_or_after).toBe('2022-09-11');
    expect(byFile('2022-09-09-eastern-courier-wire-reinforcements.txt').wire).toEqual(['AFP']);
  });

  it('links the wire story carried by two outlets, and keeps the link in the store', () => {
    const doc = JSON.parse(readFileSync(join(out, 'sitrep.json'), 'utf8'));
    const copies = doc.articles.filter((a: { path: string }) =>
      /wire-reinforcements\.txt$|feed\.jsonl#1$/.test(a.path),
    ) as { id: string; duplicate_of: string | null }[];
    expect(copies).toHaveLength(2);
    const linked = copies.filter((a) => a.duplicate_of);
    expect(linked).toHaveLength(1);
    expect(copies.map((a) => a.id)).toContain(linked[0].duplicate_of);
    expect(doc.articles.filter((a: { duplicate_of: string | null }) => a.duplicate_of)).toHaveLength(1);
  });

  it('claims name their speakers by the corpus-wide entity ids the export lists', () => {
    const doc = JSON.parse(readFileSync(join(out, 'sitrep.json'), 'utf8'));
    const ids = new Set(doc.entities.map((e: { id: string }) => e.id));
    const speakers = doc.claims
      .map((c: { speaker: { entity: string | null } | null }) => c.speaker?.entity)
      .filter((id: string | null | undefined): id is string => !!id);
    for (const id of speakers) expect(ids.has(id), id).toBe(true);
  });

  it('gives each place once, with the spellings each article used', () => {
    const doc = JSON.parse(readFileSync(join(out, 'sitrep.json'), 'utf8'));
    // an area sitrep composes (no GeoNames record) has a null id and is told apart by its name
    const ids = doc.places.map((p: { geonameid: number | null; name: string }) => p.geonameid ?? p.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.places.filter((p: { geonameid: number | null }) => p.geonameid !== null && p.geonameid <= 0)).toEqual(
      [],
    );
    const spellings = (p: { articles: { surfaces: string[] }[] }) => new Set(p.articles.flatMap((a) => a.surfaces));
    expect(doc.places.some((p: { articles: { surfaces: string[] }[] }) => spellings(p).size >= 3)).toBe(true);
  });

  it('writes every export format into --out, each valid', () => {
    const doc = JSON.parse(readFileSync(join(out, 'sitrep.json'), 'utf8'));
    expect(Object.keys(doc)).toEqual([
      'articles',
      'places',
      'demonyms',
      'entities',
      'claims',
      'events',
      'non_events',
      'disputes',
      'checks',
    ]);
    expect(doc.articles).toHaveLength(EXAMPLE_ARTICLES);
    const lines = readFileSync(join(out, 'sitrep.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'article')).toHaveLength(EXAMPLE_ARTICLES);
    const rows = parseCsv(readFileSync(join(out, 'events.acled.csv'), 'utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.length - 1).toBe(doc.events.length);
    expect(geoJsonProblems(JSON.parse(readFileSync(join(out, 'events.geojson'), 'utf8')))).toEqual([]);
  });

  it('export writes the same as --out, to stdout or to -o FILE', () => {
    for (const [format, file] of [
      ['json', 'sitrep.json'],
      ['jsonl', 'sitrep.jsonl'],
      ['acled-csv', 'events.acled.csv'],
      ['geojson', 'events.geojson'],
    ]) {
      const r = sitrep(['export', '--format', format, '--db', db]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(out, file), 'utf8'));
    }
    const target = join(dir, 'x.csv');
    expect(sitrep(['export', '--format', 'acled-csv', '--db', db, '-o', target]).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(out, 'events.acled.csv'), 'utf8'));
    // written beside the target and renamed: no temporary file is left
    expect(readdirSync(dir).filter((f) => f.includes('x.csv'))).toEqual(['x.csv']);
    const nowhere = join(dir, 'no-such-dir', 'x.csv');
    const failed = sitrep(['export', '--format', 'acled-csv', '--db', db, '-o', nowhere]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(new RegExp(`^sitrep: ${nowhere}: not written: ENOENT[^\n]*\n$`));
  });

  it('run twice, leaves the store unchanged', () => {
    const before = dumpStore(db);
    const again = sitrep(['analyze', examples, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`(0 new, ${EXAMPLE_ARTICLES} already stored, 0 failed)`);
    expect(dumpStore(db)).toBe(before);
  });

  it('a second store built from the same inputs holds the same content', () => {
    const other = join(dir, 'examples-2.db');
    expect(sitrep(['analyze', examples, '--db', other]).status).toBe(0);
    expect(dumpStore(other)).toBe(dumpStore(db));
  });
});

describe('sitrep analyze, killed mid-run', () => {
  const N = 60;
  // Sentences written for this test; every article differs in its numbers and places.
  // prettier-ignore
  const towns = ['Balakliia', 'Kupiansk', 'Izium', 'Lyman', 'Kramatorsk', 'Sloviansk', 'Chuhuiv', 'Vovchansk'];
  function writeCorpus(target: string): void {
    mkdirSync(target, { recursive: true });
    for (let i = 0; i < N; i++) {
      const town = towns[i % towns.length];
      const other = towns[(i * 3 + 1) % towns.length];
      const day = 6 + (i % 7);
      const text = [
        `Report ${i} from ${town}`,
        '',
        `${day} September 2022`,
        '',
        `Ukrainian officials said on ${day} September 2022 that troops had advanced ${i + 3} kilometres towards ${town}.`,
        `Shelling near ${other} killed ${i % 5} people and wounded ${(i % 7) + 1}, the regional governor said.`,
        `Russia's defence ministry said it had repelled ${(i % 9) + 2} attacks near ${town} and ${other}.`,
        `"We are holding the line," a local commander told reporters in ${other}, ${i + 10} km from the front.`,
      ].join('\n');
      writeFileSync(join(target, `report-${String(i).padStart(4, '0')}.txt`), text + '\n');
    }
  }

  function count(db: string): number {
    if (!existsSync(db)) return 0;
    try {
      const conn = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      } finally {
        conn.close();
      }
    } catch {
      return 0; // not created yet
    }
  }

  it('gives the same store as one uninterrupted run, after a rerun', async () => {
    const corpus = join(dir, 'many');
    writeCorpus(corpus);
    const killedDb = join(dir, 'killed.db');
    const child = spawn(process.execPath, [bin, 'analyze', corpus, '--db', killedDb], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    let atKill = 0;
    for (let tries = 0; tries < 6000 && child.exitCode === null; tries++) {
      atKill = count(killedDb);
      if (atKill >= 1) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = count(killedDb);
    expect(partial).toBeGreaterThanOrEqual(1);
    expect(partial).toBeLessThan(N); // it really was cut short

    const rerun = sitrep(['analyze', corpus, '--db', killedDb]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`${N} articles`);
    expect(rerun.stdout).toContain(`(${N - partial} new, ${partial} already stored, 0 failed)`);

    const cleanDb = join(dir, 'clean.db');
    expect(sitrep(['analyze', corpus, '--db', cleanDb]).status).toBe(0);
    expect(dumpStore(killedDb)).toBe(dumpStore(cleanDb));
  }, 300_000);
});

describe('sitrep analyze with bad inputs', () => {
  it('names each bad file on one stderr line, stores the good ones, exits 2', () => {
    const inputs = join(dir, 'bad');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(
      join(inputs, 'good.txt'),
      'Kharkiv, 9 September 2022\n\nUkrainian troops entered the town of Kupiansk on Friday, officials said.\n',
    );
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(
      join(inputs, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
    );
    writeFileSync(
      join(inputs, 'latin1.txt'),
      Buffer.from('Troops entered Kupiansk on Friday, officials said. Caf\xe9 closed.', 'latin1'),
    );
    writeFileSync(
      join(inputs, 'lines.jsonl'),
      '{"title": "One", "text": "Ukrainian troops entered Izium on Saturday, officials said."}\n{"title": "Two", "text": "unterminated\n',
    );
    writeFileSync(
      join(inputs, 'empty-feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
    );
    const db = join(dir, 'bad.db');
    const missing = join(dir, 'does-not-exist.txt');
    const r = sitrep(['analyze', inputs, missing, '--db', db]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^sitrep: \S.*: \S/);
    for (const name of [
      'empty.txt',
      'binary.txt',
      'latin1.txt',
      'lines.jsonl',
      'empty-feed.xml',
      'does-not-exist.txt',
    ]) {
      expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
    }
    expect(lines).toHaveLength(6);
    const store = Store.open(db);
    const paths = store.loadArticles().map((a) => a.path.slice(inputs.length + 1));
    store.close();
    expect(paths).toEqual(['good.txt', 'lines.jsonl#1']);
    expect(r.stdout).toContain('(2 new, 0 already stored, 6 failed)');
  });
});

describe('sitrep analyze, other inputs', () => {
  it('reads an article from stdin as -', () => {
    const db = join(dir, 'stdin.db');
    const r = sitrep(['analyze', '-', '--db', db], {
      input:
        'IZIUM, Ukraine, 11 September 2022\n\nUkrainian soldiers walked through the empty centre of Izium on Sunday, a commander said.\n',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const store = Store.open(db);
    expect(store.loadArticles().map((a) => a.path)).toEqual(['-']);
    store.close();
  });

  it('refuses a text over 50 MB with one line, and stores the rest', () => {
    const inputs = join(dir, 'big');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(join(inputs, 'huge.txt'), Buffer.alloc(51 * 1024 * 1024, 'word '));
    writeFileSync(
      join(inputs, 'small.txt'),
      'Kupiansk, 10 September 2022\n\nThe flag went up over the council building, officials said.\n',
    );
    const db = join(dir, 'big.db');
    const r = sitrep(['analyze', inputs, '--db', db]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^sitrep: .*huge\.txt: .*MB/);
    expect(r.stdout).toContain('(1 new, 0 already stored, 1 failed)');
  });
});

if (!hasShared) console.warn(`skipping the seeds test: no ../shared/corpus/seeds at ${shared}`);
describe.skipIf(!hasShared)('sitrep analyze on the seeds (../shared)', () => {
  it('reads the outlets, dates and wire credits of seeds.gold.json', () => {
    const db = join(dir, 'seeds.db');
    const seeds = join(shared, 'corpus', 'seeds');
    const r = sitrep(['analyze', seeds, '--db', db]);
    expect(r.status).toBe(0);
    const gold = JSON.parse(readFileSync(join(shared, 'corpus', 'seeds.gold.json'), 'utf8')).articles as {
      file: string;
      outlet: string | null;
      published?: string;
      published_on_or_after?: string;
      wire?: string[];
    }[];
    const doc = JSON.parse(sitrep(['export', '--format', 'json', '--db', db]).stdout);
    expect(doc.articles).toHaveLength(gold.length);
    for (const g of gold) {
      const a = doc.articles.find((x: { path: string }) => x.path.endsWith(g.file));
      expect(a, g.file).toBeDefined();
      expect(a.outlet, g.file).toBe(g.outlet);
      if (g.published) expect(a.published, g.file).toBe(g.published);
      if (g.published_on_or_after) expect(a.published_on_or_after, g.file).toBe(g.published_on_or_after);
      expect([...a.wire].sort(), g.file).toEqual([...(g.wire ?? [])].sort());
    }
  });
});
