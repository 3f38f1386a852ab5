import { describe, expect, test } from 'vitest';
import { findQuotes } from './quotes.js';

describe('findQuotes', () => {
  test('curly and straight quotes pair', () => {
    const text = '“One,” he said. "Two," she said.';
    const { quotes, unbalanced } = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“One,”', '"Two,"']);
    expect(unbalanced).toEqual([]);
  });
  test('a quote continued into the next paragraph', () => {
    const text = '“The first part.\n“The second part.”';
    const { quotes } = findQuotes(text);
    expect(quotes).toHaveLength(2);
  });
  test('an unbalanced quote is reported, not paired', () => {
    const text = 'He said "we will hold the line and then left.\nThe next paragraph.';
    const { quotes, unbalanced } = findQuotes(text);
    expect(quotes).toEqual([]);
    expect(unbalanced).toEqual([8]);
  });
  test('an opening mark typed for a closing one (“…,“ said X) closes the quote', () => {
    const text = '“The pier is gone,“ said the harbour master. “We start again.”';
    expect(findQuotes(text).quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“The pier is gone,“', '“We start again.”']);
  });
});
