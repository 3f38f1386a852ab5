import { describe, expect, it } from 'vitest';
import { textArticle } from '../model.js';
import { analyseArticle } from '../pipeline.js';

describe('leaders named in the conflict profiles', () => {
  it('speak for their side when the words around them say nothing', () => {
    const a = analyseArticle(
      textArticle('Abdel Fattah al-Burhan told reporters on Monday that the talks would resume in Juba.', 'l', {
        published: '2022-06-06',
      }),
    );
    const burhan = a.entities?.find((e) => /Burhan/u.test(e.canonical));
    expect(burhan?.side).toBe('Sudan');
    expect(burhan?.sideEvidence).toMatch(/conflict profiles/u);
  });
  it('do not lend their side to another person of the same surname', () => {
    const a = analyseArticle(
      textArticle('Anna Dagalo, a teacher, said on Monday that the school had reopened.', 'l', {
        published: '2022-06-06',
      }),
    );
    const anna = a.entities?.find((e) => /Anna Dagalo/u.test(e.canonical));
    expect(anna).toBeDefined();
    expect(anna?.side ?? null).toBeNull();
  });
});
