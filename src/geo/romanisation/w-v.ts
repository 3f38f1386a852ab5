import type { RomanisationRule } from './rule.js';

// German and Polish write в as w: "Charkiw", "Lwiw", "Kiew".
export const wV: RomanisationRule = {
  name: 'w → v',
  apply: (s) => s.replace(/w/g, 'v'),
  matches: ['Der Bahnhof von Lwiw war voll.', 'The station in Lviv was full.'],
  mustNot: ['The station in Lviv was full.', 'The station in Lida was full.'],
};
