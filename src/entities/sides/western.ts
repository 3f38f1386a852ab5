/**
 *   matches:  the British Defence Ministry
 *   must not: the regional defence council
 */
import type { SideRule } from './types.js';

export const western: SideRule = {
  side: 'Western government',
  matches: 'the British Defence Ministry',
  mustNot: 'the regional defence council',
  re: /\b(?:British|Britain's|UK|French|France's|German|Germany's|Polish|Poland's|Canadian|Canada's|Dutch|NATO|European Union|EU|Western|Lithuanian|Latvian|Estonian|Italian|Spanish|Norwegian|Swedish|Finnish|Danish)\b/,
};
