/**
 * Name keys that survive transliteration: "Balakliya", "Balaklyaya" and "Balaklia", or
 * "Lysychansk" and "Lisichansk", or "Luhansk" and "Louhansk", get one key. Not place-specific:
 * use `nameKey` for any proper name. Keys bring candidates together; they are not proof
 * of identity, so callers score candidates (see `nameSimilarity`).
 */
import { apostrophes } from './romanisation/apostrophes.js';
import { transliterateCyrillic } from './romanisation/cyrillic.js';
import { diacritics } from './romanisation/diacritics.js';
import { romanisationRules } from './romanisation/index.js';

/** Lower case, ASCII, no accents, no apostrophes, words separated by one space. */
export function fold(name: string): string {
  // plain ASCII (most English text) needs neither transliteration nor decomposition
  const s = /^\p{ASCII}*$/u.test(name)
    ? name.toLowerCase()
    : diacritics.apply(transliterateCyrillic(name)).toLowerCase();
  return apostrophes
    .apply(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The transliteration-insensitive key of a name. */
export function nameKey(name: string): string {
  return keyOfFolded(fold(name));
}

// Every rule works inside a word, so keys are computed (and remembered) word by word.
const wordKeys = new Map<string, string>();

function wordKey(word: string): string {
  let k = wordKeys.get(word);
  if (k === undefined) {
    k = word;
    for (const rule of romanisationRules) k = rule.apply(k);
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(word, k);
  }
  return k;
}

/** The key of a name already folded with `fold`. */
export function keyOfFolded(folded: string): string {
  if (folded.indexOf(' ') < 0) return wordKey(folded);
  return folded.split(' ').map(wordKey).join(' ');
}

/** 0..1 similarity of two names after folding (1 - normalised edit distance). */
export function nameSimilarity(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return 1;
  const n = Math.max(x.length, y.length);
  return n === 0 ? 1 : 1 - editDistance(x, y) / n;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
