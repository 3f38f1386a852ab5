/**
 * One bad item fails alone, with its reason on one line (file#item: reason), and the items
 * around it are stored (issue 18). Readers never show an internal exception as the reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from './index.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sitrep-items-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
};
async function collect(inputs: string[]): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of ingest(inputs)) out.push(r);
  return out;
}
const stored = (rs: IngestResult[]) =>
  rs.flatMap((r) => (r.kind === 'article' ? [[r.article.path, r.article.published]] : []));
const refused = (rs: IngestResult[]) => rs.flatMap((r) => (r.kind === 'error' ? [[r.file, r.reason]] : []));

const story = (n: number) => `Report number ${n}: troops held the bridge near the river on Monday, officials said.`;
const line = (o: object) => JSON.stringify(o);
// no internal exception text: no JavaScript error names or property-access messages
const INTERNAL = /Invalid time value|Cannot (?:read|destructure)|is not a function|Maximum call stack|undefined|null/;

describe('ingest: one bad item fails alone', () => {
  it('a JSON Lines line with a nanosecond timestamp is refused with its reason; the others are stored', async () => {
    const file = write(
      'ns.jsonl',
      [
        line({ text: story(1), published: '2022-09-08' }),
        line({ text: story(2), published: 1662647935000000000 }),
        line({ text: story(3), published: 1662647935 }),
      ].join('\n'),
    );
    const rs = await collect([file]);
    expect(stored(rs)).toEqual([
      [`${file}#1`, '2022-09-08'],
      [`${file}#3`, '2022-09-08'],
    ]);
    expect(refused(rs)).toEqual([
      [`${file}#2`, expect.stringMatching(/^published 1662647935000000000: outside 1900–2100/)],
    ]);
  });
  it('a microsecond timestamp is refused, not stored as the year 54657', async () => {
    const file = write(
      'us.jsonl',
      [line({ text: story(1), published: 1662647935000000 }), line({ text: story(2), published: 1662647935000 })].join(
        '\n',
      ),
    );
    const rs = await collect([file]);
    expect(stored(rs)).toEqual([[`${file}#2`, '2022-09-08']]);
    expect(refused(rs)).toEqual([
      [`${file}#1`, expect.stringMatching(/^published 1662647935000000: outside 1900–2100 \(the year 54657\)/)],
    ]);
  });
  it('dates that are no calendar day, or outside 1900–2100, are refused in JSON arrays', async () => {
    const file = write(
      'dates.json',
      JSON.stringify([
        { text: story(1), published: '9999-99-99' },
        { text: story(2), date: '2022-02-30' },
        { text: story(3), published: '1850-01-01' },
        { text: story(4), published: '2022-09-10T08:00:00Z' },
      ]),
    );
    const rs = await collect([file]);
    expect(stored(rs)).toEqual([[`${file}#4`, '2022-09-10']]);
    expect(refused(rs)).toEqual([
      [`${file}#1`, 'published "9999-99-99": not a calendar date'],
      [`${file}#2`, 'published "2022-02-30": not a calendar date'],
      [`${file}#3`, 'published "1850-01-01": outside 1900–2100'],
    ]);
  });
  it('an RSS item with an impossible date fails alone', async () => {
    const item = (n: number, date: string) =>
      `<item><title>Item ${n}</title><pubDate>${date}</pubDate><description>${story(n)}</description></item>`;
    const file = write(
      'feed.rss',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Courier</title>${item(1, 'Thu, 08 Sep 2022 10:00:00 GMT')}${item(2, '9999-99-99')}${item(3, 'Sat, 10 Sep 2022 10:00:00 GMT')}</channel></rss>`,
    );
    const rs = await collect([file]);
    expect(stored(rs)).toEqual([
      [`${file}#1`, '2022-09-08'],
      [`${file}#3`, '2022-09-10'],
    ]);
    expect(refused(rs)).toEqual([[`${file}#2`, 'published "9999-99-99": not a calendar date']]);
  });
  it('a JSON Lines line of deeply nested HTML is read without a stack overflow; the others are stored', async () => {
    const deep = `${'<div>'.repeat(100_000)}<p>${story(2)}</p>${'</div>'.repeat(100_000)}`;
    const file = write(
      'deep.jsonl',
      [line({ text: story(1) }), line({ text: deep }), line({ text: story(3) })].join('\n'),
    );
    const rs = await collect([file]);
    expect(refused(rs)).toEqual([]);
    const articles = rs.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
    expect(articles.map((a) => a.path)).toEqual([`${file}#1`, `${file}#2`, `${file}#3`]);
    expect(articles[1].text).toBe(story(2));
  });
  it('an HTML page of 100,000 nested divs is read, with its text', async () => {
    const file = write(
      'deep.html',
      `<html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>${story(1)} ${story(2)}</p>${'</div>'.repeat(100_000)}</body></html>`,
    );
    const rs = await collect([file]);
    expect(refused(rs)).toEqual([]);
    const [a] = rs.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
    expect(a.text).toContain(story(2));
  });
  it('HTML files that are no document are refused with a reason, never an internal message', async () => {
    // prettier-ignore
    const inputs = ['', '<', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<!-- nothing -->', '</html>', '<![CDATA[x]]>'].map((s, i) => write(`odd-${i}.html`, s));
    inputs.push(write('plain.html', story(1)));
    const rs = await collect(inputs);
    for (const [file, reason] of refused(rs)) expect(`${file}: ${reason}`).not.toMatch(INTERNAL);
    // a page of bare text is still a page of text
    expect(stored(rs).map(([p]) => p)).toContain(path.join(tmp, 'plain.html'));
  });
});
