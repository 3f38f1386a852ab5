/**
 * Cyrillic names are transliterated the way English news does (the uk national system for text
 * with і/ї/є/ґ, a BGN-like one for ru), so "Харків" meets "Kharkiv".
 *
 *   matches:  "Обстріл Харкова: Харків."  /  "Shelling of Kharkiv."
 *   must not: "Херсон."                   /  "Kharkiv."
 */
const COMMON: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // prettier-ignore
    а: 'a',
    б: 'b',
    в: 'v',
    д: 'd',
    е: 'e',
    ж: 'zh',
    з: 'z',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    // prettier-ignore
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    // prettier-ignore
    щ: 'shch',
    ь: '',
    ъ: '',
    ю: 'yu',
    я: 'ya',
    й: 'y',
    ё: 'yo',
    э: 'e',
    ы: 'y',
    і: 'i',
    ї: 'yi',
    є: 'ye',
    ґ: 'g',
    ў: 'u',
  }),
);

export function transliterateCyrillic(s: string): string {
  if (!/[\u0400-\u04FF]/.test(s)) return s;
  // letters only the uk alphabet has: its national system then, where г is h and и is y
  const uk = /[іїєґІЇЄҐ]/.test(s);
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    let t: string | undefined;
    if (lower === 'г') t = uk ? 'h' : 'g';
    else if (lower === 'и') t = uk ? 'y' : 'i';
    else t = COMMON.get(lower);
    if (t === undefined) out += ch;
    else out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  }
  return out;
}

export const cyrillic = {
  name: 'Cyrillic',
  apply: transliterateCyrillic,
  matches: ['Обстріл: Харків.', 'Shelling of Kharkiv.'] as [string, string],
  mustNot: ['Херсон.', 'Kharkiv.'] as [string, string],
};
