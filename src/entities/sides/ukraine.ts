/**
 *   matches:  Ukraine's armed forces
 *   must not: Russian forces near the Ukrainian border
 *             (the Russia rule reads this one: "Russian" comes first and names the forces)
 */
import type { SideRule } from './types.js';

export const ukraine: SideRule = {
  side: 'Ukraine',
  matches: "Ukraine's armed forces",
  mustNot: 'Russian forces near the Ukrainian border',
  re: /\bUkrainian\b|\bUkraine['’]s\b|\bKyiv['’]s\b|\bKiev['’]s\b|\bof Ukraine\b/,
};
