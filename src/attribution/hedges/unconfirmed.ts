/**
 * Unconfirmed claims: the reporter says the claim could not be checked, or calls the evidence
 * unconfirmed or unverified.
 *
 *   matches:  Unconfirmed footage showed smoke rising over the depot.
 *   matches:  The agency said the bridge was destroyed; Reuters was unable to confirm the report.
 *   must not: Footage confirmed by the agency showed smoke rising over the depot.
 */
import type { HedgePattern } from './types.js';

export const unconfirmed: HedgePattern = {
  name: 'unconfirmed',
  hedge: 'unconfirmed',
  matches: 'Unconfirmed footage showed smoke rising over the depot.',
  mustNot: 'Footage confirmed by the agency showed smoke rising over the depot.',
  region: 'sentence',
  re: /\b(?:unconfirmed|unverified)\b|\b(?:unable|could not|couldn't|cannot|can't|not able|did not|was not able) (?:to )?(?:immediately |independently |yet )*(?:confirm|verify)\b|\bnot (?:be |been |yet )?(?:independently )?(?:verified|confirmed)\b/i,
};
