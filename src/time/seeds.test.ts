import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { present, seedArticles } from '../testing/seeds.js';
import { resolveTime } from './index.js';

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
// The week of 5–11 September 2022, in which every seed article reports.
const WEEK: Record<string, string> = {
  Monday: '2022-09-05',
  Tuesday: '2022-09-06',
  Wednesday: '2022-09-07',
  Thursday: '2022-09-08',
  Friday: '2022-09-09',
  Saturday: '2022-09-10',
  Sunday: '2022-09-11',
};

describe.skipIf(!present)('seed articles: time expressions', async () => {
  const articles = present ? await seedArticles(resolveTime) : new Map<string, Article>();

  it('resolves every weekday to its day in the week of publication', () => {
    const wrong: string[] = [];
    for (const [file, a] of articles) {
      if (!a.published) continue;
      for (const m of a.text.matchAll(WEEKDAY)) {
        const at = m.index!;
        const t = a.timexes!.find((x) => x.start <= at && at < x.end);
        if (!t || t.date !== WEEK[m[1]]) wrong.push(`${basename(file)}@${at} ${m[1]} → ${t?.date ?? 'not found'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves relative days, the night into a date and the month to publication', () => {
    const byFile = (published: string) => [...articles.values()].filter((a) => a.published === published);
    const at = (a: Article, re: RegExp) =>
      [...a.text.matchAll(re)].map((m) => a.timexes!.find((x) => x.start <= m.index! && m.index! < x.end));
    // Published Friday 9 September: this morning and today are that Friday; yesterday is Thursday.
    for (const a of byFile('2022-09-09')) {
      for (const t of at(a, /\b(?:this morning|today)\b/gi)) expect(t?.date).toBe('2022-09-09');
      for (const t of at(a, /\byesterday\b/gi)) expect(t?.date).toBe('2022-09-08');
    }
    // Published 10 September: the night into 10 September.
    const night = byFile('2022-09-10').flatMap((a) => at(a, /overnight into/g));
    expect(night.length).toBeGreaterThan(0);
    for (const t of night) expect(t?.endDate ?? t?.date).toBe('2022-09-10');
    // Only a lower bound on publication (17 September): "this month" is September 2022.
    const undated = [...articles.values()].filter((a) => !a.published);
    const months = undated.flatMap((a) => at(a, /\bthis month\b/g));
    expect(months.length).toBeGreaterThan(0);
    for (const t of months) expect(t).toMatchObject({ date: '2022-09-01', precision: 'month', time_precision: 3 });
  });

  it('puts every month-and-day without a year in 2022', () => {
    for (const a of articles.values()) {
      for (const t of a.timexes!)
        if (t.precision === 'day') expect(t.date.slice(0, 4), `${a.path}: ${t.text}`).toBe('2022');
    }
  });
});
