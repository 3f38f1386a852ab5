import { describe, expect, it } from 'vitest';
import {
  datelineDate,
  datelinedLead,
  findDateMentions,
  findWeekdayMentions,
  parseDateField,
  urlDate,
} from './dates.js';

const simple = (text: string) =>
  findDateMentions(text).map(({ year, month, day, hypothetical }) => ({ year, month, day, hypothetical }));

describe('date mentions', () => {
  it('reads full, yearless and month dates', () => {
    expect(simple('Kyiv said on September 7, 2022 that…')).toEqual([
      { year: 2022, month: 9, day: 7, hypothetical: false },
    ]);
    expect(simple('On 8 September the army moved.')).toEqual([{ year: null, month: 9, day: 8, hypothetical: false }]);
    expect(simple('since the invasion began in late March')).toEqual([
      { year: null, month: 3, day: null, hypothetical: false },
    ]);
    expect(simple('Published 2022-09-08.')).toEqual([{ year: 2022, month: 9, day: 8, hypothetical: false }]);
  });
  it('does not take the modal "may" or a future date for a past one', () => {
    expect(simple('the May offensive may resume')).toEqual([]);
    expect(simple('A vote could be held on November 4.')).toEqual([
      { year: null, month: 11, day: 4, hypothetical: true },
    ]);
    expect(simple('On November 4, a holiday, officials suggest a vote could be held.')[0].hypothetical).toBe(true);
    expect(simple('The army said on September 9 that it would advance.')[0].hypothetical).toBe(false);
  });
  it('skips weekdays outside the present week', () => {
    const w = (t: string) => findWeekdayMentions(t).map((m) => m.weekday);
    expect(w('On Friday morning, troops advanced.')).toEqual([5]);
    expect(w('Talks resume next Friday.')).toEqual([]);
    expect(w('Markets open on Fridays.')).toEqual([]);
    expect(w('The minister will travel on Monday.')).toEqual([]);
    // the day something was said is real even when what was said is about the future
    expect(w('Kyiv said on Friday it would push on.')).toEqual([5]);
    expect(w('On Thursday evening, the governor warned that shelling could resume.')).toEqual([4]);
    expect(w('Ukraine said it would hold talks on Monday.')).toEqual([]);
  });
  it('finds a date in a URL', () => {
    expect(urlDate('https://www.example.com/2022/09/08/slug-a1')).toBe('2022-09-08');
    expect(urlDate('https://example.com/news/20220910-slug')).toBe('2022-09-10');
    expect(urlDate('https://example.com/a/31937000.html')).toBeNull();
  });
  it('reads date fields as the source wrote them', () => {
    expect(parseDateField('2022-09-10T23:30:00-05:00')).toBe('2022-09-10');
    expect(parseDateField('Sat, 10 Sep 2022 14:05:00 +0300')).toBe('2022-09-10');
    expect(parseDateField('nonsense')).toBeNull();
  });
  it('finds a dateline at the top, not a caption deep in the body', () => {
    expect(datelineDate('# Title\n\nBy A. Writer\n\nSeptember 08, 2022\n\nText.')?.date).toBe('2022-09-08');
    expect(datelineDate('KHARKIV, Sept. 8, 2022 (AP) — Traffic moved.')?.date).toBe('2022-09-08');
    expect(datelineDate('Kyiv, Ukraine, 8 September 2022 — Traffic moved.')?.date).toBe('2022-09-08');
    expect(
      datelineDate(
        'Title\n\nA soldier in the square on September 17, 2022 — a day after the town was retaken — waves a flag at passing cars and trucks.',
      ),
    ).toBeNull();
    const long =
      'Troops advanced on the town after a week of heavy shelling and the mayor said residents were leaving in cars and buses. '.repeat(
        3,
      );
    expect(
      datelineDate(
        `${long}\nA photo taken on September 17, 2022 in the square during a long week of fighting shows a soldier and a tank.`,
      ),
    ).toBeNull();
  });
  it('recognises a datelined lead', () => {
    expect(datelinedLead('Headline Here\n\n(RFE/RL) — The military said…\n\nSecond para.')).not.toBeNull();
    expect(datelinedLead('KYIV (Reuters) - Ukraine said…')).not.toBeNull();
    expect(datelinedLead('The military said on Friday that…')).toBeNull();
  });
});
