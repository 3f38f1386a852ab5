/**
 * RFC 4180 CSV: CRLF line ends; a field holding a comma, a double quote, CR or LF is quoted,
 * with its double quotes doubled.
 *
 *   ['a', 'b,c', 'say "no"']  →  a,"b,c","say ""no"""
 */
export type Cell = string | number | null | undefined;

function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, with its line end. */
export function csvLine(row: readonly Cell[]): string {
  return row.map(csvField).join(',') + '\r\n';
}
