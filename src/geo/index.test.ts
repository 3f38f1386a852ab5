import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { geoparse } from './index.js';

const article = (text: string): Article => ({
  id: 't', path: 't.txt', format: 'text', text, title: null, url: null, outlet: null, published: null,
  published_on_or_after: null, wire: [], language: 'en', duplicate_of: null, messages: [],
});

describe('geo stage', () => {
  it('tokenises by itself when the text stage has not run, and keeps the input intact', () => {
    const input = article('Shells fell on Kharkiv and Izyum.');
    const out = geoparse(input);
    expect(input.toponyms).toBeUndefined();
    expect(out.toponyms!.map((t) => [t.text, out.text.slice(t.start, t.end), t.place?.geonameid])).toEqual([
      ['Kharkiv', 'Kharkiv', 706483],
      ['Izyum', 'Izyum', 707292],
    ]);
    for (const t of out.toponyms!) {
      expect(t.confidence).toBeGreaterThan(0.5);
      expect(t.evidence!.length).toBeGreaterThan(0);
    }
  });

  it('finds nothing in text without place names', () => {
    expect(geoparse(article('Nothing happened today.')).toponyms).toEqual([]);
  });
});
