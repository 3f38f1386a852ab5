import { describe, expect, it } from 'vitest';
import { bareQuote } from '../../web/src/quotes.js';

describe('bareQuote: a span inside the page’s own quotation marks', () => {
  it.each([
    ['“just a few villages”', 'just a few villages'],
    // the span began before a quotation and was cut inside it
    ['just “a few villages', 'just ‘a few villages’'],
    ['a few villages” and more', '‘a few villages’ and more'],
    ['he said “we are leaving” today', 'he said ‘we are leaving’ today'],
    ['he said "we are leaving" today', 'he said ‘we are leaving’ today'],
    ['"We have lost control of the town."', 'We have lost control of the town.'],
    ['«вони відступили»', 'вони відступили'],
    ['Ukraine’s forces', 'Ukraine’s forces'],
    ['no marks at all', 'no marks at all'],
    ['“”', '“”'],
  ])('%s → %s', (text, shown) => {
    expect(bareQuote(text)).toBe(shown);
  });
});
