/**
 * Words from the text must never find `Object.prototype`'s members: every stage, article and
 * corpus, is fed an article made of their names in sentence contexts and must neither throw
 * nor report a failed stage.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from './ingest/article.js';
import { analyseArticle, analyseCorpus } from './pipeline.js';

const NAMES = Object.getOwnPropertyNames(Object.prototype); // constructor, __proto__, toString, valueOf, hasOwnProperty …
const cap = (w: string) => w.replace(/^_*[a-z]/, (c) => c.toUpperCase());

function hostileText(): string {
  const lines = ['KYIV, Sept 9 (Reuters) - Constructor said that toString shelled __proto__ near valueOf.'];
  for (const w of NAMES) {
    const W = cap(w);
    lines.push(
      `${W} said on Friday that ${w} forces shelled ${W} near ${W}, according to ${W}.`,
      `"We took ${W}," ${W} told ${w} on ${W} ${w}, the ${W} ministry said.`,
      `Russian troops advanced 5 km from ${W} towards ${w}; ${W} News reported 3 killed in ${W} Oblast.`,
      `${W.toUpperCase()} claimed ${w} ${W} destroyed two tanks ${w} ago, ${W} ${w} and ${W} said.`,
    );
  }
  return lines.join('\n\n');
}

describe('pipeline: names of Object.prototype members in the text', () => {
  it('runs every article and corpus stage without throwing or a failed stage', () => {
    const raw = {
      path: 'prototype.txt',
      format: 'text' as const,
      text: hostileText(),
      title: 'Constructor',
      outlet: 'toString',
      published: '2022-09-09',
    };
    const article = buildArticle(raw);
    const analysed = analyseArticle(article);
    const failed = analysed.messages.filter((m) => m.severity === 'error');
    expect(failed).toEqual([]);
    const corpus = analyseCorpus([
      analysed,
      analyseArticle(buildArticle({ ...raw, path: 'b.txt', text: raw.text + '\n\nvalueOf.' })),
    ]);
    expect(corpus.articles).toHaveLength(2);
  });
});
