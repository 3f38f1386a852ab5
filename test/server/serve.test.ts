/**
 * `sitrep serve` as a user runs it: the compiled CLI (built by vitest's global setup) over a
 * store it opens, on a free port of 127.0.0.1, stopped with SIGTERM.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { fixtureCorpus } from './fixture.js';
import { startServe } from './start-serve.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/sitrep.js');
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  db = join(dir, 'store.db');
  const store = Store.open(db);
  const corpus = fixtureCorpus();
  for (const a of corpus.articles) store.saveArticle(a);
  store.saveCorpus(corpus);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });

/** raw HTTP, so that the path reaches the server exactly as written (fetch would resolve `..`) */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.on('data', (b) => (data += b.toString()));
    socket.on('end', () =>
      resolve({ status: Number(data.split(' ')[1]), body: data.slice(data.indexOf('\r\n\r\n') + 4) }),
    );
    socket.on('error', reject);
  });
}

describe('sitrep serve', () => {
  it('explains itself and refuses bad options with exit code 1', () => {
    const help = run(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--allow-write/);
    expect(help.stdout).toMatch(/\/api\/openapi\.json/);
    const noToken = run(['serve', '--db', db, '--allow-write']);
    expect(noToken.status).toBe(1);
    expect(noToken.stderr).toMatch(/--allow-write needs --token/);
    const shortToken = run(['serve', '--db', db, '--allow-write', '--token', 'abc']);
    expect(shortToken.status).toBe(1);
    expect(shortToken.stderr).toMatch(/token must be at least 16 characters/);
    expect(help.stdout).toMatch(/--allow-host NAME/);
    const badPort = run(['serve', '--db', db, '--port', 'eighty']);
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toMatch(/--port must be a number/);
    const missing = run(['serve', '--db', join(dir, 'nothing.db')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nothing\.db: no store there; run `sitrep analyze/);
    expect(existsSync(join(dir, 'nothing.db'))).toBe(false);
  });

  it('serves the store on 127.0.0.1, refuses traversal over real HTTP, and stops on SIGTERM', async () => {
    const { child, url } = await startServe(['--db', db]);
    try {
      const summary = (await (await fetch(`${url}/api/summary`)).json()) as { events: number; articles: number };
      expect(summary).toMatchObject({ events: 3, articles: 3 });
      const event = (await (await fetch(`${url}/api/events/E1`)).json()) as { reports: unknown[] };
      expect(event.reports).toHaveLength(2);
      const post = await fetch(`${url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x' }),
      });
      expect(post.status).toBe(403);
      const port = Number(new URL(url).port);
      for (const path of [
        '/../../../../etc/passwd',
        '/..%2f..%2f..%2fetc%2fpasswd',
        '/assets/../../package.json',
        '/%2e%2e/%2e%2e/package.json',
      ]) {
        const res = await rawGet(port, path);
        expect([403, 404], path).toContain(res.status);
        expect(res.body).not.toMatch(/root:|"name": "sitrep"/);
      }
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  });

  it('with --allow-write and the token, stores a posted article in the store and serves it', async () => {
    const { child, url } = await startServe(['--db', db, '--allow-write'], { SITREP_TOKEN: 'tok3n-tok3n-tok3n-1' });
    try {
      const article = {
        text: 'Ukrainian troops entered Kupiansk on Saturday, the governor said.',
        title: 'Posted',
        published: '2022-09-10',
        outlet: 'Test Wire',
      };
      const denied = await fetch(`${url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(article),
      });
      expect(denied.status).toBe(401);
      const res = await fetch(`${url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer tok3n-tok3n-tok3n-1' },
        body: JSON.stringify(article),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { article: { id: string }; found: { sentences: number } };
      expect(body.found.sentences).toBe(1);
      const summary = (await (await fetch(`${url}/api/summary`)).json()) as { articles: number };
      expect(summary.articles).toBe(4);
      const store = Store.open(db);
      try {
        expect(store.loadArticle(body.article.id)?.title).toBe('Posted');
      } finally {
        store.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(0);
  });

  it('answers GETs while a posted article is being analysed (the analysis runs in a writer thread)', async () => {
    const busy = join(dir, 'busy.db');
    const store = Store.open(busy);
    const corpus = fixtureCorpus();
    for (const a of corpus.articles) store.saveArticle(a);
    store.saveCorpus(corpus);
    store.close();
    const { child, url } = await startServe(['--db', busy, '--allow-write'], { SITREP_TOKEN: 'tok3n-tok3n-tok3n-1' });
    try {
      // a long report: its analysis keeps the writer busy for seconds
      // prettier-ignore
      const places = ['Kupiansk', 'Izium', 'Balakliia', 'Lyman', 'Vovchansk', 'Chuhuiv', 'Shevchenkove', 'Kozacha Lopan'];
      const paragraphs: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const place = places[i % places.length]!;
        paragraphs.push(
          `Ukrainian forces shelled Russian positions near ${place} on Monday, the regional governor said. Two soldiers were wounded, according to the General Staff.`,
        );
      }
      const started = Date.now();
      let postDone = false;
      const post = fetch(`${url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer tok3n-tok3n-tok3n-1' },
        body: JSON.stringify({
          text: paragraphs.join('\n\n'),
          title: 'Long report',
          published: '2022-09-12',
          outlet: 'Test Wire',
        }),
      }).then((res) => {
        postDone = true;
        return res;
      });
      // GETs sent a second after the POST (the server holds the POST by then) must not wait for it:
      // with the analysis on the request thread each would be answered only after the POST
      let answeredMeanwhile = 0;
      while (!postDone) {
        await new Promise((r) => setTimeout(r, 50));
        if (Date.now() - started < 1000) continue;
        const res = await fetch(`${url}/api/summary`);
        expect(res.status).toBe(200);
        await res.json();
        if (!postDone) answeredMeanwhile++;
      }
      const res = await post;
      expect(res.status).toBe(201);
      expect(answeredMeanwhile).toBeGreaterThan(0);
      const summary = (await (await fetch(`${url}/api/summary`)).json()) as { articles: number };
      expect(summary.articles).toBe(4);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(0);
  });

  it('serves what a later analyze stores, without a restart', async () => {
    const shared = join(dir, 'followed.db');
    const store = Store.open(shared);
    const corpus = fixtureCorpus();
    for (const a of corpus.articles) store.saveArticle(a);
    store.saveCorpus(corpus);
    store.close();
    const { child, url } = await startServe(['--db', shared]);
    try {
      const articles = async () =>
        ((await (await fetch(`${url}/api/summary`)).json()) as { articles: number }).articles;
      expect(await articles()).toBe(3);
      interface Answer {
        version: number;
        removed: string[];
        events: { id: string }[];
        event: unknown;
        sides: string[];
      }
      const json = async (path: string) => (await (await fetch(`${url}${path}`)).json()) as Answer;
      /** every event's record and sides, by id, as a client holds them */
      const held = async () => {
        const out = new Map<string, string>();
        for (const e of (await json('/api/events?limit=10000')).events) {
          const d = await json(`/api/events/${e.id}`);
          out.set(e.id, JSON.stringify([d.event, d.sides]));
        }
        return out;
      };
      const { version } = await json('/api/events?limit=1');
      const before = await held();
      const analyzed = spawnSync(process.execPath, [bin, 'analyze', '-', '--db', shared, '--jobs', '1'], {
        encoding: 'utf8',
        input:
          'Troops Reach The River\n\n10 September 2022\n\nUkrainian troops reached the river near Kupiansk on Saturday, the governor said.\n',
      });
      expect(analyzed.status, analyzed.stderr).toBe(0);
      // the page polls; the server takes the new corpus in once the writes have paused
      let seen = 3;
      for (let tries = 0; tries < 200 && seen === 3; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await articles();
      }
      expect(seen).toBe(4);
      // a poll with the version seen before: exactly the events the other process added or changed
      const after = await held();
      const news = await json(`/api/events?since=${version}&limit=10000`);
      expect(news.version).toBeGreaterThan(version);
      const expected = [...after].filter(([id, record]) => before.get(id) !== record).map(([id]) => id);
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(news.events.map((e) => e.id))).toEqual(new Set(expected));
      expect(news.removed).toEqual([...before.keys()].filter((id) => !after.has(id)).sort());
    } finally {
      child.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(0);
  });
});
