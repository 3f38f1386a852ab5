import { describe, expect, it } from 'vitest';
import { textArticle, type Article } from '../model.js';
import { geoparse } from './index.js';

const article = (text: string): Article => textArticle(text);

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

  it('resolves French, German and Russian-based spellings, and skips foreign function words', () => {
    const out = geoparse(article('Les combats à Louhansk et Zaporijia. Die Kämpfe um Charkiw.'));
    expect(out.toponyms!.map((t) => [t.text, t.place?.geonameid])).toEqual([
      ['Louhansk', 702658],
      ['Zaporijia', 687700],
      ['Charkiw', 706483],
    ]);
    // the Soviet-era name of Bakhmut; alone, the larger of the two towns once called so
    expect(geoparse(article('Shelling of Artemovsk went on.')).toponyms![0].place?.geonameid).toBe(713174);
  });

  it('finds nothing in text without place names', () => {
    expect(geoparse(article('Nothing happened today.')).toponyms).toEqual([]);
  });
});
