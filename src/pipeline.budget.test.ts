import { describe, expect, it } from 'vitest';
import { textArticle } from './model.js';
import { analyseArticle, articleStages, prepareStages } from './pipeline.js';

describe('analyseArticle: the time budget', () => {
  it('past its budget, skips the stages not yet run, one message each naming it, and keeps what finished', () => {
    const a = analyseArticle(textArticle('Russian forces shelled Nikopol on Monday, the governor said.'), {
      seconds: 0,
    });
    const skipped = a.messages.filter((m) => m.severity === 'warning' && m.message.startsWith('not run: '));
    // the first stage always runs: an article is never left with nothing
    expect(skipped.map((m) => m.stage)).toEqual(articleStages.slice(1).map((s) => s.name));
    expect(skipped[0]!.message).toMatch(/of its 0 s budget \(--article-timeout\)/);
  });
  it('within its budget, runs every stage', () => {
    const a = analyseArticle(textArticle('Russian forces shelled Nikopol on Monday, the governor said.'));
    expect(a.messages.some((m) => m.message.startsWith('not run: '))).toBe(false);
    expect(a.events?.length).toBeGreaterThan(0);
  });
  it('loads the stages’ resources before the first article’s clock starts, once per process', () => {
    // the gazetteer and the tagger's weights: loading them is no article's time
    expect(articleStages.filter((s) => s.prepare).map((s) => s.name)).toEqual(['geo', 'attribution']);
    let calls = 0;
    const geo = articleStages.find((s) => s.name === 'geo')!;
    const original = geo.prepare;
    geo.prepare = () => {
      calls++;
      original?.();
    };
    try {
      prepareStages();
      prepareStages();
      analyseArticle(textArticle('Troops shelled the town on Monday.'));
    } finally {
      geo.prepare = original;
    }
    // earlier tests in this file already prepared this process: nothing is loaded twice
    expect(calls).toBe(0);
  });
});
