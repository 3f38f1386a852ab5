/**
 * Ingestion: inputs (files, directories, globs, "-" for stdin) → Articles, one result per
 * article or per bad input. A bad input is an `error` result naming the file and the reason;
 * the generator never throws for one input.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model.js';
import { buildArticle } from './article.js';
import { decode } from './decode.js';
import { readFeed } from './formats/feed.js';
import { readHtml } from './formats/html.js';
import { DEFAULT_FIELDS, readJson, readJsonLines, type JsonFields } from './formats/json.js';
import type { ReadResult } from './formats/types.js';
import { expandInputs, fsReason } from './inputs.js';
import { readJsonLinesStream, sizeText as mb } from './lines.js';
import { sniff } from './sniff.js';
import { oneLine } from '../text/one-line.js';

export { inferUndatedDates, needsRedating, redate } from './infer-undated.js';
export { asIngested } from './as-ingested.js';
export { linkDuplicates, minhashSignature } from './duplicates.js';

export interface IngestOptions {
  /** JSON/JSONL field names (defaults: text|body|content, title, url, published|date|pubDate, outlet|source|site) */
  fields?: Partial<{ text: string[]; title: string[]; url: string[]; published: string[]; outlet: string[] }>;
  /** read stdin when an input is "-" */
  stdin?: NodeJS.ReadableStream;
  /** default 50 MB: larger files are refused with a reason; for JSON Lines files (read as a stream), larger lines */
  maxBytes?: number;
}

export type IngestResult = { kind: 'article'; article: Article } | { kind: 'error'; file: string; reason: string };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const STDIN_PATH = '-';

// files read as a stream of lines (by extension: the content of a .jsonl file is not sniffed)
const LINE_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export async function* ingest(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fields: JsonFields = { ...DEFAULT_FIELDS, ...stripUndefined(options.fields ?? {}) };
  for await (const source of expandInputs(inputs)) {
    if (source.kind === 'error') {
      yield { kind: 'error', file: source.file, reason: source.reason };
      continue;
    }
    if (source.kind === 'file' && LINE_EXTENSIONS.has(path.extname(source.path).toLowerCase())) {
      yield* readLinesFile(source.path, fields, maxBytes);
      continue;
    }
    if (source.kind === 'stdin') {
      yield* readStdin(options.stdin ?? process.stdin, fields, maxBytes);
      continue;
    }
    const file = source.path;
    let bytes: Uint8Array;
    try {
      bytes = await readFileLimited(source.path, maxBytes);
    } catch (err) {
      yield { kind: 'error', file, reason: err instanceof TooLarge ? err.message : fsReason(err) };
      continue;
    }
    yield* readSource(file, bytes, fields);
  }
}

/**
 * One source's bytes, named by `file` (its extension and content choose the reader), as articles
 * and refusals: decoding, the format's reader, the article builder. Never throws.
 */
export function readSource(file: string, bytes: Uint8Array, fields: JsonFields = DEFAULT_FIELDS): IngestResult[] {
  const decoded = decode(bytes);
  if (!decoded.ok) return [{ kind: 'error', file, reason: decoded.reason }];
  let results: ReadResult[];
  try {
    results = read(file, decoded.text, fields);
  } catch {
    // readers refuse bad items themselves; this is the last guard, and no internal message is a reason
    results = [{ error: true, file, reason: 'could not be read: its content defeated the reader' }];
  }
  return results.map(built);
}

/** A reader's item as an article, or its refusal as one line. */
function built(r: ReadResult): IngestResult {
  // one line whatever a parser quoted from the input (a \r inside a JSON line)
  if ('error' in r) return { kind: 'error', file: r.file, reason: oneLine(r.reason) };
  try {
    return { kind: 'article', article: buildArticle(r) };
  } catch {
    return { kind: 'error', file: r.path, reason: 'could not be analysed: its text defeated the article builder' };
  }
}

