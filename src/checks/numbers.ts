/**
 * Numbers as news text writes them, for the stated figures of checks: "76", "1,000", "2.5",
 * "Forty-five", "27 thousand", "1.4 million". The quantities layer normalises units for the
 * whole article; the checks read the figure inside their own matched phrase so that a check
 * never depends on which quantity span happens to overlap it.
 *
 * Matches:  "Forty-five kilometers away" → 45;  "a population of 1.4 million" → 1400000
 * Must not: "forty-fifth" → null
 */
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1e3, million: 1e6 }));

/** A regular-expression source for one number, digits or words (up to "nine hundred ninety-nine thousand"). */
const NUMBER_SOURCE =
  '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:(?:' +
  [...TENS.keys(), ...UNITS.keys(), 'a', 'hundred', 'thousand', 'million'].join('|') +
  ')(?:[\\s-]+(?:and[\\s-]+)?(?=[a-z])(?:' +
  [...TENS.keys(), ...UNITS.keys(), 'hundred', 'thousand', 'million'].join('|') +
  '))*))(?:\\s+(?:thousand|million))?';

export const numbers = {
  source: NUMBER_SOURCE,
  /** The value of a number phrase, or null. */
  parse(text: string): number | null {
    const t = text.trim().toLowerCase();
    const digits = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(thousand|million))?$/.exec(t);
    if (digits) return Number(digits[1]!.replace(/,/g, '')) * (digits[2] ? SCALES.get(digits[2])! : 1);
    const words = t.split(/[\s-]+/).filter((w) => w && w !== 'and');
    if (!words.length) return null;
    let total = 0;
    let current = 0;
    for (const w of words) {
      if (w === 'a' && current === 0) current = 1;
      else if (UNITS.has(w)) current += UNITS.get(w)!;
      else if (TENS.has(w)) current += TENS.get(w)!;
      else if (w === 'hundred') current = (current || 1) * 100;
      else if (w === 'thousand' || w === 'million') {
        total += (current || 1) * SCALES.get(w)!;
        current = 0;
      } else return null;
    }
    return total + current;
  },
};
