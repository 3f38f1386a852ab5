import { describe, expect, it } from 'vitest';
import { isFuture } from './tense.js';

const at = (text: string, phrase: string) => {
  const i = text.indexOf(phrase);
  return isFuture(text, i, i + phrase.length);
};

describe('tense', () => {
  it('sees a future marker before the date, or after a date that opens the sentence', () => {
    expect(at('The ministers will meet on Friday', 'on Friday')).toBe(true);
    expect(at('On Friday, the envoys are due to arrive.', 'On Friday')).toBe(true);
    expect(at('On May 9, when the city marks the holiday, a parade could be held.', 'On May 9')).toBe(true);
  });

  it('reads past reporting as past', () => {
    expect(at('Kyiv said Thursday it will keep going', 'Thursday')).toBe(false);
    expect(at('the mayor, who will step down, said on Monday', 'on Monday')).toBe(false);
    expect(at('The ministers met on Friday. They will meet again.', 'on Friday')).toBe(false);
    expect(at('On Friday, officials said a parade could be held.', 'On Friday')).toBe(false);
  });
});
