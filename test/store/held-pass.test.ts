/**
 * The corpus pass that holds only CORPUS_HELD of each article (and reads the whole articles a
 * page at a time) must leave a store exactly as the pass that loads every article whole: the
 * same events, entities, disputes, checks, rewritten claims, duplicate links and settled set, on
 * both backends, for a first pass and for one after more articles were stored (which reads
 * whole only the articles whose corpus row may have changed).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseControlMap, type ControlSnapshot } from '../../src/checks/control.js';
import { ingest } from '../../src/ingest/index.js';
import type { Article } from '../../src/model.js';
import { analyseArticle, analyseCorpus, analyseStoredCorpus } from '../../src/pipeline.js';
import { SqliteBackend, type StoreBackend } from '../../src/store/backend.js';
import { runCorpusPass } from '../../src/store/corpus-pass.js';
import { Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres.js';
import { featureCollection, statusArea, box } from '../../src/testing/control-maps.js';
import { examples, hasShared, shared } from '../cli/helpers.js';
import { dropSchemas, pgUp, scratchSchema } from '../pg/harness.js';

const full = { analyseArticle, analyseCorpus };
const held = { analyseArticle, analyseCorpus, analyseStoredCorpus };

let articles: Article[] = [];
const late: Article[] = [];
// the same articles as read: some without a publication date, dated from their relatives
const undated: Article[] = [];
let maps: ControlSnapshot[] = [];

beforeAll(async () => {
  const inputs = [examples, ...(hasShared ? [join(shared, 'corpus', 'seeds')] : [])];
  // every article dated as published (the last test keeps them as read, some undated)
  const dated = (a: Article): Article => {
    const { read_dates: _, ...rest } = a;
    return { ...rest, published: a.published ?? a.published_on_or_after ?? '2022-09-10' };
  };
  for await (const r of ingest(inputs))
    if (r.kind === 'article') {
      articles.push(analyseArticle(dated(r.article)));
      undated.push(analyseArticle(r.article));
    }
  articles = articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // a copy of a story of the first part with one line added, dated a day earlier and stored with
  // the second part: the story, settled by then, becomes its near-duplicate, so the second pass
  // must read the story again for its new link
  const story = articles
    .slice(0, Math.ceil(articles.length / 2))
    .reduce((longest, a) => (a.text.length > longest.text.length ? a : longest));
  const copy = join(mkdtempSync(join(tmpdir(), 'sitrep-held-')), 'story-copy.txt');
  writeFileSync(copy, `${story.text}\n\nThis copy adds one line of its own.`);
  // and a copy that changes a figure of the story: similar, but no near-duplicate (the pass reads
  // the pair's texts and where their places are, and finds a fact substituted)
  const figure = /\d+/.exec(story.text)!;
  const changed = join(dirname(copy), 'story-changed.txt');
  const other = String(Number(figure[0]) + 7);
  writeFileSync(changed, story.text.slice(0, figure.index) + other + story.text.slice(figure.index + figure[0].length));
  const earlier = new Date(Date.parse(story.published!) - 86_400_000).toISOString().slice(0, 10);
  for await (const r of ingest([copy, changed]))
    if (r.kind === 'article') late.push(analyseArticle(dated({ ...r.article, published: earlier })));
  rmSync(dirname(copy), { recursive: true, force: true });
  if (hasShared) {
    const dir = join(shared, 'reference', 'deepstate');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.geojson'))
      .sort();
    // the week the seeds report, and the days around it
    for (const f of files.slice(8, 18)) maps.push(parseControlMap(readFileSync(join(dir, f), 'utf8'), f).snapshot!);
  } else {
    // two maps of one occupied area east of Kharkiv, before and after the advance
    const map = (valid_from: string, west: number) =>
      parseControlMap(
        featureCollection([statusArea('occupied', box(west, 49, 38.5, 50))], { valid_from }),
        `${valid_from}.geojson`,
      ).snapshot!;
    maps = [map('2022-09-05T00:00:00Z', 36.5), map('2022-09-12T00:00:00Z', 37.5)];
  }
}, 300_000);

/** What a store holds after a pass: the corpus as read back (articles with their rewritten layers), and which articles are settled. */
async function content(store: StoreBackend): Promise<string> {
  const corpus = await store.loadCorpus();
  return JSON.stringify({ corpus, settled: [...(await store.settledIds())].sort() });
}

/**
 * Two stores given the same articles and maps, one pass each way after the first part and again
 * after the rest; the stores must be the same after each.
 */
