/**
 * A quoted span as the page shows it: inside the page's own quotation marks (a <q>, or “…”).
 * The marks the text carried at either end are taken off, and double marks left inside become
 * the page's inner marks (‘…’), closed when the span cut a quotation in two. Otherwise a span
 * that starts before a quotation and ends inside it shows as “just “a few villages” — one mark
 * from the text, one from the page, unmatched.
 */
const EDGES = /^[\s"“”„‟«»‹›「」『』]+|[\s"“”„‟«»‹›「」『』]+$/gu;
// prettier-ignore
const OPENING = new Set(['“', '„', '‟', '«', '‹', '「', '『']);
const CLOSING = new Set(['”', '»', '›', '」', '』']);

export function bareQuote(text: string): string {
  const bare = text.replace(EDGES, '');
  // a span that is nothing but marks keeps them: there is nothing else to show
  if (!bare) return text;
  let open = 0;
  let out = '';
  for (const ch of bare) {
    // a straight mark opens at the start of a word and closes after one
    const opens = OPENING.has(ch) || (ch === '"' && (out === '' || /\s$/.test(out)));
    const closes = !opens && (CLOSING.has(ch) || ch === '"');
    if (opens) {
      open++;
      out += '‘';
    } else if (closes) {
      if (open > 0) open--;
      else out = '‘' + out;
      out += '’';
    } else out += ch;
  }
  return out + '’'.repeat(open);
}
