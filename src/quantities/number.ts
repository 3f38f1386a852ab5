import { createRequire } from 'node:module';
import type * as Recognizers from '@microsoft/recognizers-text-suite';
import type { Qualifier } from '../model.js';

/**
 * Numbers as news copy writes them — "1,300", "2.2 billion", "Forty-five", "two hundred" — and
 * the qualifiers in front of them ("some", "up to", "more than"), as regex sources the pattern
 * families compose. Every repetition is bounded so a match attempt stays short on any input.
 *
 *   matches:      "some 1,000", "up to 1,300", "Forty-five", "two to three"
 *   must not:     "a few", "dozens", "hundreds of" (vague: no number), "A-50" (part of a name)
 */

/** Horizontal space between the words of one quantity (never a line break). */
export const S = '[ \\t\\u00a0]{1,3}';

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
export const QUALIFIER = `(?:(?<qual>${QUALIFIERS.map(([w]) => w.replace(/ /g, S)).join('|')})${S})?`;

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

// The recognizers take ~0.3 s to load: load them on the first number written in words, not at
// startup of every command that imports the pipeline.
let recognizers: typeof Recognizers | null = null;
function recognizer(): typeof Recognizers {
  recognizers ??= createRequire(import.meta.url)('@microsoft/recognizers-text-suite') as typeof Recognizers;
  return recognizers;
}

const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const wordCache = new Map<string, number | null>();

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
    return digits[2] ? Number((n * SCALES[digits[2]]).toPrecision(12)) : n;
  }
  if (wordCache.has(text)) return wordCache.get(text)!;
  // Numbers in words: the recognizer knows "two hundred and fifty", "a thousand", "forty-five".
  const { Culture, recognizeNumber } = recognizer();
  const found = recognizeNumber(text.replace(/^an? /, 'one '), Culture.English);
  let value: number | null = null;
  if (found.length === 1 && found[0].start === 0 && found[0].end === text.replace(/^an? /, 'one ').length - 1) {
    const v = Number((found[0].resolution as { value?: string }).value);
    value = Number.isFinite(v) ? v : null;
  }
  if (wordCache.size > 10_000) wordCache.clear();
  wordCache.set(text, value);
  return value;
}

/** A year written as a bare number after "in", "since", a month or a date ("in 2014 Russian troops"). */
export function looksLikeYear(text: string, numStart: number, written: string): boolean {
  if (!/^(1[89]|20)\d\d$/.test(written)) return false;
  const before = text.slice(Math.max(0, numStart - 16), numStart).toLowerCase();
  return /(?:\b(?:in|since|by|until|till|from|during|of|year|early|late|mid|and|before|after|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?|\d,?)\s+$/.test(before);
}

const MONTH_NAME =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAME})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME})\\b`, 'i');

/** A day of the month, not a count: "on March 3 killed 4", "24 February". */
export function dayOfMonth(text: string, numStart: number, written: string): boolean {
  if (!/^\d{1,2}$/.test(written)) return false;
  const before = text.slice(Math.max(0, numStart - 12), numStart);
  const after = text.slice(numStart + written.length, numStart + written.length + 16);
  return MONTH_BEFORE.test(before) || MONTH_AFTER.test(after);
}
