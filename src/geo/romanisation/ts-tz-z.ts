import type { RomanisationRule } from './rule.js';

// ц is ts in English, tz or z in German: "Donezk" is Donetsk, "Lutzk" is Lutsk.
export const tsTzZ: RomanisationRule = {
  name: 'ts/tz → z',
  apply: (s) => s.replace(/t[sz]/g, 'z'),
  matches: ['Separatists held Donetsk.', 'Separatisten hielten Donezk.'],
  mustNot: ['Separatists held Donetsk.', 'Separatists held Dolynska.'],
};
