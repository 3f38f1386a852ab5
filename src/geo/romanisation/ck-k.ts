import type { RomanisationRule } from './rule.js';

// German and older English spellings double k as ck: "Tscherkassy"/"Cherkassy", "Sumy"/"Ssumy".
export const ckK: RomanisationRule = {
  name: 'ck → k',
  apply: (s) => s.replace(/ck/g, 'k'),
  matches: ['Der Zug fuhr nach Bilozersck.', 'The train went to Bilozersk.'],
  mustNot: ['The train went to Bilozersk.', 'The train went to Bilohirsk.'],
};
