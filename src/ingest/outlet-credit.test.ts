import { describe, expect, it } from 'vitest';
import { outletFromText, sourceUrl } from './outlet-credit.js';

describe('outlet credits in the text', () => {
  it.each([
    ["Jane Roe's article for MailOnline", 'MailOnline', 'byline'],
    ['(RFE/RL) — Ukrainian forces said they had entered the town.', 'RFE/RL', 'dateline'],
    ['Jo Bloggs is a Newsweek reporter based in Ohio.', 'Newsweek', 'writer'],
    ['Newsweek reached out to the Kremlin for comment.', 'Newsweek', 'self'],
    ['Here, MailOnline explains how the front moved.', 'MailOnline', 'self'],
  ])('finds the outlet in %s', (text, outlet, how) => {
    expect(outletFromText(text)).toEqual({ outlet, how });
  });
  it.each([
    'The town was retaken, according to The Washington Post.',
    'KYIV (AP) — Troops advanced.',
    'Ivan Petrenko is a Ukrainian reporter based in Kharkiv.',
    'An official told Russian television channel Rossiya 24 that fighting was fierce.',
  ])('finds no outlet in %s', (text) => {
    expect(outletFromText(text)).toBeNull();
  });
  it('reads a source URL line', () => {
    expect(sourceUrl('…\n\nOriginal url:\n\n<https://example.org/2022/09/08/a>')).toBe(
      'https://example.org/2022/09/08/a',
    );
    expect(sourceUrl('Source: https://example.org/b more')).toBe('https://example.org/b');
    expect(sourceUrl('He said the url was wrong.')).toBeNull();
  });
});
