import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { parseControlMap } from '../../src/checks/control.js';
import { BALAKLIIA, fixtureCorpus, XSS_TITLE } from './fixture.js';

let app: FastifyInstance;
let web: string;

beforeAll(async () => {
  // a web root with a page and an asset, beside a file that must never be served
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>sitrep</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  symlinkSync(join(dir, 'secret.txt'), join(web, 'link.txt'));
  app = await buildServer({ corpus: fixtureCorpus(), webRoot: web });
});
afterAll(async () => app?.close());

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return {
    status: res.statusCode,
    body: String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body,
    res,
  };
};

describe('events', () => {
  it('lists all events sorted by date, with a total', async () => {
    const { status, body } = await get('/api/events');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.events.map((e: { id: string }) => e.id)).toEqual(['E1', 'E2', 'E3']);
    expect(body.events[0]).toMatchObject({
      location: 'Balakliia',
      geonameid: 712926,
      lat: 49.4627,
      corroboration: 2,
      reports: 2,
      status: 'disputed',
    });
    expect(body.events[0].sides).toEqual(expect.arrayContaining(['Ukraine']));
  });

  it('filters by date range, bbox, event_type, outlet, side, status and corroboration', async () => {
    const ids = async (q: string) => (await get(`/api/events?${q}`)).body.events.map((e: { id: string }) => e.id);
    expect(await ids('from=2022-09-09')).toEqual(['E2', 'E3']);
    expect(await ids('from=2022-09-09&to=2022-09-09')).toEqual(['E2']);
    expect(await ids('bbox=37.5,49.6,37.7,49.8')).toEqual(['E2']);
    expect(await ids('event_type=Battles')).toEqual(['E1']);
    expect(await ids(`event_type=${encodeURIComponent('Explosions/Remote violence')}`)).toEqual(['E2', 'E3']);
    expect(await ids('outlet=Wire%20Monitor')).toEqual(['E3']);
    expect(await ids('side=civilian')).toEqual(['E3']);
    expect(await ids('status=claimed,reported')).toEqual(['E2', 'E3']);
    expect(await ids('min_corroboration=2')).toEqual(['E1']);
    expect(await ids('place=707753')).toEqual(['E3']);
  });

  it('paginates with limit and offset and keeps the total', async () => {
    const { body } = await get('/api/events?limit=1&offset=1');
    expect(body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(body.events.map((e: { id: string }) => e.id)).toEqual(['E2']);
  });

  it('answers a bad filter with a 400 naming the field', async () => {
    const { status, body } = await get('/api/events?from=yesterday');
    expect(status).toBe(400);
    expect(body.error).toBe('bad_request');
    expect(body.message).toMatch(/from/);
    const big = await get('/api/events?limit=999999');
    expect(big.status).toBe(400);
    expect(big.body.message).toMatch(/limit/);
  });

  it.each([
    ['from=2022-13-45', 'from', /not a calendar date/],
    ['to=2022-02-30', 'to', /not a calendar date/],
    ['from=2022-09-10&to=2022-09-01', 'from', /after to=2022-09-01/],
    ['bbox=200,0,210,10', 'bbox', /longitudes must lie in \[-180, 180\]/],
    ['bbox=30,95,40,96', 'bbox', /latitudes must lie in \[-90, 90\]/],
    ['bbox=30,50,40,45', 'bbox', /south 50 is above north 45/],
    ['event_type=Nonsense', 'event_type', /"Nonsense" is not one of 'Battles'/],
    ['sub_event_type=Skirmish', 'sub_event_type', /"Skirmish" is not one of/],
    ['status=bogus', 'status', /"bogus" is not one of 'reported'/],
    ['side=Mars', 'side', /"Mars" is not one of .*'Ukraine'/],
  ])('refuses %s with a 400 naming %s', async (query, field, why) => {
    const { status, body } = await get(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(body.message).toContain(`Invalid querystring field '${field}'`);
    expect(body.message).toMatch(why);
  });

  it('reads enumerations in any case, a box across the antimeridian, and Russia as its installed administrations too', async () => {
    const ids = async (q: string) => (await get(`/api/events?${q}`)).body.events.map((e: { id: string }) => e.id);
    expect(await ids('event_type=battles')).toEqual(await ids('event_type=Battles'));
    expect(await ids('status=CLAIMED,Reported')).toEqual(['E2', 'E3']);
    expect((await get('/api/events?bbox=170,-10,-170,10')).status).toBe(200);
    const russia = (await get('/api/claims?side=russia')).body.claims.map(
      (c: { speaker: { side: string } }) => c.speaker.side,
    );
    expect(russia).toContain('Russian-installed administration');
  });

  it('names the missing field, and paginates claims like every list', async () => {
    const control = await get('/api/control');
    expect(control.status).toBe(400);
    expect(control.body.message).toContain("Invalid querystring field 'date': is required");
    for (const route of ['claims', 'articles', 'disputes', 'entities', 'places', 'events']) {
      const { body } = await get(`/api/${route}?limit=1`);
      expect(body, route).toMatchObject({ limit: 1, offset: 0, total: expect.any(Number) });
    }
  });

  it('gives one event with its reports, highlights, checks and disputes', async () => {
    const { status, body } = await get('/api/events/E1');
    expect(status).toBe(200);
    expect(body.event.id).toBe('E1');
    expect(body.event.disagreements[0].field).toBe('date');
    // how the sources were counted travels with the event, for the detail view
    expect(body.event.corroboration_basis).toBe('2 independent sources');
    expect(body.reports).toHaveLength(2);
    const [r1, r2] = body.reports;
    expect(r1).toMatchObject({ outlet: 'Kharkiv Courier', claimant: 'General Staff of Ukraine', side: 'Ukraine' });
    expect(r2.title).toBe(XSS_TITLE);
    const marked = (r: { sentence: { text: string }; highlights: { start: number; end: number; kind: string }[] }) =>
      r.highlights.map((h) => `${h.kind}:${r.sentence.text.slice(h.start, h.end)}`);
    expect(marked(r1)).toEqual(
      expect.arrayContaining(['toponym:Balakliia', 'timex:Thursday', 'source:the General Staff', 'trigger:retook']),
    );
    expect(body.checks.map((c: { id: string }) => c.id)).toEqual(['K1']);
    expect(body.disputes.map((d: { id: string }) => d.id)).toContain('D1');
    const d1 = body.disputes.find((d: { id: string }) => d.id === 'D1');
    expect(d1.claims[0]).toMatchObject({
      speaker: 'Vitaliy Ganchev',
      side: 'Russian-installed administration',
      outlet: 'Kharkiv Courier',
    });
  });

  it('answers an unknown event with a 404 that says where to look', async () => {
    const { status, body } = await get('/api/events/NOPE');
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'not_found', message: expect.stringMatching(/GET \/api\/events/) });
  });
});

