import { createHash } from 'node:crypto';

/**
 * The stable ids of articles, mentions, events, disputes, claims and entities: the first
 * `length` hex digits of the SHA-256 of the parts joined by `separator`. The same content gives
 * the same id in every run and on every machine, so re-analysing never duplicates anything.
 */
export function hashId(parts: readonly string[], length = 16, separator = '\u0000'): string {
  return createHash('sha256').update(parts.join(separator), 'utf8').digest('hex').slice(0, length);
}
