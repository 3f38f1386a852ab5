/**
 * The kind of an input, by extension and by its first characters (stdin and unknown
 * extensions have only the latter; a .xml file may be RSS or Atom).
 *
 *   sniff('a.md', '# Title')               → 'markdown'
 *   sniff('-', '<?xml …><rss version="2.0">') → 'rss'
 *   sniff('notes.txt', 'Troops entered…')  → 'text'
 */
import path from 'node:path';
import { feedKind } from './formats/feed.js';

type Kind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

const BY_EXTENSION: ReadonlyMap<string, Kind> = new Map(
  Object.entries({
    '.md': 'markdown',
    '.markdown': 'markdown',
    '.html': 'html',
    '.htm': 'html',
    '.xhtml': 'html',
    '.json': 'json',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
  }),
);

export function sniff(file: string, text: string): Kind {
  const ext = path.extname(file).toLowerCase();
  const head = text.slice(0, 2000).trimStart();
  const feed = feedKind(head);
  if (ext === '.rss' || ext === '.atom' || ext === '.xml') return feed ?? (ext === '.atom' ? 'atom' : 'rss');
  const byExt = BY_EXTENSION.get(ext);
  if (byExt === 'json' && !isJsonDocument(text) && isJsonLines(text)) return 'jsonl';
  if (byExt) return byExt;
  // .txt, no extension, stdin: look at the content
  if (/^<\?xml/i.test(head) && feed) return feed;
  if (feed && /^</.test(head)) return feed;
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^[[{]/.test(head)) {
    if (isJsonDocument(text)) return 'json';
    if (isJsonLines(text)) return 'jsonl';
  }
  if (/^#{1,2} \S/m.test(text.slice(0, 3000)) && /(^#{1,6} |\]\(|^\s*[-*] |\*\*|^> )/m.test(text)) return 'markdown';
  return 'text';
}

function isJsonDocument(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.slice(0, 5).every((l) => /^\s*\{/.test(l));
}
