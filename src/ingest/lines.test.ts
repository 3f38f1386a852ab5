import { mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from './index.js';
import { splitLines } from './lines.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sitrep-lines-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const line = (title: string, text = 'Shelling hit Nikopol on Monday, the governor said.') =>
  JSON.stringify({ title, text, published: '2022-09-12' });

async function* chunks(...parts: (string | Buffer)[]) {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

describe('splitLines', () => {
  it('gives whole lines whatever the chunks, numbered from 1, the last without its newline', async () => {
    const out = [];
    for await (const l of splitLines(chunks('ab', 'c\nd', 'e\n\nf'), 100)) out.push(l);
    expect(out.map((l) => ('bytes' in l ? [l.number, l.bytes.toString()] : l))).toEqual([
      [1, 'abc'],
      [2, 'de'],
      [3, ''],
      [4, 'f'],
    ]);
  });
  it('measures a line over the limit without holding it, and goes on with the next', async () => {
    const out = [];
    for await (const l of splitLines(chunks('0123', '4567', '89\nok\n'), 5)) out.push(l);
    expect(out).toEqual([
      { number: 1, tooLarge: 10 },
      { number: 2, bytes: Buffer.from('ok') },
    ]);
  });
});

describe('ingest of a JSON Lines file, line by line', () => {
  it('hands out the first article before the last line is read', async () => {
    // 4 MB of lines: the stream has read a few chunks of it when the first article comes out
    const file = path.join(tmp, 'big.jsonl');
    const filler = 'Troops moved past the river crossing, officials said. '.repeat(40);
    const lines = Array.from({ length: 1800 }, (_, i) => line(`Report ${i}`, filler));
    const last = line('Last report, as written');
    writeFileSync(file, lines.join('\n') + '\n' + last + '\n');
    const results = ingest([file]);
    const first = await results.next();
    expect(first.value).toMatchObject({ kind: 'article', article: { title: 'Report 0' } });
    // the last line is rewritten in place (same length): a reader that read the file whole
    // already holds the old one
    const fd = openSync(file, 'r+');
    writeSync(fd, line('Last report, re-written'), Buffer.byteLength(lines.join('\n') + '\n'));
    const rest: IngestResult[] = [];
    for await (const r of { [Symbol.asyncIterator]: () => results }) rest.push(r);
    expect(rest).toHaveLength(1800);
    expect(rest.at(-1)).toMatchObject({ kind: 'article', article: { title: 'Last report, re-written' } });
  });
  it('refuses a bad line alone, at <file>#<line>, and reads the lines around it', async () => {
    const file = path.join(tmp, 'mixed.jsonl');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('\uFEFF' + line('One') + '\r\n'),
        Buffer.from('{"title": "Two", "text": "Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' closed on Monday."}\n\n'),
        Buffer.from(line('Four', 'x'.repeat(500)) + '\n'),
        Buffer.from('{"title": "Five", "text": "A\u0000B"}\n'.replace('\u0000', '\\u0000')),
        Buffer.from([0x7b, 0x00, 0x7d, 0x0a]),
        Buffer.from(line('Seven')),
      ]),
    );
    const rs: IngestResult[] = [];
    for await (const r of ingest([file], { maxBytes: 300 })) rs.push(r);
    expect(rs.map((r) => (r.kind === 'article' ? r.article.title : `${path.basename(r.file)}: ${r.reason}`))).toEqual([
      'One',
      'mixed.jsonl#2: invalid UTF-8 (first bad byte at offset 29 of the line)',
      'mixed.jsonl#4: line too large: 551 bytes (limit 300 bytes)',
      'Five',
      'mixed.jsonl#6: binary line (contains NUL bytes)',
      'Seven',
    ]);
  });
  it('refuses an empty file whole, as a file read whole is', async () => {
    const empty = path.join(tmp, 'empty.jsonl');
    const blank = path.join(tmp, 'blank.jsonl');
    writeFileSync(empty, '');
    writeFileSync(blank, '\n  \n');
    const rs: IngestResult[] = [];
    for await (const r of ingest([empty, blank])) rs.push(r);
    expect(rs).toEqual([
      { kind: 'error', file: empty, reason: 'empty file' },
      { kind: 'error', file: blank, reason: 'empty file (only whitespace)' },
    ]);
  });
});
