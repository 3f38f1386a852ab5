/** The language of an article (ISO 639-1) through eld's n-gram detector, or null. */
import { eld } from 'eld/small';

// a few thousand characters decide the language; more only costs time
const SAMPLE = 5000;

// fewer letters than this: no language is told
const MIN_LETTERS = 20;

/** Whether `text` holds at least `n` letters: counted up to `n`, not by building the text without the rest. */
function hasLetters(text: string, n: number): boolean {
  const letter = /\p{L}/gu;
  for (let found = 0; found < n; found++) if (!letter.test(text)) return false;
  return true;
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  const r = eld.detect(sample);
  return r.language || null;
}
