/**
 * Expands the command line's inputs into files to read, in a deterministic order: a file as
 * given, a directory walked recursively in sorted order, a glob matched from its fixed prefix,
 * and "-" for stdin. What cannot be expanded becomes an error naming the input.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { globBase, globToRegExp, isGlob } from './glob.js';

export type Source =
  { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; file: string; reason: string };

/** Extensions read when walking a directory (explicit files are read whatever their name). */
// prettier-ignore
const ARTICLE_EXTENSIONS = new Set([
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '',
]);

export async function* expandInputs(inputs: string[]): AsyncGenerator<Source> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(input);
    } catch (err) {
      if (!isGlob(input)) {
        yield { kind: 'error', file: input, reason: fsReason(err) };
        continue;
      }
    }
    if (st?.isDirectory()) {
      let found = 0;
      for await (const s of walk(input)) {
        if (s.kind === 'file') found++;
        yield s;
      }
      if (found === 0)
        yield {
          kind: 'error',
          file: input,
          reason: 'directory holds no file of a known kind (.txt, .md, .html, .json, .jsonl, .xml, .rss, .atom)',
        };
    } else if (st) {
      yield { kind: 'file', path: input };
    } else {
      yield* expandGlob(input);
    }
  }
}

async function* walk(dir: string): AsyncGenerator<Source> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'error', file: dir, reason: fsReason(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    // a symlinked file is read; a symlinked directory is not followed (it could loop)
    const isFile =
      e.isFile() ||
      (e.isSymbolicLink() &&
        (await stat(p).then(
          (x) => x.isFile(),
          () => false,
        )));
    if (e.isDirectory()) yield* walk(p);
    else if (isFile && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) yield { kind: 'file', path: p };
  }
}

async function* expandGlob(pattern: string): AsyncGenerator<Source> {
  const normalised = pattern.split(path.sep).join('/');
  const base = globBase(normalised);
  const re = globToRegExp(normalised.startsWith('./') ? normalised.slice(2) : normalised);
  let matched = 0;
  // without `**` a pattern cannot match deeper than its own number of segments
  const rest = normalised
    .slice(base === '.' ? 0 : base.length)
    .split('/')
    .filter(Boolean);
  const depth = rest.some((seg) => seg.includes('**')) ? Infinity : rest.length;
  for await (const s of walkAll(base, depth)) {
    const rel = s.split(path.sep).join('/');
    const candidate = rel.startsWith('./') ? rel.slice(2) : rel;
    if (re.test(candidate)) {
      matched++;
      yield { kind: 'file', path: s };
    }
  }
  if (matched === 0) yield { kind: 'error', file: pattern, reason: 'no file matches this pattern' };
}

async function* walkAll(dir: string, depth: number): AsyncGenerator<string> {
  if (depth <= 0) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = dir === '.' ? e.name : path.join(dir, e.name);
    if (e.isDirectory()) yield* walkAll(p, depth - 1);
    else if (e.isFile() || e.isSymbolicLink()) yield p;
  }
}

/** One clear reason for a file-system error. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (file is not readable)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read: ${(err as Error)?.message ?? String(err)}`;
  }
}
