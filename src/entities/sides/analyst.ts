/**
 * Think tanks, analysts, academics, and officers no longer in service: they speak for
 * themselves, not for the government of their country ("a former French navy officer").
 *   matches:  the Washington-based think tank
 *   must not: the Washington-based ministry
 */
import type { SideRule } from './types.js';

export const analyst: SideRule = {
  side: 'independent analyst',
  matches: 'the Washington-based think tank',
  mustNot: 'the Washington-based ministry',
  re: /\bthink[- ]tank\b|\banalysts?\b|\bInstitute for the Study of War\b|\bresearchers?\b|\bopen[- ]source (?:intelligence|investigators?|researchers?)\b|\bmonitoring group\b|\b(?:professor|lecturer|academic|scholar|historian)s?\b|\b(?:former|retired|ex-)\s+(?:[\w-]+\s+){0,3}?(?:officers?|generals?|colonels?|commanders?|soldiers?|marines?|intelligence officers?)\b/i,
};
