/**
 * One family of romanisation variants. `apply` rewrites a folded (lower-case, ASCII) name into
 * the shared form of its family; `matches` are two spellings the rule must bring together and
 * `mustNot` two it must keep apart (they double as the rule's test sentences).
 */
export interface RomanisationRule {
  name: string;
  apply(folded: string): string;
  /** sentences whose names must get the same key once every rule has run */
  matches: [string, string];
  /** sentences whose names must keep different keys */
  mustNot: [string, string];
}

/** The capitalised words of a sentence after its first word: the names a rule's example is about. */
export function namesIn(sentence: string): string[] {
  const words = sentence.match(/[\p{Lu}][\p{L}’'ʼ-]*/gu) ?? [];
  return sentence.match(/^\s*[\p{Lu}]/u) ? words.slice(1) : words;
}
