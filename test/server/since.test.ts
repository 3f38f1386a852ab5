/**
 * Polling for what changed (issue 16): every list answer carries the version of the corpus it was
 * cut from (also its ETag), and `GET /api/events?since=V` answers only the events changed after V,
 * with the ids to drop in `removed`. The store changing under the server is played by
 * `newerCorpus` (what the writer thread hands over when another process commits), and by POSTs.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model.js';
import { buildServer } from '../../src/server/app.js';
import { fixtureCorpus } from './fixture.js';

type Answer = { version: number; full: boolean; removed: string[]; total: number; events: { id: string }[] };

let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await app!.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, body: res.body ? res.json() : null, etag: res.headers.etag };
};
const poll = async (query: string): Promise<Answer> => {
  const res = await get(`/api/events?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Answer;
};
const ids = (a: Answer) => a.events.map((e) => e.id);

/** A server whose store another process changes: the corpus served becomes `store.next` at the next request. */
async function followed(): Promise<{ store: { next: Corpus | null } }> {
  const store: { next: Corpus | null } = { next: null };
  app = await buildServer({ corpus: fixtureCorpus(), webRoot: null, newerCorpus: () => store.next });
  return { store };
}

/** The fixture with E2's status changed, E3 gone and a new E4. */
function changed(): Corpus {
  const before = fixtureCorpus();
  const [e1, e2] = before.events as [Corpus['events'][number], Corpus['events'][number]];
  return {
    ...before,
    events: [e1, { ...e2, status: 'reported' }, { ...e1, id: 'E4', date: '2022-09-11' }],
  };
}

describe('GET /api/events?since=', () => {
  it('answers nothing when nothing changed, then exactly the changed and new events, with the removed ones', async () => {
    const { store } = await followed();
    const first = await poll('');
    expect(first).toMatchObject({ full: true, removed: [], total: 3 });
    const v0 = first.version;
    expect(Number.isInteger(v0)).toBe(true);

    const quiet = await poll(`since=${v0}`);
    expect(quiet).toEqual({ total: 0, limit: 100, offset: 0, version: v0, full: false, removed: [], events: [] });

    store.next = changed();
    const news = await poll(`since=${v0}`);
    expect(news.version).toBe(v0 + 1);
    expect(news.full).toBe(false);
    expect(ids(news)).toEqual(['E2', 'E4']); // E1 is as it was; in the list's order (by date)
    expect(news.removed).toEqual(['E3']);
    expect(news.events[0]).toMatchObject({ id: 'E2', status: 'reported' });

    // the same corpus handed over again is no change: the version stays
    expect(await poll(`since=${news.version}`)).toMatchObject({ version: v0 + 1, total: 0, removed: [] });
    // a poller that missed a round still gets everything since its version
    expect(ids(await poll(`since=${v0}`))).toEqual(['E2', 'E4']);
  });

  it('pages and filters the changes like the full list; an event that left the filters is in removed', async () => {
    const { store } = await followed();
    const v0 = (await poll('')).version;
    store.next = changed();
    const paged = await poll(`since=${v0}&limit=1&offset=1`);
    expect(paged).toMatchObject({ total: 2, limit: 1, offset: 1, removed: ['E3'] });
    expect(ids(paged)).toEqual(['E4']);
    // E2 was claimed and is now reported: a client showing the claimed ones drops it
    const claimed = await poll(`since=${v0}&status=claimed`);
    expect(ids(claimed)).toEqual([]);
    // E4 is new and not claimed: listed too (a client that never held an id ignores it; the server
    // does not remember who held what, and listing one too many is safe where one too few is not)
    expect(claimed.removed).toEqual(['E2', 'E3', 'E4']);
    const reported = await poll(`since=${v0}&status=REPORTED`);
    expect(ids(reported)).toEqual(['E2']);
    expect(reported.removed).toEqual(['E3', 'E4']); // E4 is disputed, like the E1 it copies
  });

  it('counts an event removed and then back as changed, and a rebuilt but equal corpus as no event changed', async () => {
    const { store } = await followed();
    const v0 = (await poll('')).version;
    store.next = changed();
    const v1 = (await poll(`since=${v0}`)).version;
    // E3 comes back
    store.next = { ...store.next, events: [...store.next.events, fixtureCorpus().events[2]!] };
    const back = await poll(`since=${v1}`);
    expect(back.version).toBe(v1 + 1);
    expect(ids(back)).toEqual(['E3']);
    expect(back.removed).toEqual([]);
    const sinceStart = await poll(`since=${v0}`);
    expect(ids(sinceStart)).toEqual(['E2', 'E3', 'E4']);
    expect(sinceStart.removed).toEqual([]);
    // every record read again (as from a store): a new corpus, so a new version, but no event changed
    store.next = structuredClone(store.next);
    const reread = await poll(`since=${back.version}`);
    expect(reread.version).toBe(back.version + 1);
    expect(reread).toMatchObject({ total: 0, removed: [] });
  });

  it('gives every event, flagged full, for a version from before the server started (a restart)', async () => {
    const { store } = await followed();
    const v0 = (await poll('')).version;
    store.next = changed();
    const before = (await poll(`since=${v0}`)).version;
    // the next run starts at its start time in milliseconds: later than this one's last version
    while (Date.now() <= before) await new Promise((r) => setTimeout(r, 1));
    await app!.close();
    app = await buildServer({ corpus: changed(), webRoot: null });
    const restarted = await poll(`since=${before}`);
    expect(restarted.version).toBeGreaterThan(before);
    expect(restarted).toMatchObject({ full: true, removed: [], total: 3 });
    expect(ids(restarted)).toEqual(['E1', 'E2', 'E4']);
    expect((await poll('since=0')).full).toBe(true);
  });

  it.each([
    ['abc', /must be integer/],
    ['-1', /must be >= 0/],
    ['1.5', /must be integer/],
  ])('refuses since=%s with a 400 naming since', async (since, why) => {
    await followed();
    const { status, body } = await get(`/api/events?since=${since}`);
    expect(status).toBe(400);
    expect(body.message).toContain("Invalid querystring field 'since'");
    expect(body.message).toMatch(why);
  });

  it('refuses a version above the one served with a 400 naming since and the version served', async () => {
    await followed();
    const v = (await poll('')).version;
    const { status, body } = await get(`/api/events?since=${v + 1}`);
    expect(status).toBe(400);
    expect(body.message).toBe(
      `Invalid querystring field 'since': ${v + 1} is after the version served, ${v}; send the version an earlier answer reported, or leave since out to get every event.`,
    );
  });
});

