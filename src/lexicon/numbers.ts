/**
 * Numbers as news copy writes them — "1,300", "2.2 billion", "Forty-five", "two hundred and
 * fifty" — as a regular-expression source (`NUMBER`) and a parser for exactly what it matches
 * (`parseNumber`): the one reading of a number that the quantities layer and the geographic
 * checks share, so that "Forty-five kilometres" is 45 in both.
 *
 * Numbers in words are read by a parser for exactly the grammar `WORDS` matches. The
 * @microsoft/recognizers-text-suite number model gives the same values but costs ~0.3 s to load
 * and ~0.1 s more per model on first use, which a command over one short file would pay in full.
 *
 *   numbers:      "1,300", "2.2 billion", "Forty-five", "a hundred", "27 thousand"
 *   not numbers:  "a few", "dozens", "hundreds of" (vague), "A-50" (part of a name), "forty-fifth"
 */

/** Horizontal space between the words of one number (never a line break). */
const S = '[ \\t\\u00a0]+';

// prettier-ignore
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
// prettier-ignore
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
// prettier-ignore
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries({ hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }),
);

const SCALE = [...SCALES.keys()].join('|');
const BASE = `(?:(?:${TENS.join('|')})(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')}|${ONES.join('|')})`;
/** "forty-five", "two hundred and fifty", "three thousand", "a hundred" */
const WORDS = `(?:(?:${BASE}|an?)${S}(?:${SCALE})(?:${S}(?:and${S})?${BASE})?(?:${S}(?:thousand|million))?|${BASE})`;
/** "1,300", "1000", "2.2", "12.5", optionally "2.2 billion" */
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,12}(?:\\.\\d+)?)(?:(?:${S}|-)(?:${SCALE}))?`;

/**
 * A number (digits or words), as a regular-expression source to put inside a capture group and
 * compile case-insensitively. Not a piece of a longer number or name ("A-50", "forty-fifth").
 */
export const NUMBER = `(?<![\\w.,]|[A-Za-z]-)(?:${DIGITS}(?![.,]?\\d)|${WORDS}(?![\\w-]))`;

/** The value of a number as written ("1,300" → 1300, "Forty-five" → 45, "2.2 billion" → 2.2e9), or null. */
export function parseNumber(written: string): number | null {
  const text = written.trim().toLowerCase().replace(/\s+/g, ' ');
  const digits = /^([\d,]+(?:\.\d+)?)(?:[ -](hundred|thousand|million|billion|trillion))?$/.exec(text);
  if (digits) {
    // "000" and "05" are pieces of something else ("5, 000", a code), not counts.
    if (/^0\d/.test(digits[1])) return null;
    const n = Number(digits[1].replace(/,/g, ''));
    if (!Number.isFinite(n)) return null;
    // toPrecision drops float noise: 16.6 × 1e6 is 16600000.000000002.
    return digits[2] ? Number((n * SCALES.get(digits[2])!).toPrecision(12)) : n;
  }
  return parseWords(text);
}

const UNIT_WORDS = ['zero', ...ONES, ...TEENS];

/** 0–99 in words ("forty-five", "twelve"), or null. */
function below100(w: string): number | null {
  const [a, b] = w.split(/[- ]/);
  const unit = UNIT_WORDS.indexOf(a);
  if (unit >= 0 && b === undefined) return unit;
  const tens = TENS.indexOf(a);
  if (tens < 0) return null;
  if (b === undefined) return (tens + 2) * 10;
  const one = UNIT_WORDS.indexOf(b);
  return one >= 1 && one <= 9 ? (tens + 2) * 10 + one : null;
}

/**
 * The numbers in words that `WORDS` matches: "forty-five", "a hundred", "two hundred and fifty",
 * "three hundred thousand". Null for anything else.
 */
function parseWords(text: string): number | null {
  const m =
    /^(.+?)(?: (hundred|thousand|million|billion|trillion)(?: (?:and )?(?!(?:thousand|million)$)(.+?))?(?: (thousand|million))?)?$/.exec(
      text,
    );
  if (!m) return null;
  const head = m[1] === 'a' || m[1] === 'an' ? 1 : below100(m[1]);
  if (head === null || (!m[2] && (m[1] === 'a' || m[1] === 'an'))) return null;
  if (!m[2]) return head;
  let value = head * SCALES.get(m[2])!;
  if (m[3] !== undefined) {
    const tail = below100(m[3]);
    if (tail === null) return null;
    value += tail;
  }
  return m[4] ? value * SCALES.get(m[4])! : value;
}
