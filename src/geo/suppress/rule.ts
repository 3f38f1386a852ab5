import type { Token } from '../../model.js';
import type { Candidate } from '../gazetteer.js';

/** What a suppression rule sees: the tokens, and the candidate toponym's token range [start, end). */
export interface SuppressContext {
  text: string;
  tokens: Token[];
  start: number;
  end: number;
  /** surnames of persons already met in the article */
  persons: Set<string>;
  /** the candidate matched as a demonym or a country ("Kenyan forces" is not a unit) */
  demonym: boolean;
  /** population of the largest candidate place */
  largest: number;
  /** every word the article writes in lower case ("war", "house"): capitalised, they are words too */
  lowerWords: Set<string>;
  /** the gazetteer candidates of the span, when the recogniser has them */
  candidates?: Candidate[];
}

/**
 * A family of names that look like places but are not (persons, media, units, rivers, common
 * words). `suppress` returns the reason, or null. `matches` are sentences in which the
 * `surface` is suppressed, `mustNot` sentences in which it stays a toponym.
 */
export interface SuppressionRule {
  name: string;
  suppress(ctx: SuppressContext): string | null;
  examples: { surface: string; matches: string[]; mustNot: string[] };
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');

/** The context of `surface` (its first occurrence) in `text`, as the recogniser would build it. */
export function contextFor(text: string, surface: string, tokens: Token[]): SuppressContext {
  const at = text.indexOf(surface);
  const start = tokens.findIndex((t) => t.start === at);
  let end = start;
  while (end < tokens.length && tokens[end].end <= at + surface.length) end++;
  const persons = new Set<string>();
  const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  return { text, tokens, start, end, persons, demonym: false, largest: 0, lowerWords };
}
