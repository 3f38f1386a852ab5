/**
 * JSON (one object, or an array of objects) and JSON Lines (an object per line), with
 * configurable field names. A malformed line is an error at `<file>#<line>`; the other lines
 * still become articles.
 */
import type { InputFormat } from '../../model.js';
import { readDateField } from '../dates.js';
import { htmlNodeToText, looksLikeHtml } from './html-text.js';
import { parseHTML } from 'linkedom';
import { readItem, type ReadResult } from './types.js';
import { oneLine } from '../../text/one-line.js';

export interface JsonFields {
  text: string[];
  title: string[];
  url: string[];
  published: string[];
  outlet: string[];
}

export const DEFAULT_FIELDS: JsonFields = {
  text: ['text', 'body', 'content'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  published: ['published', 'date', 'pubDate'],
  outlet: ['outlet', 'source', 'site'],
};

// own fields only: a field named "constructor" in the options must not find Object's function
const pick = (o: Record<string, unknown>, names: string[]): unknown => {
  for (const n of names) {
    const v: unknown = Object.getOwnPropertyDescriptor(o, n)?.value;
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
};
const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
    return (v as { name: string }).name.trim() || null;
  return null;
};

function record(path: string, format: InputFormat, value: unknown, fields: JsonFields): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { error: true, file: path, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const raw = pick(o, fields.text);
  if (typeof raw !== 'string' || !raw.trim())
    return { error: true, file: path, reason: `no text field (${fields.text.join('|')})` };
  // an item's own date field is its date: a refused date refuses the item, with the reason
  const published = readDateField(pick(o, fields.published));
  if ('reason' in published) return { error: true, file: path, reason: published.reason };
  const text = looksLikeHtml(raw) ? htmlNodeToText(parseHTML(`<html><body>${raw}</body></html>`).document.body) : raw;
  return {
    path,
    format,
    text,
    title: str(pick(o, fields.title)),
    url: str(pick(o, fields.url)),
    published: published.date,
    outlet: str(pick(o, fields.outlet)),
    byline: str(o.author ?? o.byline),
  };
}

export function readJson(path: string, source: string, fields: JsonFields): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    return [{ error: true, file: path, reason: `malformed JSON: ${oneLine((err as Error).message)}` }];
  }
  if (Array.isArray(value)) {
    if (!value.length) return [{ error: true, file: path, reason: 'JSON array has no articles' }];
    return value.map((v, i) => readItem(`${path}#${i + 1}`, () => record(`${path}#${i + 1}`, 'json', v, fields)));
  }
  return [readItem(path, () => record(path, 'json', value, fields))];
}

export function readJsonLines(path: string, source: string, fields: JsonFields): ReadResult[] {
  const out: ReadResult[] = [];
  source.split('\n').forEach((line, i) => {
    const r = readJsonLine(path, i + 1, line, fields);
    if (r) out.push(r);
  });
  if (!out.length) return [{ error: true, file: path, reason: 'JSON Lines file has no lines' }];
  return out;
}

/**
 * Line `number` of a JSON Lines file (1-based), as an item at `<file>#<number>` or its refusal;
 * null for a blank line. The whole-file reader and the streaming one (src/ingest/lines.ts) share it.
 */
export function readJsonLine(path: string, number: number, line: string, fields: JsonFields): ReadResult | null {
  if (!line.trim()) return null;
  const linePath = `${path}#${number}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: true, file: linePath, reason: `malformed JSON line: ${oneLine((err as Error).message)}` };
  }
  return readItem(linePath, () => record(linePath, 'jsonl', value, fields));
}
