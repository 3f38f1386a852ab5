import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells the language of a sentence in English and in Ukrainian', () => {
    expect(detectLanguage('The convoy reached the bridge at dawn, and the engineers began to repair it.')).toBe('en');
    expect(detectLanguage('Колона дісталася мосту на світанку, і сапери почали його лагодити.')).toBe('uk');
  });
  it('tells nothing from fewer than twenty letters, however long the text', () => {
    // nineteen letters: too few, though eld would call them English
    expect(detectLanguage('The bridge was shut now.')).toBeNull();
    // nineteen letters among digits, dates and punctuation
    const sparse = `12:40 — 2022-09-10; ${'7, 8, 9; '.repeat(200)} abcdefghij klmnopqrs`;
    expect(detectLanguage(sparse)).toBeNull();
    expect(detectLanguage('')).toBeNull();
    // with twenty letters and more, eld is asked
    expect(detectLanguage('12:40 — 2022-09-10; The convoy reached the bridge at dawn.')).toBe('en');
  });
});
