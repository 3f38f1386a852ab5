import type { Hedge } from '../../model.js';

/** One family of hedge or denial markers; `find` returns the marker words in the text, or null. */
export interface HedgePattern {
  name: string;
  hedge: Exclude<Hedge, null>;
  matches: string;
  mustNot: string;
  /** the region it reads: the claim's source + cue + content, or its whole sentence */
  region: 'claim' | 'sentence' | 'content';
  re: RegExp;
}
