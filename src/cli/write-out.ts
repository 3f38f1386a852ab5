/** Writing an export's text as it is made: to a stream, or to a file that appears only once whole. */
import { rmSync, renameSync, createWriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// pieces are gathered to about this many characters a write: a write per JSON element or CSV row costs more than its text
const BATCH = 64 * 1024;

async function* batches(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let batch = '';
  for await (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/**
 * Writes the pieces to `out` (left open: stdout) in order, reading on only when `out` takes more
 * (a batch in its buffer, one waiting), so that memory stays bounded however long the text.
 */
export async function writePieces(pieces: AsyncIterable<string>, out: Writable): Promise<void> {
  await pipeline(Readable.from(batches(pieces), { highWaterMark: 1 }), out, { end: false });
}

/**
 * Writes the pieces to a temporary file beside `path`, then renames it to `path`: a reader never
 * sees a half-written export, and one that fails leaves the earlier file (if any) as it was.
 */
export async function writeFileWhole(path: string, pieces: AsyncIterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await pipeline(Readable.from(batches(pieces), { highWaterMark: 1 }), createWriteStream(temporary));
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}
