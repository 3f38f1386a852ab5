import { describe, expect, test } from 'vitest';
import { findQuotes } from './quotes.js';

/** The text of each quote `findQuotes` pairs in `text`, in order. */
function quoted(text: string): string[] {
  return findQuotes(text).quotes.map((q) => text.slice(q.start, q.end));
}

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
    expect(quoted(text)).toEqual(['“The pier is gone,“', '“We start again.”']);
  });
  test('a closing mark typed for an opening one (”Words…”) opens a quote where none is open', () => {
    const text = 'Readers wrote in.\n”The bridge is gone.” ― Olena Kovalenko\n“We start again.” ― Petro Melnyk';
    expect(quoted(text)).toEqual(['”The bridge is gone.”', '“We start again.”']);
    // after a word it still closes nothing and opens nothing
    expect(findQuotes('He said no” and left.').quotes).toEqual([]);
  });
  test('a quote nested in double quotes closes before the outer one', () => {
    const text = '“He calls it “hell” here, and he is wrong.” ― Ana Ruiz';
    expect(quoted(text)).toEqual(['“He calls it “hell” here, and he is wrong.”']);
  });
  test('an opening mark typed for a closing one after a word closes the quote', () => {
    const text = 'He asked for an “expedited review“ of the pipes and a “health plan”.';
    expect(quoted(text)).toEqual(['“expedited review“', '“health plan”']);
  });
  test('an outer quote whose own close is missing ends at the nested quote’s close', () => {
    const text = '“She wrote: “We stay.”\nThe next paragraph.';
    const { quotes, unbalanced } = findQuotes(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“She wrote: “We stay.”']);
    expect(unbalanced).toEqual([]);
  });
  test('a quote that took a nested close ends there even when the next paragraph opens a quote', () => {
    const text = '“We left at dawn. “Then she said, ‘Go,’” Ana Ruiz said.\n“The road was empty.”';
    expect(quoted(text)).toEqual(['“We left at dawn. “Then she said, ‘Go,’”', '“The road was empty.”']);
  });
});
