/**
 * Accents are dropped (French "Ozerné", "Kryvyï Rih"), and letters that Unicode does not
 * decompose are spelled out.
 *
 *   matches:  "Les forces ont repris Ozerné."  /  "Forces retook Ozerne."
 *   must not: "Forces retook Ozerne."          /  "Forces retook Ozera."
 */
const SPELLED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // prettier-ignore
    ø: 'o',
    ł: 'l',
    đ: 'd',
    ð: 'd',
    ı: 'i',
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    þ: 'th',
    ħ: 'h',
  }),
);

export const diacritics = {
  name: 'diacritics',
  apply: (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[øłđðıßæœþħ]/g, (c) => SPELLED.get(c) ?? c),
  matches: ['Les forces ont repris Ozerné.', 'Forces retook Ozerne.'] as [string, string],
  mustNot: ['Forces retook Ozerne.', 'Forces retook Ozera.'] as [string, string],
};
