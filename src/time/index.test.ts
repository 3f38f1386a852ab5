import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { resolveTime } from './index.js';
import { plainArticle } from '../testing/article.js';

function article(
  text: string,
  published: string | null,
  language: string | null = 'en',
  on_or_after: string | null = null,
): Article {
  return plainArticle(text, { published, language, published_on_or_after: on_or_after });
}

describe('resolveTime', () => {
  it('fills article.timexes in text order with ACLED time_precision', () => {
    const text = 'The army said on Tuesday it had advanced this week, after heavy losses in late February.';
    const out = resolveTime(article(text, '2023-03-10')).timexes!;
    expect(out.map((t) => [t.text, t.date, t.time_precision])).toEqual([
      ['on Tuesday', '2023-03-07', 1],
      ['this week', '2023-03-06', 2],
      ['in late February', '2023-02-21', 3],
    ]);
    for (const t of out) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('stays silent on wars, ages, bare numbers and times of day', () => {
    const text =
      'A veteran of the Second World War, aged 95, and a 45-year-old man said 300 people came at about 6:30 p.m. local time.';
    expect(resolveTime(article(text, '2023-03-10')).timexes).toEqual([]);
  });

  it('falls back to published_on_or_after, and says the relative dates are the earliest they can be', () => {
    const a = resolveTime(
      article(
        'The town was freed this month, on Tuesday, after a siege that began on 4 June 2022.',
        null,
        'en',
        '2023-03-18',
      ),
    );
    expect(a.timexes).toMatchObject([
      { text: 'this month', date: '2023-03-01', endDate: '2023-03-18', precision: 'month' },
      { text: 'on Tuesday', date: '2023-03-14' },
      { text: 'on 4 June 2022', date: '2022-06-04' },
    ]);
    expect(a.messages).toMatchObject([
      {
        stage: 'time',
        severity: 'info',
        message:
          '2 relative dates resolved against the earliest possible publication date, 2023-03-18: each is the earliest it can be',
      },
    ]);
    // a dated article, or one with only absolute dates, says nothing
    expect(resolveTime(article('The town was freed on Tuesday.', '2023-03-18')).messages).toEqual([]);
    expect(resolveTime(article('The siege began on 4 June 2022.', null, 'en', '2023-03-18')).messages).toEqual([]);
  });

  it('reports relative expressions it cannot resolve without a publication date, and keeps absolute ones', () => {
    const out = resolveTime(article('On Monday the mayor said the siege ended on 4 June 2022.', null));
    expect(out.timexes!.map((t) => t.date)).toEqual(['2022-06-04']);
    expect(out.messages).toMatchObject([
      {
        stage: 'time',
        severity: 'warning',
        message: "date unresolved: 'On Monday' without a publication date",
        span: { start: 0, end: 9 },
      },
    ]);
  });

  it('returns nothing for a long run of words without punctuation', () => {
    // prettier-ignore
    const words = ['the', 'army', 'may', 'march', 'on', 'towards', 'the', 'river', 'while', 'today', 'show', 'hosts', 'talk'];
    const text = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
    // "today" is a date wherever it stands; everything else must stay silent.
    const out = resolveTime(article(text.replace(/today/g, 'tonal'), '2023-03-10'));
    expect(out.timexes).toEqual([]);
    expect(out.messages).toEqual([]);
  });

  it('skips another language with a message and finds nothing in Cyrillic text', () => {
    const fr = resolveTime(article("L'armée a avancé jeudi 8 septembre.", '2023-03-10', 'fr'));
    expect(fr.timexes).toEqual([]);
    expect(fr.messages[0].message).toMatch(/language 'fr'/);
    expect(resolveTime(article('Війська просунулися в четвер.', '2023-03-10', null)).timexes).toEqual([]);
  });
});
