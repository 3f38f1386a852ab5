import type { InputFormat } from '../../model.js';

/** What a format reader hands to the article builder: the text plus any metadata it carried. */
export interface RawItem {
  path: string;
  format: InputFormat;
  text: string;
  title?: string | null;
  url?: string | null;
  /** ISO date from a metadata field (feed, JSON, HTML meta) */
  published?: string | null;
  /** outlet named by metadata (JSON field, og:site_name, feed channel) */
  outlet?: string | null;
  /** a weaker name for the publisher (a feed's channel title), used when nothing better is known */
  siteName?: string | null;
  byline?: string | null;
  /** problems met while reading, kept as messages on the article */
  notes?: string[];
}

export type ReadResult = RawItem | { error: true; file: string; reason: string };

/**
 * One item read on its own: should the reader itself fail on it, that item alone is refused,
 * with a reason the analyst can use rather than the exception's internal message.
 */
export function readItem(file: string, read: () => ReadResult): ReadResult {
  try {
    return read();
  } catch {
    return { error: true, file, reason: 'the item could not be read: its content defeated the reader' };
  }
}
