import type { RomanisationRule } from './rule.js';

// French and German write ч as tch / tsch: "Tchernihiv" and "Tschernihiw" are Chernihiv.
export const tchCh: RomanisationRule = {
  name: 'tch/tsch → ch',
  apply: (s) => s.replace(/tsch/g, 'ch').replace(/tch/g, 'ch'),
  matches: ['Shelling hit Chernihiv at dawn.', 'Des tirs ont frappé Tchernihiv à l’aube.'],
  mustNot: ['Troops entered Chernihiv.', 'Troops entered Chernivtsi.'],
};
