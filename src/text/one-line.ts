/** A message on one line: a reason quoted from a parser may carry the input's own line breaks. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
