/**
 * Large read-only files that every thread of the article pool reads alike (the compiled
 * gazetteer and the attribution tagger's feature table, 58 and 32 MB), read once into shared
 * memory by the thread that starts the pool and handed to each thread it starts: N threads hold
 * one copy instead of N, and threads running at once look features and names up in the same
 * memory, one copy in the processor's cache where each thread's own copy crowded out the other's.
 *
 * Without a handed copy (one process, one thread; a file not built yet when the pool started) a
 * file is read from disk as before. A handed copy serves the first reading of its file only: a
 * file read again was rebuilt (a stale gazetteer), and comes from disk.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** Files by path, each in shared memory (a Map crosses to a thread with its buffers shared). */
export type SharedFiles = ReadonlyMap<string, SharedArrayBuffer>;

/** These files (those that exist) read whole into shared memory. */
export function shareFiles(paths: readonly string[]): SharedFiles {
  const out = new Map<string, SharedArrayBuffer>();
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const memory = new SharedArrayBuffer(size);
      const bytes = new Uint8Array(memory);
      for (let at = 0; at < size;) {
        const read = readSync(fd, bytes, at, size - at, at);
        if (read === 0) throw new Error(`${path}: ended after ${at} of ${size} bytes`);
        at += read;
      }
      out.set(path, memory);
    } finally {
      closeSync(fd);
    }
  }
  return out;
}

let handed = new Map<string, SharedArrayBuffer>();

/** In a thread the pool started: the files its starter shared (see the top of this file). */
export function useSharedFiles(files: SharedFiles | undefined): void {
  handed = new Map(files);
}

/** The file's bytes: its shared copy when one was handed and not yet read, else read from disk. */
export function readShared(path: string): Buffer {
  const memory = handed.get(path);
  if (!memory) return readFileSync(path);
  handed.delete(path);
  return Buffer.from(memory);
}
