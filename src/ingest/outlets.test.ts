import { describe, expect, it } from 'vitest';
import { outletFromName, outletFromUrl } from './outlets.js';

describe('outlet lexicon', () => {
  it('maps well-known news domains to outlet names', () => {
    expect(outletFromUrl('https://www.themoscowtimes.com/2022/09/08/x')).toBe('The Moscow Times');
    expect(outletFromUrl('https://www.dailymail.co.uk/news/article-1/x.html')).toBe('MailOnline');
    expect(outletFromUrl('https://news.sky.com/story/x')).toBe('Sky News');
  });
  it('prettifies an unknown domain rather than inventing a name', () => {
    expect(outletFromUrl('https://news.example-courier.co.uk/a')).toBe('Example Courier');
    expect(outletFromUrl('not a url')).toBeNull();
  });
  it('knows outlets by their spellings, and nothing else', () => {
    expect(outletFromName('Radio Free Europe/Radio Liberty')).toBe('RFE/RL');
    expect(outletFromName('the daily mail')).toBe('MailOnline');
    expect(outletFromName('Ukrainian')).toBeNull();
  });
});
