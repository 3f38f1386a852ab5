/**
 *   matches:  the head of the Moscow-installed administration in the region
 *   must not: the head of the regional administration
 */
import type { SideRule } from './types.js';

export const russianInstalled: SideRule = {
  side: 'Russian-installed administration',
  matches: 'the head of the Moscow-installed administration in the region',
  mustNot: 'the head of the regional administration',
  re: /\b(?:Moscow|Russian|Russia|Kremlin)[- ](?:installed|appointed|backed)\b|\boccupation (?:administration|authorities|authority|official|officials|governor|head)\b|\b(?:installed|set up|appointed) by (?:Moscow|Russia|the Kremlin)\b|\bseparatist\b|\bPeople's Republic\b/i,
};
