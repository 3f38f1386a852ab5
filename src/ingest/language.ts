/** The language of an article (ISO 639-1) through eld's n-gram detector, or null. */
import { eld } from 'eld/small';

// a few thousand characters decide the language; more only costs time
const SAMPLE = 5000;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (sample.replace(/[^\p{L}]/gu, '').length < 20) return null;
  const r = eld.detect(sample);
  return r.language || null;
}
