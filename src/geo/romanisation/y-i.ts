import type { RomanisationRule } from './rule.js';

// и/і/й/ы are y, i, yi, iy or yy depending on the system: "Kryvyy Rih" and "Kryvyi Rih",
// "Izyum" and "Izium", "Lisichansk" and "Lysychansk" all meet once y is i and ii is i.
export const yI: RomanisationRule = {
  name: 'y/i/yi/iy/yy → i',
  apply: (s) => s.replace(/y/g, 'i').replace(/i{2,}/g, 'i'),
  matches: ['The road to Kryvyy Rih was cut.', 'The road to Kryvyi Rih was cut.'],
  mustNot: ['The road to Izium was cut.', 'The road to Irpin was cut.'],
};
