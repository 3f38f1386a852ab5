import type { RomanisationRule } from './rule.js';

// The uk -ove, the ru -ovo / -ovoye / -oye and a shortened -e end one village name:
// "Shevchenkove", "Shevchenkovo" and "Shevchenke"; "Ozerne" and "Ozernoye".
export const oveOvoE: RomanisationRule = {
  name: '-ove/-ovo/-oye → -e',
  apply: (s) => s.replace(/(?:ovoie|ovoe|ove|ovo|oie|oe)\b/g, 'e'),
  matches: ['Shelling near Shevchenkove was reported.', 'Shelling near Shevchenkovo was reported.'],
  mustNot: ['Shelling near Shevchenkove was reported.', 'Shelling near Shevchenko Street was reported.'],
};
