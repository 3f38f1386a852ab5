import { describe, expect, it } from 'vitest';
import { titleFromText } from './title.js';

describe('titles of text and Markdown files', () => {
  it('takes a Markdown heading', () => {
    expect(titleFromText('\n\n# Troops Enter Kupiansk as Front Shifts\n\nBy [A. Writer](#)', true)).toBe(
      'Troops Enter Kupiansk as Front Shifts',
    );
  });
  it('takes a headline-like first line', () => {
    expect(titleFromText('Troops Enter Kupiansk as Front Shifts\n\nKyiv said…', false)).toBe(
      'Troops Enter Kupiansk as Front Shifts',
    );
  });
  it('does not take a sentence for a title', () => {
    expect(
      titleFromText('Troops entered the town on Friday, officials said, and more were on the way.\nMore.', false),
    ).toBeNull();
  });
});
