import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../model.js';
import { contentId } from './article.js';
import { estimateJaccard, linkDuplicates, minhashSignature } from './duplicates.js';

const WIRE =
  'Ukrainian forces pushed deeper into the Kharkiv region on Saturday, entering the rail hub of Kupiansk after a rapid advance that caught Russian units off guard, ' +
  'officials in Kyiv said. Photographs shared by the security service showed soldiers holding a flag outside the town hall while residents watched from doorways. ' +
  'The Russian defence ministry said its troops were regrouping towards Donetsk to strengthen positions there, a statement that military bloggers in Moscow greeted with anger. ' +
  'Further south, shelling continued around Bakhmut, where regional officials said three civilians had been killed overnight and a school had been damaged.';

const article = (path: string, text: string, published: string | null): Article => ({
  id: contentId(text), path, format: 'text', text, title: null, url: null, outlet: null, published, published_on_or_after: null,
  wire: [], language: 'en', duplicate_of: null, signature: minhashSignature(text), messages: [],
});
const corpus = (articles: Article[]): Corpus => ({ articles, entities: [], events: [], disputes: [], checks: [] });

describe('near-duplicates', () => {
  const a = article('b/first.txt', WIRE, '2022-09-10');
  const b = article('a/copy.txt', `Kupiansk Falls to Ukrainian Troops\n\n${WIRE}\nThe outlet contributed to this report.`, '2022-09-11');
  const c = article('c/other.txt', 'Residents of Kupiansk queued for water on Saturday as engineers repaired a pumping station damaged in the fighting, the mayor said, adding that power would take longer to restore.', '2022-09-10');

  it('estimates high similarity for the same wire story and low for a different story', () => {
    expect(estimateJaccard(a.signature!, b.signature!)).toBeGreaterThanOrEqual(0.5);
    expect(estimateJaccard(a.signature!, c.signature!)).toBeLessThan(0.2);
    expect(minhashSignature(WIRE)).toEqual(a.signature);
  });
  it('links copies to the earliest member, whatever the input order', () => {
    for (const order of [[a, b, c], [c, b, a], [b, c, a]]) {
      const linked = linkDuplicates(corpus(order)).articles;
      const byPath = Object.fromEntries(linked.map((x) => [x.path, x.duplicate_of]));
      expect(byPath).toEqual({ 'b/first.txt': null, 'a/copy.txt': a.id, 'c/other.txt': null });
    }
  });
  it('breaks a date tie by path', () => {
    const b2 = { ...b, published: '2022-09-10' };
    const linked = linkDuplicates(corpus([a, b2])).articles;
    expect(linked.find((x) => x.path === 'b/first.txt')!.duplicate_of).toBe(b2.id);
    expect(linked.find((x) => x.path === 'a/copy.txt')!.duplicate_of).toBeNull();
  });
  it('gives identical text the same id', () => {
    expect(contentId(WIRE)).toBe(article('x.txt', WIRE, null).id);
    expect(contentId(WIRE)).toMatch(/^[0-9a-f]{16}$/);
  });
});