async function compare(open: () => Promise<StoreBackend>): Promise<void> {
  const [a, b] = [await open(), await open()];
  try {
    const half = Math.ceil(articles.length / 2);
    for (const store of [a, b]) {
      for (const m of maps) await store.saveControlSnapshot(m);
      for (const art of articles.slice(0, half)) await store.saveArticle(art);
    }
    const first = [await runCorpusPass(a, held), await runCorpusPass(b, full)];
    expect(await content(a)).toBe(await content(b));
    // the pass held little and still saw everything
    expect(first[0]!.corpus.articles.every((x) => x.text === '')).toBe(true);
    expect(first[0]!.corpus.checks).toEqual(first[1]!.corpus.checks);
    expect(first[0]!.census).toEqual(first[1]!.census);
    for (const store of [a, b]) for (const art of [...articles.slice(half), ...late]) await store.saveArticle(art);
    // the articles of the pairs it compares are read with their places, a few at a time
    const placesRead: string[] = [];
    const loadHeld = a.loadHeld.bind(a);
    a.loadHeld = (layers, options) => {
      if (layers.includes('toponyms')) placesRead.push(...(options?.ids ?? []));
      return loadHeld(layers, options);
    };
    const second = [await runCorpusPass(a, held), await runCorpusPass(b, full)];
    a.loadHeld = loadHeld;
    // the copy with a figure changed is no one's near-duplicate, and none is its
    const changedCopy = late.find((x) => x.path.endsWith('story-changed.txt'))!;
    const linked = second[0]!.corpus.articles;
    expect(linked.find((x) => x.id === changedCopy.id)!.duplicate_of).toBeNull();
    expect(linked.some((x) => x.duplicate_of === changedCopy.id)).toBe(false);
    expect(placesRead.length).toBeGreaterThan(0);
    expect(placesRead.length).toBeLessThan(articles.length);
    expect(await content(a)).toBe(await content(b));
    expect(second[0]!.census).toEqual(second[1]!.census);
    // a pass with nothing new reads none but the articles the maps check, and changes nothing
    const read: string[] = [];
    const articlesById = a.articlesById.bind(a);
    a.articlesById = (ids) => (read.push(...ids), articlesById(ids));
    const before = await content(a);
    const third = await runCorpusPass(a, held);
    expect(await content(a)).toBe(before);
    expect(third.census).toEqual(second[0]!.census);
    const onMaps = articles.filter(
      (x) => (x.quantities ?? []).some((q) => q.si_unit === 'km2') || (x.checks ?? []).some((c) => c.kind === 'within'),
    );
    expect(read.length).toBeLessThan(articles.length);
    expect(new Set(read)).toEqual(new Set(onMaps.map((x) => x.id)));
    expect(onMaps.some((x) => x.id === late[0]!.id)).toBe(false);
    // what the comparison stands on: events fused, claims rewritten, maps checked, a duplicate linked
    const corpus = await a.loadCorpus();
    expect(corpus.events.length).toBeGreaterThan(5);
    expect(corpus.entities.length).toBeGreaterThan(5);
    expect(corpus.checks.some((c) => c.kind === 'control' || c.kind === 'area')).toBe(true);
    expect(
      corpus.articles.find((x) => x.text === late[0]!.text.slice(0, x.text.length) && x.duplicate_of),
    ).toBeTruthy();
  } finally {
    await a.close();
    await b.close();
  }
}

describe('the corpus pass that holds little', () => {
  it('leaves an SQLite store as the pass over whole articles does', async () => {
    await compare(async () => new SqliteBackend(Store.open(':memory:')));
  }, 300_000);

  const schemas: string[] = [];
  afterAll(async () => {
    if (schemas.length) await dropSchemas(...schemas);
  });
  it.skipIf(!pgUp)(
    'leaves a PostgreSQL store as the pass over whole articles does',
    async () => {
      await compare(async () => {
        const { schema, url } = scratchSchema('held');
        schemas.push(schema);
        return PgStore.open(url);
      });
    },
    300_000,
  );

  it('dates undated articles again from everything stored, as the pass over whole articles does', async () => {
    const [a, b] = [new SqliteBackend(Store.open(':memory:')), new SqliteBackend(Store.open(':memory:'))];
    try {
      const half = Math.ceil(undated.length / 2);
      for (const store of [a, b]) for (const art of undated.slice(0, half)) await store.saveArticle(art);
      await runCorpusPass(a, held);
      await runCorpusPass(b, full);
      expect(await content(a)).toBe(await content(b));
      // the rest: the undated ones among the first part may be dated again from them
      for (const store of [a, b]) for (const art of undated.slice(half)) await store.saveArticle(art);
      const [x, y] = [await runCorpusPass(a, held), await runCorpusPass(b, full)];
      expect(await content(a)).toBe(await content(b));
      expect(x.redated).toBe(y.redated);
      expect(x.redated).toBeGreaterThan(0);
      expect(x.census).toEqual(y.census);
      expect(x.corpus.articles.every((art) => art.text === '')).toBe(true);
      expect(undated.some((art) => !art.published || art.read_dates)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  }, 300_000);
});

describe('held reads of a few articles in the middle of a pass', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    if (schemas.length) await dropSchemas(...schemas);
  });
  const backends: [string, boolean, () => Promise<StoreBackend>][] = [
    ['SQLite', true, async () => new SqliteBackend(Store.open(':memory:'))],
    [
      'PostgreSQL',
      pgUp,
      async () => {
        const { schema, url } = scratchSchema('held_counts');
        schemas.push(schema);
        return PgStore.open(url);
      },
    ],
  ];
  for (const [name, up, open] of backends)
    it.skipIf(!up)(`${name}: without their counts, the same articles, and no counts`, async () => {
      const store = await open();
      try {
        for (const a of articles.slice(0, 4)) await store.saveArticle(a);
        const ids = articles.slice(1, 3).map((a) => a.id);
        const layers = ['toponyms', 'demonyms'];
        const counted = await store.loadHeld(layers, { ids, text: true });
        const bare = await store.loadHeld(layers, { ids, text: true, counts: false });
        expect(bare.articles).toEqual(counted.articles);
        expect(bare.articles.map((a) => a.id).sort()).toEqual([...ids].sort());
        expect(bare.articles.every((a) => a.text.length > 0 && a.toponyms)).toBe(true);
        expect(counted.counts.size).toBe(2);
        expect(bare.counts.size).toBe(0);
        // the same statement again (SQLite keeps it compiled): the same answer
        expect((await store.loadHeld(layers, { ids, text: true, counts: false })).articles).toEqual(bare.articles);
      } finally {
        await store.close();
      }
    });
});
