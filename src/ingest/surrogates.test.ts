/**
 * A JSON escape of a lone surrogate ("\ud83d") is one UTF-16 unit with no character: it becomes
 * one U+FFFD before any offset is computed, so every span after it still points at its text,
 * in the article and after a round trip through the store (issue 18).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { analyseArticle } from '../pipeline.js';
import { Store } from '../store/index.js';
import { ingest } from './index.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sitrep-surrogates-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// the JSON text holds the escapes themselves, as a scraper writes them
const jsonl = [
  String.raw`{"text": "Alert \ud83d: Russian forces shelled Kharkiv on Friday, the governor said. \ude00 Ukrainian troops entered Izium.", "title": "Lone \udc00 surrogates", "published": "2022-09-09"}`,
].join('\n');

async function read(): Promise<Article> {
  const file = path.join(tmp, 'lone.jsonl');
  writeFileSync(file, jsonl);
  for await (const r of ingest([file])) if (r.kind === 'article') return r.article;
  throw new Error('no article');
}

const spansOf = (a: Article) =>
  [...(a.toponyms ?? []), ...(a.entities ?? []).flatMap((e) => e.mentions ?? [])].filter(
    (s) => typeof s.start === 'number',
  );
function expectSpansPointAtText(a: Article) {
  const spans = spansOf(a);
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
}

describe('lone surrogates', () => {
  it('are one U+FFFD each, in the text and the title', async () => {
    const a = await read();
    expect(a.text).toBe(
      'Alert \uFFFD: Russian forces shelled Kharkiv on Friday, the governor said. \uFFFD Ukrainian troops entered Izium.',
    );
    expect(a.title).toBe('Lone \uFFFD surrogates');
  });
  it('leave every span pointing at its text, also after the store', async () => {
    const a = analyseArticle(await read());
    expect(a.toponyms?.map((t) => t.text)).toEqual(expect.arrayContaining(['Kharkiv', 'Izium']));
    expectSpansPointAtText(a);
    const store = Store.open(path.join(tmp, 'sitrep.db'));
    try {
      store.saveArticle(a);
      const [back] = store.loadArticles();
      expect(back.text).toBe(a.text);
      expectSpansPointAtText(back);
    } finally {
      store.close();
    }
  });
});
