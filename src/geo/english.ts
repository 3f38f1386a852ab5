/**
 * A dictionary of English words: the lower-case vocabulary of wink-nlp's English model (already a
 * dependency, offline). "tank", "bridge", "market" are in it; "mariupol", "kyiv", "moscow" are not.
 * A few well-known places are in it too ("kharkiv", "texas"): callers exempt large places.
 */
import model from 'wink-eng-lite-web-model';

let words: Set<string> | null = null;

/** Is this lower-case word an English dictionary word? Loaded once, on first use (~0.25 s). */
export function isEnglishWord(word: string): boolean {
  if (!words) {
    const core = (model as unknown as { core(): { features: { lexeme: { list: string[] } } } }).core();
    words = new Set(core.features.lexeme.list.filter((w) => /^[a-z]{2,}$/.test(w)));
  }
  return words.has(word);
}
