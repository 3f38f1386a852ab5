/**
 *   matches:  U.S. Secretary of State
 *   must not: the secretary of the local council
 */
import type { SideRule } from './types.js';

export const unitedStates: SideRule = {
  side: 'United States',
  matches: 'U.S. Secretary of State',
  mustNot: 'the secretary of the local council',
  re: /(?:^|[^A-Za-z.])(?:U\.S\.|US)(?![A-Za-z])|\bAmerican\b|\bUnited States\b|\bPentagon\b|\bWhite House\b|\bWashington's\b|\bSecretary of State\b/,
};
