/**
 * Readers the tests use to check what the exporters write: an RFC 4180 parser, an RFC 7946
 * validator, and each format as a store streams it beside the same format of its corpus in memory.
 */
import { collect } from '../../src/export/source.js';
import { exportText, formats, isFormat } from '../../src/export/index.js';
import type { StoreBackend } from '../../src/store/backend.js';

/** Per format: [streamed from the store row by row, written from the corpus the store loads whole]. */
export async function exportsBothWays(store: StoreBackend): Promise<Map<string, [string, string]>> {
  const out = new Map<string, [string, string]>();
  const corpus = await store.loadCorpus();
  for (const format of Object.keys(formats)) {
    if (!isFormat(format)) continue;
    const streamed = await store.readCorpus(async (source) => (await collect(formats[format].write(source))).join(''));
    out.set(format, [streamed, await exportText(format, corpus)]);
  }
  return out;
}

/** Parses RFC 4180 CSV (CRLF or LF record ends, quoted fields with doubled quotes). Throws on malformed quoting. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && !',\r\n'.includes(text[i])) throw new Error(`text after closing quote at ${i}`);
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (fieldStarted && field.length) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field.length || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The problems RFC 7946 finds in a FeatureCollection of Points (empty when valid). */
export function geoJsonProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const fc = doc as Record<string, unknown>;
  if (typeof fc !== 'object' || fc === null || fc.type !== 'FeatureCollection') return ['not a FeatureCollection'];
  if ('crs' in fc) problems.push('has a crs member (removed in RFC 7946)');
  if (!Array.isArray(fc.features)) return [...problems, 'features is not an array'];
  fc.features.forEach((f: Record<string, unknown>, i: number) => {
    if (f?.type !== 'Feature') problems.push(`feature ${i}: type is not Feature`);
    if (!('properties' in f) || (f.properties !== null && typeof f.properties !== 'object')) {
      problems.push(`feature ${i}: properties must be an object or null`);
    }
    if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number')
      problems.push(`feature ${i}: id not string/number`);
    const g = f.geometry as Record<string, unknown> | null;
    if (g === null) return;
    if (g?.type !== 'Point') return void problems.push(`feature ${i}: geometry is not a Point`);
    const c = g.coordinates as unknown[];
    if (
      !Array.isArray(c) ||
      c.length < 2 ||
      c.length > 3 ||
      !c.every((x) => typeof x === 'number' && Number.isFinite(x))
    ) {
      return void problems.push(`feature ${i}: coordinates must be 2 or 3 finite numbers`);
    }
    const [lon, lat] = c as number[];
    if (lon < -180 || lon > 180) problems.push(`feature ${i}: longitude ${lon} out of range`);
    if (lat < -90 || lat > 90) problems.push(`feature ${i}: latitude ${lat} out of range`);
  });
  return problems;
}
