import type { Qualifier } from '../model.js';
import { MONTH_ABBREVIATIONS, MONTHS } from '../time/calendar.js';

/**
 * Numbers as news copy writes them — "1,300", "2.2 billion", "Forty-five", "two hundred" — and
 * the qualifiers in front of them ("some", "up to", "more than"). Numbers are found once per text
 * (`findNumbers`); the families then look only at the words around each one, so their patterns
 * stay small (cheap to compile) and the whole pass stays linear in the text.
 *
 * Numbers in words are read by a parser for exactly the grammar `WORDS` matches. The
 * @microsoft/recognizers-text-suite number model gives the same values but costs ~0.3 s to load
 * and ~0.1 s more per model on first use, which a command over one short file would pay in full.
 *
 *   matches:      "some 1,000", "up to 1,300", "Forty-five", "two to three"
 *   must not:     "a few", "dozens", "hundreds of" (vague: no number), "A-50" (part of a name)
 */

/** Horizontal space between the words of one quantity (never a line break). */
export const S = '[ \\t\\u00a0]+';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = 'hundred|thousand|million|billion|trillion';
const BASE = `(?:(?:${TENS})(?:[- ](?:${ONES}))?|${TEENS}|${ONES})`;
/** "forty-five", "two hundred and fifty", "three thousand", "a hundred" */
const WORDS =
  `(?:(?:${BASE}|an?)${S}(?:${SCALE})(?:${S}(?:and${S})?${BASE})?(?:${S}(?:thousand|million))?|${BASE})`;
/** "1,300", "1000", "2.2", "12.5", optionally "2.2 billion" */
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,12}(?:\\.\\d+)?)(?:(?:${S}|-)(?:${SCALE}))?`;

/** A number (digits or words); callers put it inside a capture group. */
export const NUMBER = `(?<![\\w.,]|[A-Za-z]-)(?:${DIGITS}(?![.,]?\\d)|${WORDS}(?![\\w-]))`;

/** Qualifiers in front of a number, longest first so "more than" wins over "more". */
const QUALIFIERS: [string, Qualifier][] = [
  ['no fewer than', 'at least'],
  ['no less than', 'at least'],
  ['no more than', 'at most'],
  ['in excess of', 'more than'],
  ['approximately', 'about'],
  ['an estimated', 'about'],
  ['upwards of', 'more than'],
  ['as many as', 'up to'],
  ['as much as', 'up to'],
  ['as far as', 'up to'],
  ['fewer than', 'less than'],
  ['more than', 'more than'],
  ['just over', 'more than'],
  ['well over', 'more than'],
  ['just under', 'less than'],
  ['a total of', null],
  ['estimated', 'about'],
  ['less than', 'less than'],
  ['close to', 'about'],
  ['at least', 'at least'],
  ['at most', 'at most'],
  ['roughly', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['up to', 'up to'],
  ['under', 'less than'],
  ['some', 'about'],
  ['over', 'more than'],
];
const QUALIFIER_BY_WORDS = new Map(QUALIFIERS.map(([w, q]) => [w, q]));

/** An optional qualifier, captured as `qual`. */
export const QUALIFIER = `(?:(?<![\\w])(?<qual>${QUALIFIERS.map(([w]) => w.replace(/ /g, S)).join('|')})${S})?`;

/** Range joiners: "two to three", "10-15", "between 5 and 7" is handled by the `between` group. */
const RANGE = `(?:${S}(?:to|or)${S}|(?:${S})?[-–](?:${S})?)`;

/**
 * A qualified number or range: captures `qual`, `num` and optionally `num2`.
 * "some 1,000", "two to three", "between 5 and 7"
 */
export const QTY =
  `(?:${QUALIFIER}(?<num>${NUMBER})(?:${RANGE}(?<num2>${NUMBER}))?` +
  `|between${S}(?<bnum>${NUMBER})${S}and${S}(?<bnum2>${NUMBER}))`;

export function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return null;
  return QUALIFIER_BY_WORDS.get(words.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

/** The value of a number as written ("1,300" → 1300, "Forty-five" → 45, "2.2 billion" → 2.2e9). */
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

const UNIT_WORDS = ['zero', ...ONES.split('|'), ...TEENS.split('|')];
const TEN_WORDS = TENS.split('|');

/** 0–99 in words ("forty-five", "twelve"), or null. */
function below100(w: string): number | null {
  const [a, b] = w.split(/[- ]/);
  const unit = UNIT_WORDS.indexOf(a);
  if (unit >= 0 && b === undefined) return unit;
  const tens = TEN_WORDS.indexOf(a);
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
  const m = /^(.+?)(?: (hundred|thousand|million|billion|trillion)(?: (?:and )?(?!(?:thousand|million)$)(.+?))?(?: (thousand|million))?)?$/.exec(text);
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

/** A year written as a bare number after "in", "since", a month or a date ("in 2014 foreign troops"). */
export function looksLikeYear(text: string, numStart: number, written: string): boolean {
  if (!/^(1[89]|20)\d\d$/.test(written)) return false;
  const before = text.slice(Math.max(0, numStart - 16), numStart).toLowerCase();
  return YEAR_BEFORE.test(before);
}

const MONTH_NAME = [...MONTH_ABBREVIATIONS, ...MONTHS].map((m) => m.toLowerCase()).join('|');
// what comes before a year written as a bare number
const YEAR_BEFORE = new RegExp(`(?:\\b(?:in|since|by|until|till|from|during|of|year|early|late|mid|and|before|after|spring|summer|autumn|fall|winter|${MONTH_NAME})\\.?|\\d,?)\\s+$`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAME})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME})\\b`, 'i');