/**
 * A JSON Lines file, line by line as it is read (see lines.ts): no limit on the file, `maxBytes`
 * on each line. A read that fails midway is one error after the lines read before it.
 */
async function* readLinesFile(file: string, fields: JsonFields, maxBytes: number): AsyncGenerator<IngestResult> {
  try {
    if ((await stat(file)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    for await (const r of readJsonLinesStream(file, createReadStream(file), fields, maxBytes)) yield built(r);
  } catch (err) {
    yield { kind: 'error', file, reason: fsReason(err) };
  }
}

function read(file: string, text: string, fields: JsonFields): ReadResult[] {
  const kind = sniff(file, text);
  switch (kind) {
    case 'html':
      return [readHtml(file, text)];
    case 'rss':
    case 'atom':
      return readFeed(file, text, kind);
    case 'json':
      return readJson(file, text, fields);
    case 'jsonl':
      return readJsonLines(file, text, fields);
    default:
      return [{ path: file, format: kind, text }];
  }
}

class TooLarge extends Error {}

async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const st = await stat(path);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (st.size > maxBytes) throw new TooLarge(`file too large: ${mb(st.size)} (limit ${mb(maxBytes)})`);
  const fh = await open(path, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/**
 * Standard input: JSON Lines (a first line that is a JSON object, then another line opening one)
 * as a stream, line by line, like a .jsonl file: a feed piped in of any length is read in the
 * memory of its longest line, its first articles analysed before its last line arrives. Anything
 * else is read whole (at most `maxBytes`) and its content chooses the reader, as for a file.
 */
async function* readStdin(
  stream: NodeJS.ReadableStream,
  fields: JsonFields,
  maxBytes: number,
): AsyncGenerator<IngestResult> {
  const chunks = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let kind: 'lines' | 'whole' | null = null;
  let newline = false;
  try {
    while (kind === null) {
      const next = await chunks.next();
      if (next.done) {
        kind = 'whole';
        break;
      }
      const b = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      size += b.length;
      head.push(b);
      // the first line must be whole before anything is decided (a JSON document on one long
      // line is not decoded again at each of its chunks)
      newline ||= b.includes(10);
      kind = newline || head.length === 1 ? linesOrWhole(Buffer.concat(head)) : null;
      if (size > maxBytes && kind !== 'lines') throw new TooLarge(`input too large: more than ${mb(maxBytes)}`);
    }
    if (kind === 'whole') {
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        const b = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        size += b.length;
        if (size > maxBytes) throw new TooLarge(`input too large: more than ${mb(maxBytes)}`);
        head.push(b);
      }
      yield* readSource(STDIN_PATH, Buffer.concat(head), fields);
      return;
    }
    const replayed = (async function* () {
      yield* head.splice(0);
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    })();
    for await (const r of readJsonLinesStream(STDIN_PATH, replayed, fields, maxBytes)) yield built(r);
  } catch (err) {
    yield { kind: 'error', file: STDIN_PATH, reason: err instanceof TooLarge ? err.message : fsReason(err) };
  }
}

/**
 * What the start of a stream says of it: JSON Lines once a first non-blank line, complete, is a
 * JSON object and the next non-blank text opens another; 'whole' once it cannot be; null while the
 * first line, or the start of the second, has not arrived.
 */
function linesOrWhole(head: Buffer): 'lines' | 'whole' | null {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.search(/\S/);
  if (start < 0) return null;
  if (text[start] !== '{') return 'whole';
  const end = text.indexOf('\n', start);
  if (end < 0) return null;
  try {
    const first: unknown = JSON.parse(text.slice(start, end));
    if (typeof first !== 'object' || first === null || Array.isArray(first)) return 'whole';
  } catch {
    return 'whole';
  }
  const second = text.slice(end).search(/\S/);
  if (second < 0) return null;
  return text[end + second] === '{' ? 'lines' : 'whole';
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => Array.isArray(v) && v.length)) as Partial<T>;
}
