/**
 *   matches:  Russia's Defense Ministry
 *   must not: Ukraine's Defense Ministry
 */
import type { SideRule } from './types.js';

export const russia: SideRule = {
  side: 'Russia',
  matches: "Russia's Defense Ministry",
  mustNot: "Ukraine's Defense Ministry",
  re: /\bRussian\b|\bRussia['’]s\b|\bKremlin\b|\bMoscow['’]s\b|\bof Russia\b|\bRussian Federation\b/,
};