describe('disputes, articles, places, entities, claims, control, summary', () => {
  it('lists disputes and series, and one dispute', async () => {
    expect((await get('/api/disputes')).body.total).toBe(2);
    const series = (await get('/api/disputes?kind=series')).body.disputes;
    expect(series).toHaveLength(1);
    expect(series[0].claims.map((c: { value: number }) => c.value)).toEqual([700, 1000]);
    const one = await get('/api/disputes/D1');
    expect(one.body.dispute.claims).toHaveLength(3);
    expect((await get('/api/disputes/zzz')).status).toBe(404);
  });

  it('gives an article with its text, annotations and links to what they fed', async () => {
    const list = await get('/api/articles');
    expect(list.body.total).toBe(3);
    const { body } = await get('/api/articles/a1000000000000001');
    expect(body.article.text).toMatch(/^Ukrainian troops retook Balakliia/);
    const text: string = body.article.text;
    const toponym = body.annotations.find((a: { kind: string }) => a.kind === 'toponym');
    expect(text.slice(toponym.start, toponym.end)).toBe('Balakliia');
    expect(toponym.links).toEqual(
      expect.arrayContaining([
        { kind: 'place', id: '712926', label: 'Balakliia' },
        expect.objectContaining({ kind: 'event', id: 'E1' }),
      ]),
    );
    const quantity = body.annotations.find((a: { kind: string }) => a.kind === 'quantity');
    expect(quantity.links.map((l: { kind: string; id: string }) => `${l.kind}:${l.id}`)).toEqual([
      'claim:a1-c3',
      'dispute:S1',
    ]);
    const trigger = body.annotations.find((a: { kind: string }) => a.kind === 'trigger');
    expect(trigger.links[0]).toMatchObject({ kind: 'event', id: 'E1' });
    expect(body.events.map((e: { id: string }) => e.id)).toEqual(['E1']);
    expect(body.checks.map((c: { id: string }) => c.id)).toEqual(['K1']);
    expect(body.disputes.map((d: { id: string }) => d.id).sort()).toEqual(['D1', 'S1']);
  });

  it('marks a sentence that names an event without reporting it, with the reason it was not coded', async () => {
    const corpus = fixtureCorpus();
    const a = corpus.articles.find((x) => x.id === 'a1000000000000001')!;
    const at = a.text.indexOf('retook');
    const span = { start: at, end: at + 'retook'.length, text: 'retook' };
    a.nonEvents = [
      {
        id: 'n1',
        articleId: a.id,
        sentence: span,
        trigger: span,
        event_type: 'Battles',
        sub_event_type: 'Government regains territory',
        family: 'regains',
        reason: 'future',
        cue: 'vowed to',
        location: null,
        date: null,
      },
    ];
    const w = await buildServer({ corpus, webRoot: null });
    const body = (await w.inject({ method: 'GET', url: '/api/articles/a1000000000000001' })).json();
    await w.close();
    const mark = body.annotations.find((x: { kind: string }) => x.kind === 'non_event');
    expect(mark).toMatchObject({ start: at, end: at + 6, links: [] });
    expect(mark.label).toBe('not coded as Battles / Government regains territory: future (“vowed to”)');
  });

  it("gives an event its own checks only, and its place's history on the control maps apart", async () => {
    const corpus = fixtureCorpus();
    // another event's control check, stated in a sentence that reports E1 as well
    const k1 = corpus.checks.find((c) => c.id === 'K1')!;
    corpus.checks.push({ ...k1, id: 'K2', eventId: 'E2', stated: 'Izium lost on 2022-09-10' });
    // maps in the checks' form: the square around Balakliia occupied on one day, taken back two days later
    const d = 0.2;
    const ring = [
      [
        [BALAKLIIA.lon - d, BALAKLIIA.lat - d],
        [BALAKLIIA.lon + d, BALAKLIIA.lat - d],
        [BALAKLIIA.lon + d, BALAKLIIA.lat + d],
        [BALAKLIIA.lon - d, BALAKLIIA.lat + d],
        [BALAKLIIA.lon - d, BALAKLIIA.lat - d],
      ],
    ];
    const map = (name: string) =>
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: ring } }],
      });
    corpus.control = [
      parseControlMap(map('Окуповано /// Occupied'), '1662465600.geojson').snapshot!,
      parseControlMap(map('Окуповано /// Occupied'), '1662552000.geojson').snapshot!,
      parseControlMap(map('Звільнено /// Liberated'), '1662638400.geojson').snapshot!,
    ];
    const w = await buildServer({ corpus, webRoot: null });
    const body = (await w.inject({ method: 'GET', url: '/api/events/E1' })).json();
    await w.close();
    expect(body.checks.map((c: { id: string }) => c.id)).toEqual(['K1']);
    expect(body.place_control).toEqual({
      place: 'Balakliia',
      geonameid: 712926,
      runs: [
        { status: 'occupied', from: '2022-09-06T12:00:00.000Z', to: '2022-09-07T12:00:00.000Z', snapshots: 2 },
        { status: 'liberated', from: '2022-09-08T12:00:00.000Z', to: '2022-09-08T12:00:00.000Z', snapshots: 1 },
      ],
    });
    // the shared fixture's one map: taken back; without maps, there is no history to show
    expect((await get('/api/events/E1')).body.place_control.runs).toEqual([
      { status: 'liberated', from: '2022-09-08T14:00:00.000Z', to: '2022-09-08T14:00:00.000Z', snapshots: 1 },
    ]);
    const bare = await buildServer({ corpus: { ...fixtureCorpus(), control: undefined }, webRoot: null });
    expect((await bare.inject({ method: 'GET', url: '/api/events/E1' })).json().place_control).toBeNull();
    await bare.close();
  });

  it("names the gazetteer's largest settlements in a box, largest first, and refuses a bad box", async () => {
    const { status, body } = await get('/api/settlements?bbox=35,48,38.5,51&limit=5');
    expect(status).toBe(200);
    expect(body.settlements).toHaveLength(5);
    expect(body.settlements[0]).toMatchObject({ name: 'Kharkiv', geonameid: 706483 });
    const pops = body.settlements.map((s: { population: number }) => s.population);
    expect(pops).toEqual([...pops].sort((a: number, b: number) => b - a));
    for (const s of body.settlements) expect(s.lon >= 35 && s.lon <= 38.5 && s.lat >= 48 && s.lat <= 51).toBe(true);
    const bad = await get('/api/settlements?bbox=200,0,210,10');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/bbox/);
    expect((await get('/api/settlements')).body.message).toMatch(/'bbox'/);
  });

  it('lists places with spellings, entities and claims', async () => {
    const places = (await get('/api/places')).body;
    const b = places.places.find((p: { place: { geonameid: number } }) => p.place.geonameid === 712926);
    expect(b).toMatchObject({ spellings: ['Balakliia', 'Balakliya'], mentions: 3, articles: 2, events: 1 });
    expect((await get('/api/places/712926')).body.event_list.map((e: { id: string }) => e.id)).toEqual(['E1']);
    expect((await get('/api/places/1')).status).toBe(404);
    expect((await get('/api/entities?q=ganchev')).body.entities[0]).toMatchObject({
      canonical: 'Vitaliy Ganchev',
      variants: ['Vitaliy Ganchev', 'Ganchev'],
    });
    expect((await get('/api/entities/P2')).body.entity.side).toBe('Ukraine');
    const claims = (await get('/api/claims?speaker=ganchev')).body;
    expect(claims.total).toBe(2);
    expect(claims.claims[0].articleId).toBe('a1000000000000001');
  });

  it('serves the control snapshot in force on a day, and says when there is none', async () => {
    const on = await get('/api/control?date=2022-09-09');
    expect(on.status).toBe(200);
    expect(on.body.features.map((f: { properties: { status: string } }) => f.properties.status)).toEqual([
      'liberated',
      'occupied',
    ]);
    expect(on.body.features[0].geometry.type).toBe('Polygon');
    const before = await get('/api/control?date=2022-09-01');
    expect(before.status).toBe(404);
    expect(before.body.message).toMatch(/first is from 2022-09-08/);
  });

  it('summarises the corpus for the page', async () => {
    const { body } = await get('/api/summary');
    expect(body).toMatchObject({
      articles: 3,
      events: 3,
      disputes: 1,
      series: 1,
      date_min: '2022-09-08',
      date_max: '2022-09-10',
    });
    expect(body.outlets).toEqual(['Evening Dispatch', 'Kharkiv Courier', 'Wire Monitor']);
    expect(body.control_snapshots).toEqual(['2022-09-08T14:00:00.000Z']);
  });
});

