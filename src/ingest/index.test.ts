import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestOptions, type IngestResult } from './index.js';
import { cannotImportAs } from '../testing/unprivileged.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'test/fixtures/ingest');
const fx = (name: string) => path.join(fixtures, name);

async function collect(inputs: string[], options?: IngestOptions): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of ingest(inputs, options)) out.push(r);
  return out;
}
const articles = (rs: IngestResult[]) => rs.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
const errors = (rs: IngestResult[]) =>
  rs.flatMap((r) => (r.kind === 'error' ? [{ file: r.file, reason: r.reason }] : []));

const tmp = mkdtempSync(path.join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => {
  try {
    chmodSync(path.join(tmp, 'locked', 'secret.txt'), 0o644);
  } catch {
    /* not created */
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe('ingest: formats', () => {
  it('keeps a text file byte-exact (BOM removed) and dates it from a weekday after a date', async () => {
    const [a] = articles(await collect([fx('weekday.txt')]));
    expect(a.text).toBe(readFileSync(fx('weekday.txt'), 'utf8'));
    expect(a).toMatchObject({
      format: 'text',
      title: 'Rail Junction Comes Under Pressure as Front Moves East',
      published: '2022-09-09',
      language: 'en',
    });
    expect(a.messages.some((m) => m.severity === 'info' && /inferred/.test(m.message))).toBe(true);
  });
  it('credits the wire of a dateline and does not make it the outlet', async () => {
    const [a] = articles(await collect([fx('datelined.txt')]));
    expect(a).toMatchObject({ published: '2022-09-08', wire: ['AP'], outlet: null });
  });
  it('records a lower bound and the outlet from a writer footer', async () => {
    const [a] = articles(await collect([fx('lower-bound.txt')]));
    expect(a).toMatchObject({ published: null, published_on_or_after: '2022-09-14', outlet: 'The Kyiv Independent' });
    expect(a.messages.map((m) => m.message).join('\n')).toMatch(/on or after 2022-09-14/);
  });
  it('reads Markdown with its heading, byline outlet and wire credit', async () => {
    const [a] = articles(await collect([fx('story.md')]));
    expect(a).toMatchObject({
      format: 'markdown',
      title: 'Engineers Race to Rebuild a Bridge Near Izium',
      outlet: 'Sky News',
      wire: ['AFP'],
    });
    expect(a.text.startsWith('# Engineers')).toBe(true);
  });
  it('extracts the main text and metadata of an HTML page', async () => {
    const [a] = articles(await collect([fx('page.html')]));
    expect(a).toMatchObject({
      format: 'html',
      title: 'Ukraine raises flag over Balakliia',
      url: 'https://kyivindependent.com/news/2022/09/10/flag-over-balakliia',
      outlet: 'The Kyiv Independent',
      published: '2022-09-10',
      // "Reuters reported that…" cites the agency for one statement; it is not a wire credit
      wire: [],
    });
    expect(a.messages.map((m) => m.message)).toContain('agencies cited for statements, not credited as wire: Reuters');
    expect(a.text).toMatch(/raised the national flag over the town council building/);
    expect(a.text).not.toMatch(/Subscribe/);
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });
  it('reads JSON Lines: a malformed line is an error at <file>#<n>, the others still ingest', async () => {
    const rs = await collect([fx('items.jsonl')]);
    expect(articles(rs).map((a) => [a.path, a.outlet, a.published])).toEqual([
      [`${fx('items.jsonl')}#1`, 'Kyiv Post', '2022-09-10'],
      [`${fx('items.jsonl')}#3`, 'Example Courier', '2022-09-12'],
    ]);
    expect(errors(rs)).toEqual([
      { file: `${fx('items.jsonl')}#2`, reason: expect.stringMatching(/^malformed JSON line/) },
    ]);
  });
  it('reads a JSON array with configured field names', async () => {
    const rs = await collect([fx('items.json')], {
      fields: { text: ['story'], title: ['headline'], published: ['when'] },
    });
    expect(articles(rs).map((a) => [a.path, a.title, a.outlet, a.published])).toEqual([
      [`${fx('items.json')}#1`, 'Power restored in Balakliia', 'The Guardian', '2022-09-13'],
      [`${fx('items.json')}#2`, 'Schools to reopen online', null, '2022-09-14'],
    ]);
    const defaults = await collect([fx('items.json')]);
    expect(errors(defaults)[0].reason).toBe('no text field (text|body|content)');
  });
  it('reads each RSS item and Atom entry as an article at <file>#<n>', async () => {
    const rs = articles(await collect([fx('feed.rss'), fx('feed.atom')]));
    expect(rs.map((a) => [a.path.slice(fixtures.length + 1), a.format, a.title, a.outlet, a.published])).toEqual([
      ['feed.rss#1', 'rss', 'Troops enter Kupiansk', 'RFE/RL', '2022-09-10'],
      ['feed.rss#2', 'rss', 'Kharkiv metro shelters reopen', 'Example Front Line Bulletin', '2022-09-11'],
      ['feed.atom#1', 'atom', 'Izium residents count the damage', 'BBC', '2022-09-12'],
      ['feed.atom#2', 'atom', 'Grain lorries wait at the border', 'Example Dispatches', '2022-09-12'],
    ]);
    expect(rs[0].text).toBe(
      'Ukrainian special forces said on Saturday they had entered Kupiansk, a rail hub east of Kharkiv.\n\nPhotos posted online showed soldiers holding a flag outside the town hall.',
    );
  });
  it('extracts what a truncated HTML page holds, with a warning, and refuses one with nothing', async () => {
    const rs = await collect([fx('truncated.html'), fx('truncated-empty.html')]);
    const [a] = articles(rs);
    expect(a.text).toMatch(/Rockets struck two districts/);
    expect(a.messages.find((m) => m.severity === 'warning')!.message).toMatch(/truncated/);
    expect(errors(rs)).toEqual([{ file: fx('truncated-empty.html'), reason: 'truncated HTML with no readable text' }]);
  });
  it('refuses a feed with no items', async () => {
    expect(errors(await collect([fx('empty-feed.rss')]))).toEqual([
      { file: fx('empty-feed.rss'), reason: 'feed has no items' },
    ]);
  });
});

describe('ingest: inputs', () => {
  it('walks a directory recursively in sorted order, the same every time', async () => {
    const a = (await collect([fixtures])).map((r) => (r.kind === 'article' ? r.article.path : r.file));
    const b = (await collect([fixtures])).map((r) => (r.kind === 'article' ? r.article.path : r.file));
    expect(a).toEqual(b);
    expect(a[0]).toBe(fx('datelined.txt'));
    expect(a.indexOf(fx('weekday.txt'))).toBe(a.length - 1);
  });
  it('expands a glob', async () => {
    const rs = await collect([path.join(fixtures, '*.{rss,atom}')]);
    expect(new Set(rs.map((r) => (r.kind === 'article' ? r.article.path : r.file).replace(/#\d+$/, '')))).toEqual(
      new Set([fx('empty-feed.rss'), fx('feed.atom'), fx('feed.rss')]),
    );
    expect(errors(await collect([path.join(fixtures, '*.nothing')]))[0].reason).toBe('no file matches this pattern');
  });
  it('reads stdin for "-" and sniffs its kind', async () => {
    const feed = readFileSync(fx('feed.atom'));
    const rs = articles(await collect(['-'], { stdin: Readable.from([feed]) }));
    expect(rs.map((a) => [a.path, a.format])).toEqual([
      ['-#1', 'atom'],
      ['-#2', 'atom'],
    ]);
    const text = articles(
      await collect(['-'], {
        stdin: Readable.from([
          Buffer.from(
            'Queues Form at Kharkiv Station\n\nHundreds queued for trains west on Sunday, a railway official said.',
          ),
        ]),
      }),
    );
    expect(text[0]).toMatchObject({ path: '-', format: 'text', title: 'Queues Form at Kharkiv Station' });
  });
  it('reads JSON Lines on stdin line by line: the first articles come before the last line is sent', async () => {
    const line = (n: number) =>
      JSON.stringify({
        title: `Bulletin ${n}`,
        text: `Crews cleared the rail line north of the depot on day ${n}, the operator said.`,
      }) + '\n';
    // the stream's third line is sent only once the first article has been taken
    let taken!: () => void;
    const tookFirst = new Promise<void>((resolve) => (taken = resolve));
    let sentLast = false;
    const stdin = Readable.from(
      (async function* () {
        yield Buffer.from(line(1) + line(2).slice(0, 20));
        yield Buffer.from(line(2).slice(20) + '{"text": 7}\n');
        await tookFirst;
        sentLast = true;
        yield Buffer.from(line(4));
      })(),
    );
    const seen: IngestResult[] = [];
    for await (const r of ingest(['-'], { stdin })) {
      if (!seen.length) expect(sentLast).toBe(false);
      seen.push(r);
      taken();
    }
    expect(seen.map((r) => (r.kind === 'article' ? r.article.path : `${r.file}: ${r.reason}`))).toEqual([
      '-#1',
      '-#2',
      '-#3: no text field (text|body|content)',
      '-#4',
    ]);
    // as the same lines read whole from a file
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-stdin-'));
    try {
      writeFileSync(path.join(dir, 'feed.txt'), line(1) + line(2));
      const whole = articles(await collect([path.join(dir, 'feed.txt')]));
      const piped = articles(await collect(['-'], { stdin: Readable.from([Buffer.from(line(1) + line(2))]) }));
      expect(piped.map(({ path: _, ...a }) => a)).toEqual(whole.map(({ path: _, ...a }) => a));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('limits JSON Lines on stdin per line, and anything else on stdin whole', async () => {
    const line = JSON.stringify({ text: 'Water returned to the old town on Sunday, the mayor said.' }) + '\n';
    const lines = await collect(['-'], { stdin: Readable.from([Buffer.from(line.repeat(4))]), maxBytes: 100 });
    expect(articles(lines)).toHaveLength(4);
    expect(errors(lines)).toEqual([]);
    // a JSON document spread over lines is one input, read whole
    const pretty = JSON.stringify([{ text: 'Water returned to the old town on Sunday, the mayor said.' }], null, 2);
    const doc = await collect(['-'], { stdin: Readable.from([Buffer.from(pretty)]) });
    expect(articles(doc).map((a) => [a.path, a.format])).toEqual([['-#1', 'json']]);
    const tooLong = await collect(['-'], { stdin: Readable.from([Buffer.from(pretty)]), maxBytes: 40 });
    expect(errors(tooLong)).toEqual([{ file: '-', reason: 'input too large: more than 40 bytes' }]);
  });
  it('gives the same id to the same text read twice', async () => {
    const rs = articles(await collect([fx('weekday.txt'), fx('weekday.txt')]));
    expect(rs[0].id).toBe(rs[1].id);
  });
});

describe('ingest: bad input gets one clear reason and the rest still ingests', () => {
  it('empty, binary, invalid UTF-8 and missing files', async () => {
    writeFileSync(path.join(tmp, 'empty.txt'), '');
    writeFileSync(path.join(tmp, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(
      path.join(tmp, 'latin1.txt'),
      Buffer.from('Troops entered Balakliia, caf\xe9 owners said.', 'latin1'),
    );
    const rs = await collect([
      path.join(tmp, 'empty.txt'),
      path.join(tmp, 'binary.txt'),
      path.join(tmp, 'latin1.txt'),
      path.join(tmp, 'missing.txt'),
      fx('datelined.txt'),
    ]);
    expect(errors(rs)).toEqual([
      { file: path.join(tmp, 'empty.txt'), reason: 'empty file' },
      { file: path.join(tmp, 'binary.txt'), reason: 'binary file (contains NUL bytes)' },
      { file: path.join(tmp, 'latin1.txt'), reason: 'invalid UTF-8 (first bad byte at offset 29)' },
      { file: path.join(tmp, 'missing.txt'), reason: 'no such file or directory' },
    ]);
    expect(articles(rs)).toHaveLength(1);
  });
  it('a file over the size limit (a sparse 51 MB file, made without writing 51 MB)', async () => {
    const big = path.join(tmp, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    const rs = await collect([big, fx('datelined.txt')]);
    expect(errors(rs)).toEqual([{ file: big, reason: 'file too large: 51 MB (limit 50 MB)' }]);
    expect(articles(rs)).toHaveLength(1);
    const small = await collect([fx('datelined.txt')], { maxBytes: 100 });
    expect(errors(small)[0].reason).toMatch(/^file too large: \d+ bytes \(limit 100 bytes\)$/);
  });
  it('an unreadable file in a directory (run as an unprivileged user when the tests run as root)', async (ctx) => {
    const dir = path.join(tmp, 'locked');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'ok.txt'),
      'Readable Report Here\n\nTroops held the bridge on Monday, officials said.',
    );
    const secret = path.join(dir, 'secret.txt');
    writeFileSync(secret, 'Hidden Report Here\n\nNobody can read this one.');
    chmodSync(secret, 0o000);
    let readable = true;
    try {
      readFileSync(secret);
    } catch {
      readable = false;
    }
    if (readable) {
      // root reads through chmod 000: run the same ingest as an unprivileged user instead
      const dist = path.join(root, 'dist/ingest/index.js');
      const why =
        process.getuid?.() !== 0 || !existsSync(dist)
          ? 'chmod 000 does not stop reads here and no unprivileged run is possible (needs root and a built dist/)'
          : cannotImportAs(dist);
      if (why) {
        console.warn(`skipped: ${why}`);
        ctx.skip();
      }
      chmodSync(tmp, 0o755);
      chmodSync(dir, 0o755);
      chmodSync(path.join(dir, 'ok.txt'), 0o644);
      const script = `const { ingest } = await import(${JSON.stringify(pathToFileURL(dist).href)});
        const out = []; for await (const r of ingest([${JSON.stringify(dir)}])) out.push(r.kind === 'error' ? r : { kind: 'article', path: r.article.path });
        console.log(JSON.stringify(out));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        cwd: tmpdir(),
      });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual([
        { kind: 'article', path: path.join(dir, 'ok.txt') },
        { kind: 'error', file: secret, reason: 'permission denied (file is not readable)' },
      ]);
      return;
    }
    const rs = await collect([dir]);
    expect(errors(rs)).toEqual([{ file: secret, reason: 'permission denied (file is not readable)' }]);
    expect(articles(rs)).toHaveLength(1);
  });
});

describe('ingest: bylines', () => {
  it('takes the outlet or the wire from an HTML byline', async () => {
    const page = (byline: string) =>
      `<!DOCTYPE html><html><head><title>Grain barges move again on the river</title></head><body><article><p class="byline">${byline}</p>` +
      '<p>Barges carrying grain moved down the river on Tuesday for the first time in weeks, port officials said, after engineers cleared a sunken pontoon from the channel.</p>' +
      '<p>Traders said prices at the nearest elevator had already begun to fall as farmers rushed to sell what they had stored over the summer.</p></article></body></html>';
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-byline-'));
    try {
      writeFileSync(path.join(dir, 'a.html'), page('By Jo Bloggs | Newsweek'));
      writeFileSync(path.join(dir, 'b.html'), page('By Jo Bloggs, Reuters'));
      const [a, b] = articles(await collect([dir]));
      expect([a.outlet, a.wire]).toEqual(['Newsweek', []]);
      expect([b.outlet, b.wire]).toEqual([null, ['Reuters']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingest: directories and globs', () => {
  it('says so when a directory holds nothing to read, and walks nested globs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-dirs-'));
    try {
      mkdirSync(path.join(dir, 'empty'));
      writeFileSync(path.join(dir, 'empty', 'photo.png'), Buffer.from([0x89, 0x50]));
      mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
      const story =
        'Ferry Service Resumes Across the Reservoir\n\nA ferry carried cars across the reservoir on Sunday, the regional transport office said.';
      writeFileSync(path.join(dir, 'a', 'top.txt'), story);
      writeFileSync(path.join(dir, 'a', 'b', 'deep.txt'), `${story}\nA second sailing followed in the evening.`);
      expect(errors(await collect([path.join(dir, 'empty')]))[0].reason).toMatch(
        /^directory holds no file of a known kind/,
      );
      const shallow = articles(await collect([path.join(dir, 'a', '*.txt')])).map((a) => path.relative(dir, a.path));
      expect(shallow).toEqual([path.join('a', 'top.txt')]);
      const deep = articles(await collect([path.join(dir, '**', '*.txt')])).map((a) => path.relative(dir, a.path));
      expect(deep).toEqual([path.join('a', 'b', 'deep.txt'), path.join('a', 'top.txt')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingest: more bad input', () => {
  it('stdin over the size limit, a JSON array item that is not an object, a page title with the site name', async () => {
    const big = await collect(['-'], {
      stdin: Readable.from([Buffer.alloc(64, 'a'), Buffer.alloc(64, 'b')]),
      maxBytes: 100,
    });
    expect(errors(big)).toEqual([{ file: '-', reason: 'input too large: more than 100 bytes' }]);
    const json = await collect(['-'], {
      stdin: Readable.from([
        Buffer.from('[{"text": "Crews repaired the water main in the old town on Sunday, the mayor said."}, 42]'),
      ]),
    });
    expect(articles(json).map((a) => a.path)).toEqual(['-#1']);
    expect(errors(json)).toEqual([{ file: '-#2', reason: 'not a JSON object' }]);
    const html =
      '<html><head><title>Water returns to the old town | Example Herald</title><meta property="og:site_name" content="Example Herald"></head><body><article>' +
      '<p>Crews repaired the water main in the old town on Sunday, the mayor said, and taps ran again in most houses by the evening.</p></article></body></html>';
    const [page] = articles(await collect(['-'], { stdin: Readable.from([Buffer.from(html)]) }));
    expect([page.title, page.outlet]).toEqual(['Water returns to the old town', 'Example Herald']);
  });
});
