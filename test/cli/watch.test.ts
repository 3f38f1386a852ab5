import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed, type FeedState } from '../../src/cli/commands/watch.js';
import { Store } from '../../src/store/index.js';
import { bin, root, sitrep } from './helpers.js';

// A feed served from 127.0.0.1 by the test; nothing else is contacted. Items written for sitrep.
const item = (n: number, town: string) => `
    <item>
      <title>Report ${n} from ${town}</title>
      <link>http://127.0.0.1/report-${n}</link>
      <pubDate>Sat, 10 Sep 2022 0${n}:00:00 GMT</pubDate>
      <description>Ukrainian troops shelled positions near ${town} on Saturday, the regional governor said in report ${n}.</description>
    </item>`;
const rss = (items: string[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://127.0.0.1/</link><description>test</description>${items.join('')}
</channel></rss>`;

let dir: string;
let server: Server;
let base: string;
const feed = {
  body: rss([item(1, 'Izium'), item(2, 'Kupiansk')]),
  etag: '"v1"' as string | null,
  status: 200,
  retryAfter: null as string | null,
};
const requests: { ifNoneMatch: string | undefined; userAgent: string | undefined }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  server = createServer((req: IncomingMessage, res) => {
    requests.push({ ifNoneMatch: req.headers['if-none-match'], userAgent: req.headers['user-agent'] });
    if (feed.status !== 200) {
      res.writeHead(feed.status, feed.retryAfter ? { 'retry-after': feed.retryAfter } : {});
      return res.end();
    }
    if (feed.etag && req.headers['if-none-match'] === feed.etag) {
      res.writeHead(304, { etag: feed.etag });
      return res.end();
    }
    // etag null: a server that knows no conditional GET
    res.writeHead(200, { 'content-type': 'application/rss+xml', ...(feed.etag ? { etag: feed.etag } : {}) });
    res.end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('pollFeed: conditional GET, interval, backoff', () => {
  it('fetches once per interval, asks with the ETag, takes a 304 as nothing new, backs off on errors', async () => {
    const state: FeedState = { url: `${base}/feed.xml`, etag: null, lastModified: null, failures: 0, nextAt: 0 };
    const err: string[] = [];
    let now = 1_000_000;
    const deps = { fetch: globalThis.fetch, now: () => now, stderr: { write: (s: string) => err.push(s) } };
    const interval = 60_000;
    requests.length = 0;

    const first = await pollFeed(state, interval, deps);
    expect(new TextDecoder().decode(first!)).toContain('Report 1 from Izium');
    expect(state).toMatchObject({ etag: '"v1"', failures: 0, nextAt: now + interval });
    expect(requests[0]).toMatchObject({
      ifNoneMatch: undefined,
      userAgent: expect.stringMatching(/^sitrep\/\d+\.\d+\.\d+ \(feed watcher\)$/),
    });

    expect(await pollFeed(state, interval, deps)).toBeNull(); // not due: no request
    expect(requests).toHaveLength(1);

    now += interval;
    expect(await pollFeed(state, interval, deps)).toBeNull(); // unchanged: 304
    expect(requests[1]!.ifNoneMatch).toBe('"v1"');
    expect(err).toEqual([]);

    feed.body = rss([item(1, 'Izium'), item(2, 'Kupiansk'), item(3, 'Lyman')]);
    feed.etag = '"v2"';
    now += interval;
    expect(new TextDecoder().decode((await pollFeed(state, interval, deps))!)).toContain('Report 3 from Lyman');

    // the server is unwell: twice the interval, then four times; a Retry-After longer than that wins
    feed.status = 503;
    now += interval;
    expect(await pollFeed(state, interval, deps)).toBeNull();
    expect(state.nextAt - now).toBe(2 * interval);
    now = state.nextAt;
    feed.retryAfter = '600';
    expect(await pollFeed(state, interval, deps)).toBeNull();
    expect(state.nextAt - now).toBe(600_000);
    expect(err).toEqual([
      `sitrep watch: ${state.url}: HTTP 503 Service Unavailable; next try in 120 s\n`,
      `sitrep watch: ${state.url}: HTTP 503 Service Unavailable; next try in 600 s\n`,
    ]);
    feed.status = 200;
    feed.retryAfter = null;
    now = state.nextAt;
    await pollFeed(state, interval, deps);
    expect(state.failures).toBe(0);

    // a server without ETags sends the same feed again: nothing new either
    feed.etag = null;
    const plain: FeedState = { url: `${base}/plain.xml`, etag: null, lastModified: null, failures: 0, nextAt: 0 };
    expect(await pollFeed(plain, interval, deps)).not.toBeNull();
    now += interval;
    const asked = requests.length;
    expect(await pollFeed(plain, interval, deps)).toBeNull();
    expect(requests.length).toBe(asked + 1);

    // nobody listening there: one line, and the wait grows
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const gone: FeedState = {
      url: `http://127.0.0.1:${port}/feed.xml`,
      etag: null,
      lastModified: null,
      failures: 0,
      nextAt: 0,
    };
    expect(await pollFeed(gone, interval, deps)).toBeNull();
    expect(err.at(-1)).toBe(`sitrep watch: ${gone.url}: ECONNREFUSED; next try in 120 s\n`);
  });
});

describe('sitrep watch', () => {
  it('refuses bad options in one line', () => {
    expect(sitrep(['watch']).stderr).toMatch(/nothing to watch/);
    const r = sitrep(['watch', dir, '--interval', '0.1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--interval must be a number of seconds, 1 or more, not '0\.1'/);
  });

  it('analyses a folder and a feed, then what arrives, until SIGTERM', async () => {
    feed.body = rss([item(1, 'Izium'), item(2, 'Kupiansk')]);
    feed.etag = '"w1"';
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const old = (path: string) => utimesSync(path, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    writeFileSync(
      join(inbox, 'first.txt'),
      'Shelling Near Lyman\n\n9 September 2022\n\nRussian forces shelled Lyman on Friday, officials said.\n',
    );
    old(join(inbox, 'first.txt'));
    const db = join(dir, 'watched.db');
    requests.length = 0;
    // prettier-ignore
    const child = spawn(process.execPath, [bin, 'watch', inbox, `${base}/feed.xml`, '--db', db, '--interval', '1', '--jobs', '1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const until = async (what: () => boolean) => {
      for (let i = 0; i < 600 && !what(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(what(), `stdout: ${out}\nstderr: ${err}\nrequests: ${JSON.stringify(requests)}`).toBe(true);
    };
    try {
      await until(() => /\(3 new, 0 already stored, 0 failed\)/.test(out));
      // a new file, and a new feed item
      writeFileSync(
        join(inbox, 'second.txt'),
        'Bridge Struck\n\n11 September 2022\n\nA missile struck the bridge near Izium on Sunday, the governor said.\n',
      );
      old(join(inbox, 'second.txt'));
      feed.body = rss([item(1, 'Izium'), item(2, 'Kupiansk'), item(3, 'Lyman')]);
      feed.etag = '"w2"';
      await until(() => /5 articles in .*\(2 new, 2 already stored, 0 failed\)/.test(out));
      // the feed unchanged since: asked with its ETag, answered 304
      await until(() => requests.some((r) => r.ifNoneMatch === '"w2"'));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toMatch(/sitrep watch: stopped; 5 new articles stored while watching/);
    expect(err).toBe('');
    const store = Store.open(db);
    try {
      expect(store.articleCount()).toBe(5);
    } finally {
      store.close();
    }
  }, 120_000);
});
