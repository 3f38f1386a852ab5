import type { Qualifier } from '../model.js';
import { MONTH_ABBREVIATIONS, MONTHS } from '../lexicon/months.js';
import { NUMBER, parseNumber } from '../lexicon/numbers.js';

/**
 * Numbers with the qualifiers in front of them ("some", "up to", "more than") and their ranges
 * ("two to three", "between 5 and 7"); the number itself is read by the shared lexicon
 * (src/lexicon/numbers.ts). Numbers are found once per text (`findNumbers`); the families then
 * look only at the words around each one, so their patterns stay small (cheap to compile) and the
 * whole pass stays linear in the text.
 *
 *   matches:      "some 1,000", "up to 1,300", "Forty-five", "two to three"
 *   must not:     "a few", "dozens", "hundreds of" (vague: no number), "A-50" (part of a name)
 */

/** Horizontal space between the words of one quantity (never a line break). */
export const S = '[ \\t\\u00a0]+';

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

/** A year written as a bare number after "in", "since", a month or a date ("in 2014 foreign troops"). */
export function looksLikeYear(text: string, numStart: number, written: string): boolean {
  if (!/^(1[89]|20)\d\d$/.test(written)) return false;
  const before = text.slice(Math.max(0, numStart - 16), numStart).toLowerCase();
  return YEAR_BEFORE.test(before);
}

const MONTH_NAME = [...MONTH_ABBREVIATIONS, ...MONTHS].map((m) => m.toLowerCase()).join('|');
// what comes before a year written as a bare number
const YEAR_BEFORE = new RegExp(
  `(?:\\b(?:in|since|by|until|till|from|during|of|year|early|late|mid|and|before|after|spring|summer|autumn|fall|winter|${MONTH_NAME})\\.?|\\d,?)\\s+$`,
);
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
    const hit: NumberHit = {
      start: m.index,
      numStart,
      end: m.index + m[0].length,
      value,
      qualifier: qualifierOf(g.qual),
    };
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
