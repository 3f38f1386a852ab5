import type { RomanisationRule } from './rule.js';

// French writes u as ou: "Louhansk" is Luhansk, "Soumy" is Sumy.
export const ouU: RomanisationRule = {
  name: 'ou → u',
  apply: (s) => s.replace(/ou/g, 'u'),
  matches: ['Les combats ont repris à Louhansk.', 'Fighting resumed in Luhansk.'],
  mustNot: ['Fighting resumed in Luhansk.', 'Fighting resumed in Lubny.'],
};
