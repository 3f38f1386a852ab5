/**
 * Real news text for the feed-scale benches (TR-News and GeoWebNews in ../shared, read in
 * place, never copied into the project), copied as often as needed with a line of its own
 * appended to each copy, so that no two articles are the same.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGritta } from '../../eval/geo-data.js';

export const NEWS_TEXTS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../..',
  '..',
  'shared',
  'eval',
  'geoparse',
);
const shared = NEWS_TEXTS;

/** The news texts, one per document. */
export function texts(): string[] {
  const out: string[] = [];
  for (const kind of ['tr-news', 'geowebnews'] as const) {
    out.push(...parseGritta(readFileSync(join(shared, `${kind}.xml`), 'utf8'), kind).docs.map((d) => d.text));
  }
  return out;
}

/** The text of article `i` of the corpus: copy k of a text ends with its own line. */
export function articleText(base: string[], i: number): string {
  const copy = Math.floor(i / base.length);
  return base[i % base.length] + (copy ? `\n\nEdition ${copy} of this report, item ${i}.` : '');
}

/** `n` articles as JSON Lines, from article `from` on (see articleText). */
export function corpus(base: string[], n: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++)
    lines.push(JSON.stringify({ title: `Report ${i}`, text: articleText(base, i), published: '2022-09-10' }));
  return lines.join('\n') + '\n';
}
