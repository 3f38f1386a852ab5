import type { RomanisationRule } from './rule.js';

// Spellings from a name's ru form double letters that its uk form does not: "Odessa"/"Odesa",
// "Zaporizhzhia" (zhzh) / "Zaporozhye"; a doubled letter counts once.
export const doubleLetters: RomanisationRule = {
  name: 'doubled letters → single',
  apply: (s) => s.replace(/([a-z])\1+/g, '$1'),
  matches: ['Ships left Odessa at night.', 'Ships left Odesa at night.'],
  mustNot: ['Ships left Odesa at night.', 'Ships left Oleshky at night.'],
};
