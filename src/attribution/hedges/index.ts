import type { Hedge } from '../../model.js';
import { denied } from './denied.js';
import { predicted } from './predicted.js';
import { purportedly } from './purportedly.js';
import type { HedgePattern } from './types.js';
import { unconfirmed } from './unconfirmed.js';

/** In order of precedence: a denial outranks doubt, doubt outranks distance, distance a forecast. */
export const hedgePatterns: HedgePattern[] = [denied, unconfirmed, purportedly, predicted];

interface HedgeRegions {
  claim: string;
  sentence: string;
  content: string;
  /** the sentence after the claim's, for a stand-alone "Reuters could not verify the report." */
  next: string;
}

// A reporter's stand-alone "Reuters could not verify the report." hedges the claim before it.
const UNABLE_TO_VERIFY =
  /\b(?:unable|could not|couldn't|cannot|was not able) (?:to )?(?:immediately |independently )*(?:confirm|verify)\b/i;

export function hedgeOf(regions: HedgeRegions): Hedge {
  for (const p of hedgePatterns) {
    if (p.re.test(regions[p.region])) return p.hedge;
    if (p === unconfirmed && UNABLE_TO_VERIFY.test(regions.next)) return p.hedge;
  }
  return null;
}
