import { describe, expect, it } from 'vitest';
import { inferPublication, windowEnd } from './publication.js';

describe('publication date from the text', () => {
  it('dates a weekday after an absolute date to the first such weekday on or after it', () => {
    const text =
      'Troops crossed the river on September 7, 2022, officials said.\nOn Thursday they reached the rail line.\nOn Friday morning the general staff reported more gains.\nThis morning, the road was open.';
    const r = inferPublication(text);
    expect(r.published).toBe('2022-09-09');
    expect(r.messages[0]).toMatch(/inferred: the first Friday on or after .*2022-09-07/);
  });
  it('records the latest absolute date as a lower bound when no weekday speaks of the present', () => {
    const r = inferPublication(
      'A photo taken on September 17, 2022 shows a soldier.\nOn September 11, the commander spoke.',
    );
    expect(r).toMatchObject({ published: null, published_on_or_after: '2022-09-17' });
    expect(r.messages[0]).toMatch(/published on or after 2022-09-17/);
  });
  it('takes the date in the lead of a datelined report', () => {
    const r = inferPublication(
      'Headline Words Here\n\n(Example Wire) — The army said on September 10, 2022 that troops entered the town.\n\nLater paragraphs.',
    );
    expect(r.published).toBe('2022-09-10');
  });
  it('does not anchor weekdays to a date that later months show to be history', () => {
    const r = inferPublication(
      'The war began on February 24, 2022. Troops left Kyiv in late March 2022.\nOn Friday the army announced reinforcements.',
    );
    expect(r.published).toBeNull();
    expect(r.anchored).toBe(false);
    expect(r.weekdays).toEqual([5]);
  });
  it('does not anchor weekdays to a birthday, the start of a long story, or a date older than a year it names', () => {
    const born = inferPublication(
      'The sergeant was born on August 14, 1984 in Leeds. He died on Thursday, officials said.',
    );
    expect([born.published, born.published_on_or_after]).toEqual([null, '1984-08-14']);
    const began = inferPublication(
      'The protests that began on July 9, 2015 go on. On Wednesday, she set off on a march.',
    );
    expect(began.published).toBeNull();
    const later = inferPublication(
      'He enlisted on September 27, 2004 and served in the 2018 campaign. He was killed on Thursday.',
    );
    expect(later.published).toBeNull();
  });
  it('does not take the end of a range for a lower bound', () => {
    const r = inferPublication('The board sold the rights for matches from April 15, 2018 to March 31, 2023.');
    expect(r.published_on_or_after).toBe('2018-04-15');
  });
  it('leaves yearless dates to the batch, then resolves them against an anchor', () => {
    const text = 'Troops crossed the river on September 7.\nOn Friday they reached the rail line.';
    expect(inferPublication(text)).toMatchObject({ published: null, needsYear: true });
    expect(inferPublication(text, { anchor: '2022-09-08' }).published).toBe('2022-09-09');
    // a date after the anchor by more than a month belongs to the year before
    expect(inferPublication('Fighting began on November 20.', { anchor: '2022-09-08' }).published_on_or_after).toBe(
      '2021-11-20',
    );
  });
  it("gives a yearless date the year that puts it before the text's latest full date", () => {
    const r = inferPublication(
      'Crews worked through the holidays after December 27.\nA report dated March 2, 2023 counted the damage.',
    );
    expect(r.published_on_or_after).toBe('2023-03-02');
    expect(
      inferPublication(
        'On December 27, crews arrived.\nA report dated January 5, 2023 counted the damage.\nOn Friday, they left.',
      ).published,
    ).toBe('2023-01-06');
  });
  it('ends the week window at its latest weekday', () => {
    expect(windowEnd([3, 4, 5])).toBe(5);
    expect(windowEnd([5, 1])).toBe(1);
    expect(windowEnd([4, 5], 3)).toBe(5);
  });
});
