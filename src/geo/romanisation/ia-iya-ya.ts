import type { RomanisationRule } from './rule.js';

// я after a consonant is ia, iya, ya, yia or (doubled by mistake) yaya: once y is i these are
// ia, iia, iaia. "Balakliya", "Balakliia", "Balaklia", "Balaklyia", "Balaklyaya" are one town.
export const iaIyaYa: RomanisationRule = {
  name: 'ia/iya/ya/yia/yaya → ia',
  apply: (s) => s.replace(/i+a(?:i+a)+/g, 'ia').replace(/i+a/g, 'ia'),
  matches: ['Troops retook Balakliya on Thursday.', 'Troops retook Balaklyaya on Thursday.'],
  mustNot: ['Troops retook Balakliya on Thursday.', 'Troops retook Balaklava on Thursday.'],
};
