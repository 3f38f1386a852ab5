import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { buildArticle } from './article.js';
import { inferUndatedDates } from './infer-undated.js';

const make = (path: string, text: string): Article => buildArticle({ path, format: 'text', text });

const dated1 = make('a.txt', 'Engineers Reach Izium\n\nSeptember 12, 2022\n\nEngineers reached Izium and Kupiansk as troops moved past Balakliia, officials in Kharkiv said.');
const dated2 = make('b.txt', 'Power Returns\n\nSeptember 13, 2022\n\nPower returned to parts of Izium while crews worked near Kupiansk and Balakliia, the governor of Kharkiv said.');
const weekdaysOnly = make('c.txt', 'Queues at the Checkpoint\n\nOn Monday, volunteers drove aid into Izium from Kharkiv, and on Tuesday a convoy reached Kupiansk and Balakliia, a coordinator said.');
const unrelated = make('d.txt', 'Harvest Report\n\nFarmers near Odesa and Mykolaiv said on Tuesday that the harvest in Kherson province was late.');
const yearless = make('e.txt', 'Bridge Repaired\n\nCrews repaired the bridge at Izium on September 12, after shelling near Kupiansk and Balakliia, officials in Kharkiv said. On Wednesday the first lorries crossed.');

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
    expect(c.messages.at(-1)!.message).toMatch(/Tuesday nearest to the median date \(2022-09-12\) of 2 related dated articles/);
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
});
