import { describe, expect, it } from 'vitest';
import { textArticle, type Article } from '../model.js';
import { tokenize } from '../text/analyse.js';
import { hashtag as rule } from './hashtag.js';
import { geoparse } from './index.js';

const article = (text: string): Article => textArticle(text);
const tags = (s: string) => tokenize(s).tokens.filter((t) => t.type === 'hashtag');

describe(rule.name, () => {
  for (const s of rule.examples.matches) {
    it('reads the word of: ' + s, () => {
      const w = rule.word(tags(s)[0]);
      expect(w?.text).toBe('Kherson');
      expect(s.slice(w!.start, w!.end)).toBe('Kherson');
    });
  }
  for (const s of rule.examples.mustNot) {
    it('leaves the slogan of: ' + s, () => expect(tags(s).map((t) => rule.word(t))).toEqual(tags(s).map(() => null)));
  }
  it('geoparses the hashtag as a toponym without its "#"', () => {
    const t = geoparse(article(rule.examples.matches[0])).toponyms ?? [];
    expect(t.map((x) => [x.text, x.place?.country])).toEqual([['Kherson', 'UA']]);
  });
});
