import { hash } from 'node:crypto';

/**
 * The stable ids of articles, mentions, events, disputes, claims and entities: the first
 * `length` hex digits of the SHA-256 of the parts joined by `separator`. The same content gives
 * the same id in every run and on every machine, so re-analysing never duplicates anything.
 * (crypto's one-shot hash: the digest of createHash().update().digest(), without the Hash object.)
 */
export function hashId(parts: readonly string[], length = 16, separator = '\u0000'): string {
  return hash('sha256', parts.join(separator), 'hex').slice(0, length);
}
