import type { Side } from '../../model.js';

/** One family of words that tie a mention to a side; `re` finds the supporting words. */
export interface SideRule {
  side: Side;
  matches: string;
  mustNot: string;
  re: RegExp;
}
