import type { RomanisationRule } from './rule.js';

// х is kh in English and often h in other languages or older spellings: "Harkiv" is Kharkiv.
export const khH: RomanisationRule = {
  name: 'kh → h',
  apply: (s) => s.replace(/kh/g, 'h'),
  matches: ['Missiles struck Kharkiv overnight.', 'Missiles struck Harkiv overnight.'],
  mustNot: ['Missiles struck Kharkiv overnight.', 'Missiles struck Kherson overnight.'],
};
