import { describe, expect, test } from 'vitest';
import { tokenize } from './analyse.js';
import { blankMarkup } from './markup.js';

describe('markup blanked for the tokenizer', () => {
  const md =
    '# Izium retaken\n\nThe general said **3,000 square kilometres** had been _recaptured_, citing [the General Staff](https://example.org/gs).\n\n> "We are moving," he said.\n\n* one village\n`Lyman` next';
  test('marks become spaces, one for one, and words stay where they were', () => {
    const plain = blankMarkup(md);
    expect(plain).toHaveLength(md.length);
    expect(plain).toContain('said   3,000 square kilometres   had been  recaptured ,');
    expect(plain).toContain(' the General Staff ');
    expect(plain).not.toMatch(/[#*_`>[\]]|https/);
    for (const w of ['"We are moving,"', 'Lyman', 'one village', 'Izium']) expect(plain.indexOf(w)).toBe(md.indexOf(w));
  });
  test('stars and underscores inside words or between spaces are text', () => {
    expect(blankMarkup('snake_case_name and 5 * 3 * 2')).toBe('snake_case_name and 5 * 3 * 2');
  });
  test('tokens skip the marks and their offsets point into the marked-up text', () => {
    const { tokens } = tokenize(md);
    expect(tokens.map((t) => t.text)).not.toContain('**');
    const k = tokens.findIndex((t) => t.text === 'that' || t.text === 'said');
    expect(tokens[k + 1].text).toBe('3,000');
    for (const t of tokens) expect(md.slice(t.start, t.end)).toBe(t.text);
  });
});
