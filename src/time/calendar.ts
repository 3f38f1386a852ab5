/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day, and the
 * regular-expression sources the patterns share; the names themselves are in the lexicon.
 */
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/months.js';

/** Full month names (regex source). */
export const MONTH = MONTHS.join('|');
/** Month names and their abbreviations ("Sept.", "Aug"), for dates with a day. */
export const MONTH_OR_ABBR = `${MONTH}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?`;

/** Horizontal space between the words of one expression. */
export const S = '[ \\t\\u00a0]{1,3}';

/** 0-based month of a name or abbreviation ("Sept." → 8), or -1. */
export function monthIndex(name: string): number {
  const key = name.replace(/\.$/, '').slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
}

export function weekdayIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return WEEKDAYS.findIndex((d) => d.slice(0, 3).toLowerCase() === key);
}

/** A date as a UTC Date (from "2022-09-08" or a full ISO timestamp). */
export function toDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export function ymd(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Monday of the week the date falls in (news weeks run Monday to Sunday). */
export function mondayOf(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** Does the character before `at` end a sentence (or is `at` the start of the text)? */
export function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘(*_#>[\]-]/.test(text[i])) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;]/.test(text[i]);
}