describe('versions on every list, as ETags', () => {
  it('sends the version and its ETag with each list, and 304 for an If-None-Match that names it', async () => {
    const { store } = await followed();
    const lists = ['events', 'articles', 'claims', 'disputes', 'entities', 'places'];
    const v0 = (await poll('')).version;
    for (const list of lists) {
      const res = await get(`/api/${list}?limit=1`);
      expect(res.body.version, list).toBe(v0);
      expect(res.etag, list).toBe(`"${v0}"`);
      const again = await get(`/api/${list}?limit=1`, { 'if-none-match': `W/"1", "${v0}"` });
      expect(again.status, list).toBe(304);
      expect(again.body, list).toBeNull();
    }
    // a bad query is still a 400, whatever the tag
    expect((await get('/api/events?since=x', { 'if-none-match': `"${v0}"` })).status).toBe(400);
    store.next = changed();
    const after = await get('/api/events', { 'if-none-match': `"${v0}"` });
    expect(after.status).toBe(200);
    expect(after.etag).toBe(`"${v0 + 1}"`);
  });

  it('documents since, version, full, removed and the 304 in the OpenAPI document', async () => {
    await followed();
    const doc = (await get('/api/openapi.json')).body;
    const events = doc.paths['/api/events'].get;
    expect(events.parameters.map((p: { name: string }) => p.name)).toContain('since');
    const props = events.responses['200'].content['application/json'].schema.properties;
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(['version', 'full', 'removed', 'events', 'total', 'limit', 'offset']),
    );
    expect(events.responses['304']).toEqual({ description: expect.stringMatching(/If-None-Match/) });
    expect(
      doc.paths['/api/articles'].get.responses['200'].content['application/json'].schema.properties.version,
    ).toMatchObject({ type: 'integer' });
  });
});

describe('since= after a POSTed article', () => {
  it('returns exactly the events the new article added or changed', async () => {
    const token = 'a-long-enough-token';
    app = await buildServer({
      corpus: { articles: [], entities: [], events: [], disputes: [], checks: [] },
      webRoot: null,
      allowWrite: true,
      token,
    });
    const post = async (text: string, published: string, outlet: string) => {
      const res = await app!.inject({
        method: 'POST',
        url: '/api/articles',
        headers: { authorization: `Bearer ${token}` },
        payload: { text, published, outlet },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    /** every event's full record and sides, by id, as a client would hold them */
    const held = async () => {
      const out = new Map<string, string>();
      for (const e of (await poll('limit=10000')).events) {
        const { body } = await get(`/api/events/${e.id}`);
        out.set(e.id, JSON.stringify([body.event, body.sides]));
      }
      return out;
    };
    await post(
      'Russian forces shelled Kupiansk on Monday, the regional governor said.',
      '2022-09-12',
      'Kharkiv Courier',
    );
    await post(
      'Ukrainian troops entered Balakliia on Thursday, the General Staff said.',
      '2022-09-08',
      'Evening Dispatch',
    );
    const v = (await poll('')).version;
    const before = await held();
    expect(before.size).toBeGreaterThan(0);
    await post('A drone struck a fuel depot in Izium on Saturday, the mayor said.', '2022-09-10', 'Test Wire');
    const after = await held();
    const news = await poll(`since=${v}`);
    const expected = [...after].filter(([id, json]) => before.get(id) !== json).map(([id]) => id);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids(news))).toEqual(new Set(expected));
    expect(news.removed).toEqual([...before.keys()].filter((id) => !after.has(id)).sort());
    // an event the new article did not touch is not sent again
    expect(ids(news).length).toBeLessThan(after.size);
  }, 180_000);
});
