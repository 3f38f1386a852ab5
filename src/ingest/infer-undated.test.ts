import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { buildArticle } from './article.js';
import { asRead, inferUndatedDates, redate } from './infer-undated.js';

const make = (path: string, text: string): Article => buildArticle({ path, format: 'text', text });

const dated1 = make(
  'a.txt',
  'Engineers Reach Izium\n\nSeptember 12, 2022\n\nEngineers reached Izium and Kupiansk as troops moved past Balakliia, officials in Kharkiv said.',
);
const dated2 = make(
  'b.txt',
  'Power Returns\n\nSeptember 13, 2022\n\nPower returned to parts of Izium while crews worked near Kupiansk and Balakliia, the governor of Kharkiv said.',
);
const weekdaysOnly = make(
  'c.txt',
  'Queues at the Checkpoint\n\nOn Monday, volunteers drove aid into Izium from Kharkiv, and on Tuesday a convoy reached Kupiansk and Balakliia, a coordinator said.',
);
const unrelated = make(
  'd.txt',
  'Harvest Report\n\nFarmers near Odesa and Mykolaiv said on Tuesday that the harvest in Kherson province was late.',
);
const yearless = make(
  'e.txt',
  'Bridge Repaired\n\nCrews repaired the bridge at Izium on September 12, after shelling near Kupiansk and Balakliia, officials in Kharkiv said. On Wednesday the first lorries crossed.',
);

describe('inferUndatedDates', () => {
  it('leaves the articles as ingest found them before the batch is seen', () => {
    expect(weekdaysOnly.published).toBeNull();
    expect(yearless.published).toBeNull();
    expect(yearless.messages.map((m) => m.message).join()).toMatch(/without a year/);
  });
  it('anchors a weekday-only article to the weekday nearest to related dated articles', () => {
    const out = inferUndatedDates([dated1, dated2, weekdaysOnly, unrelated]);
    const c = out.find((a) => a.path === 'c.txt')!;
    expect(c.published).toBe('2022-09-13');
    expect(c.messages.at(-1)!.message).toMatch(
      /Tuesday nearest to the median date \(2022-09-12\) of 2 related dated articles/,
    );
  });
  it('guesses nothing when no dated article shares its places', () => {
    const out = inferUndatedDates([dated1, dated2, weekdaysOnly, unrelated]);
    const d = out.find((a) => a.path === 'd.txt')!;
    expect(d.published).toBeNull();
    expect(d.messages.at(-1)!.message).toMatch(/left unknown/);
  });
  it('gives yearless dates the batch year, then applies the weekday rule', () => {
    const out = inferUndatedDates([yearless, dated1, dated2]);
    expect(out[0].published).toBe('2022-09-14');
    expect(out[1]).toBe(dated1);
  });
  it('does not depend on input order', () => {
    const a = inferUndatedDates([dated1, dated2, weekdaysOnly, unrelated, yearless]);
    const b = inferUndatedDates([yearless, unrelated, weekdaysOnly, dated2, dated1]);
    const key = (list: Article[]) => Object.fromEntries(list.map((x) => [x.path, x.published]));
    expect(key(a)).toEqual(key(b));
  });
  it('keeps what it changed in read_dates, and starts from it again: a second pass over more articles dates as one pass does', () => {
    // first seen alone: nothing to date it from
    const [alone] = inferUndatedDates([weekdaysOnly]);
    expect(alone.published).toBeNull();
    expect(alone.read_dates).toEqual({
      published: null,
      published_on_or_after: null,
      messages: weekdaysOnly.messages.length,
    });
    // then with its relatives: the dating starts from what was read, not from the first pass
    const later = inferUndatedDates([alone, dated1, dated2]).find((a) => a.path === 'c.txt')!;
    const once = inferUndatedDates([weekdaysOnly, dated1, dated2]).find((a) => a.path === 'c.txt')!;
    expect(later).toEqual(once);
    expect(later.published).toBe('2022-09-13');
    expect(later.messages.filter((m) => /nearest to the median date/.test(m.message))).toHaveLength(1);
    expect(asRead(later)).toEqual(weekdaysOnly);
  });
  it('redate: the stored articles whose dates change once everything is seen, and none when nothing changes', () => {
    const [alone] = inferUndatedDates([weekdaysOnly]);
    const storedDated = inferUndatedDates([dated1, dated2]);
    const again = redate([alone, ...storedDated]);
    expect(again.map((a) => [a.path, a.published])).toEqual([['c.txt', '2022-09-13']]);
    expect(redate(inferUndatedDates([weekdaysOnly, dated1, dated2]))).toEqual([]);
    expect(redate([dated1, dated2])).toEqual([]);
  });
});
