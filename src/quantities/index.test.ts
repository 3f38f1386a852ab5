import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { extractQuantities, findQuantities } from './index.js';
import { plainArticle } from '../testing/article.js';

function article(text: string, language: string | null = 'en'): Article {
  return plainArticle(text, { published: '2023-03-10', language });
}

describe('extractQuantities', () => {
  it('fills article.quantities in text order with spans into the text', () => {
    const text =
      'The governor said 4 people were killed. Forces moved 20 km and took some 300 km2; 15 tanks were lost.';
    const out = extractQuantities(article(text)).quantities!;
    expect(out.map((q) => q.counts)).toEqual(['killed', 'depth of advance', 'territory', 'tanks']);
    for (const q of out) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('lets the longer reading win where two families overlap', () => {
    expect(findQuantities('three Ukrainian soldiers were killed')).toMatchObject([{ counts: 'killed', value: 3 }]);
    expect(findQuantities('within 50 kilometers, about 30 miles, of the border')).toMatchObject([
      { si_value: 50, qualifier: null },
      { si_value: 48.3, qualifier: 'about' },
    ]);
  });

  it('returns nothing for a long run of words without punctuation', () => {
    // prettier-ignore
    const words = ['the', 'army', 'said', 'troops', 'moved', 'towards', 'the', 'river', 'some', 'of', 'them', 'were', 'killed'];
    const text = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
    expect(extractQuantities(article(text)).quantities).toEqual([]);
  });

  it('skips text in another language with a message, and finds nothing in Cyrillic text either', () => {
    const fr = extractQuantities(article("L'armée a repris 300 km2 jeudi.", 'fr'));
    expect(fr.quantities).toEqual([]);
    expect(fr.messages[0].message).toMatch(/language 'fr'/);
    expect(extractQuantities(article('Війська просунулися вперед, повідомили в штабі.', null)).quantities).toEqual([]);
  });
});
