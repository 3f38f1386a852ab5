/**
 *   matches:  the state-run news agency
 *   must not: the state-run railway company
 */
import type { SideRule } from './types.js';

export const media: SideRule = {
  side: 'media',
  matches: 'the state-run news agency',
  mustNot: 'the state-run railway company',
  re: /\bnews (?:agency|agencies|outlet|outlets|site|website|channel|service)\b|\bnewspaper\b|\bbroadcaster\b|\b(?:television|TV) (?:channel|station)\b|\bstate (?:media|television|TV)\b|\bjournalists?\b|\bcorrespondents?\b/i,
};
