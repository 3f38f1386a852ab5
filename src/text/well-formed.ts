/**
 * A lone surrogate (a JSON "\ud83d" escape with no partner) is one UTF-16 unit that no encoding
 * can write: SQLite's UTF-8 stores it as three U+FFFD, and every span after it then points three
 * units off. It becomes one U+FFFD — one unit for one — before any offset is computed.
 *
 *   "Alert \ud83d: Shelling"  →  "Alert \ufffd: Shelling"   (same length, same offsets)
 *   "Alert 😀: Shelling"      →  unchanged (a pair is a character)
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, '\uFFFD');

export function wellFormedOrNull<T extends string | null | undefined>(s: T): T {
  return (typeof s === 'string' ? wellFormed(s) : s) as T;
}
