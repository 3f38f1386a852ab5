/**
 * Pairs quotation marks, one pass over the text. Curly marks pair by direction, straight marks
 * alternate. A quote left open at the end of a paragraph continues into the next paragraph only
 * when that paragraph opens with a quote mark (the news convention for long quotes); otherwise it
 * is unbalanced and reported.
 */
interface Quote {
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
  // curly quotes opened inside the open quote and not yet closed (“… calls “hell” than …”)
  let nested = 0;
  // one past the last close mark a nested quote took: where the outer quote ends if no mark of its own does
  let lastNestedClose = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (open >= 0) {
        // continues only if the next non-space character opens a quote
        let j = i + 1;
        while (j < text.length && /\s/.test(text[j])) j++;
        const next = text[j];
        // a quote that took a nested one's close ends there, as a quote without its own close would
        if (lastNestedClose > open) quotes.push({ start: open, end: lastNestedClose });
        else if (next === '"' || (next === "'" && text[j + 1] === "'") || (next !== undefined && OPEN.has(next)))
          quotes.push({ start: open, end: i });
        else unbalanced.push(open);
        open = -1;
        nested = 0;
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
        nested = 0;
      }
      if (pair) i++;
    } else if (OPEN.has(c)) {
      // “…,“ said X, “a review“ of: an opening mark typed for a closing one, after a word or
      // punctuation and before a space or punctuation
      if (
        open >= 0 &&
        c === '“' &&
        /[\p{L}\p{N},.!?]/u.test(text[i - 1] ?? '') &&
        /^$|[\s,.;:!?)]/.test(text[i + 1] ?? '')
      ) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
        nested = 0;
        continue;
      }
      if (open >= 0 && text[open] !== '"') {
        // a nested opening mark: keep the outer quote, and let the nested one's close pass
        if (/^$|[\s([—–-]/.test(text[i - 1] ?? '') && /\S/.test(text[i + 1] ?? '')) nested++;
        continue;
      }
      if (open < 0) open = i;
    } else if (CLOSE.has(c)) {
      if (nested > 0) {
        nested--;
        lastNestedClose = i + 1;
      } else if (open >= 0) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
        nested = 0;
      } else if (c === '”' && /^\s?$/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) {
        // ”Words…” : a closing mark typed for an opening one, where no quote is open and a word follows
        open = i;
      }
    }
    if (open >= 0 && i - open > MAX_QUOTE) {
      unbalanced.push(open);
      open = -1;
      nested = 0;
    }
  }
  if (open >= 0 && lastNestedClose > open) quotes.push({ start: open, end: lastNestedClose });
  else if (open >= 0) unbalanced.push(open);
  return { quotes, unbalanced };
}
