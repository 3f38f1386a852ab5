/**
 * A JSON Lines file read as a stream, line by line, so that a file of a million lines is read in
 * the memory of its longest line and its first article reaches the stages before its last line
 * is read. Each line is checked on its own (its size, NUL bytes, UTF-8): a bad line is refused
 * alone at `<file>#<line>`, and the lines around it are read.
 *
 *   {"text": "Shelling hit Nikopol on Monday."}   → an item at feed.jsonl#1
 *   {"text": "Caf\xe9 closed."}                    → feed.jsonl#2: invalid UTF-8 (first bad byte at offset 13 of the line)
 */
import { firstInvalidByte } from './decode.js';
import { readJsonLine, type JsonFields } from './formats/json.js';
import type { ReadResult } from './formats/types.js';

/** A size for a reason: bytes below a megabyte, else megabytes to one decimal. */
export const sizeText = (n: number): string =>
  n < 1024 * 1024 ? `${n} bytes` : `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** One line's bytes (without its \n), or its size when it was longer than allowed (its bytes dropped as read). */
export type Line = { number: number; bytes: Buffer } | { number: number; tooLarge: number };

/** The lines of a stream of chunks, numbered from 1; a line over `maxBytes` is not held, only measured. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const add = (piece: Buffer): void => {
    size += piece.length;
    if (size > maxBytes) parts = [];
    else if (piece.length) parts.push(piece);
  };
  const take = (): Line => {
    const line: Line = size > maxBytes ? { number, tooLarge: size } : { number, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    number++;
    return line;
  };
  let open = false; // bytes after the last \n
  for await (const chunk of chunks) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = b.indexOf(0x0a, start); nl >= 0; nl = b.indexOf(0x0a, start)) {
      add(b.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    if (start < b.length) {
      add(b.subarray(start));
      open = true;
    } else open = false;
  }
  if (open) yield take();
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A line's text, or the reason it cannot be read (the same checks `decode` makes of a whole file). */
function decodeLine(line: Buffer, first: boolean): { text: string } | { reason: string } {
  const bytes = first && line.subarray(0, 3).equals(BOM) ? line.subarray(3) : line;
  if (bytes.indexOf(0) >= 0) return { reason: 'binary line (contains NUL bytes)' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: `invalid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)} of the line)` };
  }
}

/**
 * The items of a JSON Lines file, named `file`, from its chunks as they are read: one item or
 * refusal per non-blank line, in the file's order; a file without a line is refused whole.
 */
export async function* readJsonLinesStream(
  file: string,
  chunks: AsyncIterable<Buffer | string>,
  fields: JsonFields,
  maxLineBytes: number,
): AsyncGenerator<ReadResult> {
  let lines = 0;
  let items = 0;
  for await (const line of splitLines(chunks, maxLineBytes)) {
    lines++;
    const at = `${file}#${line.number}`;
    if ('tooLarge' in line) {
      items++;
      yield {
        error: true,
        file: at,
        reason: `line too large: ${sizeText(line.tooLarge)} (limit ${sizeText(maxLineBytes)})`,
      };
      continue;
    }
    const decoded = decodeLine(line.bytes, line.number === 1);
    if ('reason' in decoded) {
      items++;
      yield { error: true, file: at, reason: decoded.reason };
      continue;
    }
    const item = readJsonLine(file, line.number, decoded.text, fields);
    if (!item) continue;
    items++;
    yield item;
  }
  if (!items) yield { error: true, file, reason: lines ? 'empty file (only whitespace)' : 'empty file' };
}