/** A day of the month, not a count: "on March 3 killed 4", "24 February". */
export function dayOfMonth(text: string, numStart: number, written: string): boolean {
  if (!/^\d{1,2}$/.test(written)) return false;
  const before = text.slice(Math.max(0, numStart - 12), numStart);
  const after = text.slice(numStart + written.length, numStart + written.length + 16);
  return MONTH_BEFORE.test(before) || MONTH_AFTER.test(after);
}

/** A number found in the text, with its qualifier and range, before any unit is looked at. */
export interface NumberHit {
  /** start of the qualifier ("about") or of the number */
  start: number;
  /** start of the number itself */
  numStart: number;
  end: number;
  value: number;
  value_max?: number;
  qualifier: Qualifier;
}

const QTY_RE = new RegExp(QTY, 'gi');

/**
 * Every number in the text (years, days of the month and "no one" left out), found in one pass
 * so the unit and noun patterns of the families stay small and cheap to compile.
 */
export function findNumbers(text: string): NumberHit[] {
  const out: NumberHit[] = [];
  QTY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY_RE.exec(text))) {
    const g = m.groups ?? {};
    const first = g.num ?? g.bnum;
    const second = g.num2 ?? g.bnum2;
    if (!first) continue;
    const numStart = text.indexOf(first, m.index);
    if (!second && looksLikeYear(text, numStart, first)) continue;
    if (dayOfMonth(text, numStart, first)) continue;
    // "no one was killed" counts nobody.
    if (/\b(?:no|not)\s+$/i.test(text.slice(Math.max(0, numStart - 5), numStart))) continue;
    const value = parseNumber(first);
    if (value === null) continue;
    const hit: NumberHit = { start: m.index, numStart, end: m.index + m[0].length, value, qualifier: qualifierOf(g.qual) };
    if (second) {
      const max = parseNumber(second);
      // "10-15" is a range only when it grows, and "15-20,000" is too ambiguous to guess.
      if (max === null || max <= value || max > value * 100) continue;
      hit.value_max = max;
    }
    out.push(hit);
  }
  return out;
}
