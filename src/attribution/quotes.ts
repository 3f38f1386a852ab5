/**
 * Pairs quotation marks, one pass over the text. Curly marks pair by direction, straight marks
 * alternate. A quote left open at the end of a paragraph continues into the next paragraph only
 * when that paragraph opens with a quote mark (the news convention for long quotes); otherwise it
 * is unbalanced and reported.
 */
export interface Quote {
  start: number;
  /** one past the closing mark */
  end: number;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
// Longer than this, a "quote" is almost surely a stray mark.
const MAX_QUOTE = 4000;

export function findQuotes(text: string): { quotes: Quote[]; unbalanced: number[] } {
  const quotes: Quote[] = [];
  const unbalanced: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (open >= 0) {
        // continues only if the next non-space character opens a quote
        let j = i + 1;
        while (j < text.length && /\s/.test(text[j])) j++;
        const next = text[j];
        if (next === '"' || (next === "'" && text[j + 1] === "'") || (next !== undefined && OPEN.has(next))) {
          quotes.push({ start: open, end: i });
          open = -1;
        } else {
          unbalanced.push(open);
          open = -1;
        }
      }
      continue;
    }
    // '' (two apostrophes) stands for a double quote in some archives
    const pair = c === "'" && text[i + 1] === "'";
    if (c === '"' || pair) {
      if (open < 0) open = i;
      else {
        quotes.push({ start: open, end: i + (pair ? 2 : 1) });
        open = -1;
      }
      if (pair) i++;
    } else if (OPEN.has(c)) {
      // “…,“ said X: an opening mark typed for a closing one, after punctuation and before a space
      if (open >= 0 && c === '“' && /[,.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '')) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
        continue;
      }
      if (open >= 0 && text[open] !== '"') {
        // a nested opening mark: keep the outer quote
        continue;
      }
      if (open < 0) open = i;
    } else if (CLOSE.has(c)) {
      if (open >= 0) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open >= 0 && i - open > MAX_QUOTE) {
      unbalanced.push(open);
      open = -1;
    }
  }
  if (open >= 0) unbalanced.push(open);
  return { quotes, unbalanced };
}