describe('OpenAPI', () => {
  it('documents every API route with its parameters and responses', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const p of [
      '/api/events',
      '/api/events/{id}',
      '/api/disputes',
      '/api/disputes/{id}',
      '/api/articles',
      '/api/articles/{id}',
      '/api/places',
      '/api/places/{geonameid}',
      '/api/entities',
      '/api/entities/{id}',
      '/api/claims',
      '/api/control',
      '/api/summary',
    ]) {
      expect(body.paths[p], p).toBeDefined();
    }
    const list = body.paths['/api/events'].get;
    expect(list.parameters.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining([
        'from',
        'to',
        'bbox',
        'event_type',
        'outlet',
        'side',
        'status',
        'min_corroboration',
        'limit',
        'offset',
      ]),
    );
    expect(list.responses['200'].content['application/json'].schema.properties.total).toBeDefined();
    expect(body.paths['/api/articles'].post.requestBody.content['application/json'].schema.required).toEqual(['text']);
    expect(body.paths['/{*}']).toBeUndefined();
  });
});

describe('POST /api/articles', () => {
  const article = {
    text: 'Ukrainian forces entered Kupiansk on Saturday, the governor said.',
    title: 'A test article',
    published: '2022-09-10',
  };

  it('is refused on a read-only server', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: article });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'read_only', message: expect.stringMatching(/--allow-write --token/) });
  });

  it('needs the bearer token, then runs the pipeline and answers with what it found', async () => {
    const w = await buildServer({
      corpus: fixtureCorpus(),
      webRoot: null,
      allowWrite: true,
      token: 's3cret-s3cret-s3cret',
    });
    try {
      // a filtered list asked before and after the post: the answer follows the new corpus
      const battles = async () =>
        (await w.inject({ method: 'GET', url: '/api/events?event_type=Battles' })).json().total as number;
      const before = await battles();
      expect(await battles()).toBe(before);
      const none = await w.inject({ method: 'POST', url: '/api/articles', payload: article });
      expect(none.statusCode).toBe(401);
      expect(none.json().message).toMatch(/Authorization: Bearer/);
      const wrong = await w.inject({
        method: 'POST',
        url: '/api/articles',
        payload: article,
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.statusCode).toBe(401);
      const ok = await w.inject({
        method: 'POST',
        url: '/api/articles',
        payload: article,
        headers: { authorization: 'Bearer s3cret-s3cret-s3cret' },
      });
      expect(ok.statusCode).toBe(201);
      const body = ok.json();
      expect(body.duplicate).toBe(false);
      expect(body.article).toMatchObject({ title: 'A test article', published: '2022-09-10', format: 'text' });
      expect(body.found.sentences).toBe(1);
      // not a remembered answer of the old corpus: the same count as the new corpus's whole list
      const all = (await w.inject({ method: 'GET', url: '/api/events?limit=1000' })).json().events as {
        event_type: string;
      }[];
      expect(await battles()).toBe(all.filter((e) => e.event_type === 'Battles').length);
      expect(await battles()).not.toBe(before);
      const listed = await w.inject({ method: 'GET', url: `/api/articles/${body.article.id}` });
      expect(listed.json().article.text).toBe(article.text);
      const again = await w.inject({
        method: 'POST',
        url: '/api/articles',
        payload: article,
        headers: { authorization: 'Bearer s3cret-s3cret-s3cret' },
      });
      expect(again.json().duplicate).toBe(true);
      expect((await w.inject({ method: 'GET', url: '/api/articles' })).json().total).toBe(4);
      const empty = await w.inject({
        method: 'POST',
        url: '/api/articles',
        payload: { title: 'no text' },
        headers: { authorization: 'Bearer s3cret-s3cret-s3cret' },
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().message).toMatch(/text/);
    } finally {
      await w.close();
    }
  });

  it('refuses a body over the size limit with a 413 that says what to do', async () => {
    const w = await buildServer({
      corpus: fixtureCorpus(),
      webRoot: null,
      allowWrite: true,
      token: 'a-token-of-16-chars',
      bodyLimit: 1000,
    });
    try {
      const res = await w.inject({
        method: 'POST',
        url: '/api/articles',
        payload: { text: 'x'.repeat(5000) },
        headers: { authorization: 'Bearer a-token-of-16-chars' },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual({ error: 'payload_too_large', message: expect.stringMatching(/1000 bytes/) });
    } finally {
      await w.close();
    }
  });

  it('refuses --allow-write without a token, or with one shorter than 16 characters', async () => {
    await expect(buildServer({ corpus: fixtureCorpus(), allowWrite: true })).rejects.toThrow(/--token/);
    await expect(buildServer({ corpus: fixtureCorpus(), allowWrite: true, token: 'x' })).rejects.toThrow(
      /at least 16 characters/,
    );
  });

  it("refuses a token that shares the right one's beginning or length", async () => {
    const w = await buildServer({
      corpus: fixtureCorpus(),
      webRoot: null,
      allowWrite: true,
      token: 's3cret-s3cret-s3cret',
    });
    try {
      for (const given of ['s3cret-s3cret-s3cre', 's3cret-s3cret-s3creT', 's3cret-s3cret-s3cret-', '']) {
        const res = await w.inject({
          method: 'POST',
          url: '/api/articles',
          payload: article,
          headers: { authorization: `Bearer ${given}` },
        });
        expect(res.statusCode, given).toBe(401);
      }
    } finally {
      await w.close();
    }
  });
});

describe('Host header and security headers', () => {
  it('answers IP addresses, localhost and allowed names; a rebound DNS name gets 421', async () => {
    const w = await buildServer({ corpus: fixtureCorpus(), webRoot: null, allowHosts: ['sitrep.newsroom.example'] });
    try {
      for (const host of [
        '127.0.0.1:8787',
        'localhost:8787',
        '[::1]:8787',
        '10.0.0.5',
        'sitrep.newsroom.example:8787',
        'SITREP.Newsroom.Example',
      ]) {
        expect((await w.inject({ method: 'GET', url: '/api/summary', headers: { host } })).statusCode, host).toBe(200);
      }
      const rebound = await w.inject({
        method: 'GET',
        url: '/api/summary',
        headers: { host: 'attacker.example:8787' },
      });
      expect(rebound.statusCode).toBe(421);
      expect(rebound.json()).toEqual({
        error: 'misdirected',
        message: expect.stringMatching(/--allow-host attacker\.example/),
      });
      expect(
        (
          await w.inject({
            method: 'POST',
            url: '/api/articles',
            payload: { text: 'A test.' },
            headers: { host: 'attacker.example' },
          })
        ).statusCode,
      ).toBe(421);
    } finally {
      await w.close();
    }
  });
  it("sends the security headers with every response, the API's and errors too", async () => {
    for (const url of ['/api/summary', '/api/events/nope', '/api/openapi.json']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['content-security-policy'], url).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });
});

describe('static files and path traversal', () => {
  it('serves the page and its assets with a content security policy', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.res.headers['content-type']).toMatch(/text\/html/);
    expect(page.res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.res.headers['cache-control']).toBe('no-cache');
    const asset = await get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.res.headers['content-type']).toMatch(/javascript/);
    expect(asset.res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.res.headers.etag).toBeTruthy();
    expect((await get('/index.html?event=E1')).status).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/link.txt',
    '/assets%00/app.js',
    '/%',
    '/etc/passwd',
    '/api/articles/..%2F..%2Fsecret.txt',
    '/api/events/..%2F..%2F..%2Fetc%2Fpasswd',
    '/api/../secret.txt',
    '/api/places/..%2f..%2fsecret.txt',
    '/api/disputes/%2e%2e%2f%2e%2e%2fpackage.json',
  ])('%s → 404 (or 403 for a path that is not canonical)', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect([403, 404]).toContain(res.statusCode);
    expect(res.body).not.toContain('SECRET');
    expect(res.json().error).toBe(res.statusCode === 404 ? 'not_found' : 'forbidden');
  });

  it('answers unknown API routes with JSON pointing at the OpenAPI document', async () => {
    const { status, body } = await get('/api/nothing');
    expect(status).toBe(404);
    expect(body.message).toMatch(/openapi\.json/);
  });
});
