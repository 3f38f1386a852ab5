import type { RomanisationRule } from './rule.js';

// German writes ш as sch ("Schostka" is Shostka), and щ (shch) is often shortened to sh.
export const schSh: RomanisationRule = {
  name: 'sch/shch → sh',
  apply: (s) => s.replace(/sch/g, 'sh').replace(/shch/g, 'sh'),
  matches: ['Fighting near Shostka went on.', 'Kämpfe bei Schostka dauerten an.'],
  mustNot: ['Fighting near Shostka went on.', 'Fighting near Sokal went on.'],
};
