/**
 *   matches:  the Washington-based think tank
 *   must not: the Washington-based ministry
 */
import type { SideRule } from './types.js';

export const analyst: SideRule = {
  side: 'independent analyst',
  matches: 'the Washington-based think tank',
  mustNot: 'the Washington-based ministry',
  re: /\bthink[- ]tank\b|\banalysts?\b|\bInstitute for the Study of War\b|\bresearchers?\b|\bopen[- ]source (?:intelligence|investigators?|researchers?)\b|\bmonitoring group\b/i,
};
