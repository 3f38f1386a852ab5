import type { RomanisationRule } from './rule.js';

// е after a vowel is iotated, and romanised "ye", "ie" or plain "e": "Nikolayev" and "Nikolaev",
// "Andreyev" and "Andreev", "Sergeyevka" and "Sergeevka". Once y is i, a vowel + ie is a vowel + e.
export const vowelYe: RomanisationRule = {
  name: 'vowel + ye/ie → vowel + e',
  apply: (s) => s.replace(/([aeiou])ie/g, '$1e'),
  matches: ['Sirens sounded over Nikolayev at dawn.', 'Sirens sounded over Nikolaev at dawn.'],
  mustNot: ['Sirens sounded over Nikolaev at dawn.', 'Sirens sounded over Nikopol at dawn.'],
};
