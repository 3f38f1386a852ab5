/**
 * Absolute dates, weekdays and datelines in news copy, for the publication date.
 *
 *   findDateMentions('Kyiv said on September 7, 2022 that…')  → [{ year: 2022, month: 9, day: 7 }]
 *   findDateMentions('since the invasion began in late March')  → [{ year: null, month: 3, day: null }]
 *   findDateMentions('the May offensive may resume')            → [] (a modal verb is not a month)
 *   weekday mentions: 'On Friday morning, troops…' → Friday; 'next Friday' and 'on Fridays' are not
 *   the article's present and are skipped.
 */
import { MONTHS as CALENDAR_MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../lexicon/months.js';
import { MONTH_OR_ABBR, monthIndex } from '../time/calendar.js';
import { dateProblem, epochTime, timeProblem } from '../time/valid-date.js';
/** Month names and abbreviations, lower-cased, to their number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [...CALENDAR_MONTHS, ...MONTH_ABBREVIATIONS].map((m) => [m.toLowerCase(), monthIndex(m) + 1]),
);

const MONTH_RE = `(${MONTH_OR_ABBR})`;

export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number;
  /** null for a month-precision mention ("in late March", "September 2022") */
  day: number | null;
  /** in a sentence about what will, could or should happen (not the writer's past) */
  hypothetical: boolean;
}

interface WeekdayMention {
  start: number;
  end: number;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
}

// MONTH_RE admits only month names, so every match has a number
const monthNumber = (m: string) => MONTHS.get(m.replace('.', '').toLowerCase())!;

/** Sentence ranges: split at line breaks and sentence-final punctuation. */
export function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\n+|(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

// a sentence about the future or a possibility: its dates are not a lower bound on publication
const HYPOTHETICAL =
  /\b(will|shall|would|could|might|should|plans? to|planned|scheduled|is set to|are set to|is due|are due|expected to|next)\b/i;

// a date tied to a reporting verb is the day something was said, even in a sentence about the
// future: "Kyiv said on Friday it would push on" (Friday is real); "talks will resume on Monday" (not)
const REPORTING =
  '(?:said|says|told|announced|reported|stated|added|claimed|warned|wrote|posted|confirmed|denied|insisted|tweeted|declared)';
const REPORTED_BEFORE = new RegExp(`\\b${REPORTING}(?:\\s+[\\w'’]+){0,2}?\\s+(?:on\\s+)?$`);
const REPORTED_AFTER = new RegExp(
  `^(?:\\s+(?:morning|afternoon|evening|night))?,?(?:\\s+[\\w'’-]+){0,3}?\\s+${REPORTING}\\b`,
);

function hypotheticalAt(text: string, ranges: [number, number][]): (start: number, end?: number) => boolean {
  const flags = ranges.map(([s, e]) => HYPOTHETICAL.test(text.slice(s, e)));
  const inSentence = sentenceAt(ranges);
  return (start, end = start) => {
    const i = inSentence(start);
    if (i < 0 || !flags[i]) return false;
    const before = text.slice(Math.max(ranges[i][0], start - 40), start);
    const after = text.slice(end, Math.min(ranges[i][1], end + 30));
    return !(REPORTED_BEFORE.test(before) || REPORTED_AFTER.test(after));
  };
}

function sentenceAt(ranges: [number, number][]): (offset: number) => number {
  return (offset) => {
    // binary search: the last sentence starting at or before the offset
    let lo = 0;
    let hi = ranges.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][0] <= offset) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit >= 0 && offset < ranges[hit][1] ? hit : -1;
  };
}

// a year outside 1900–2100 makes no publication date (the one rule: src/time/valid-date.ts)
const validDay = (y: number | null, m: number, d: number) => {
  if (d < 1 || d > 31) return false;
  if (y === null) return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return dateProblem(y, m, d) === null;
};

export function findDateMentions(text: string): DateMention[] {
  const ranges = sentenceRanges(text);
  const hyp = hypotheticalAt(text, ranges);
  const out: DateMention[] = [];
  // characters already inside a mention: a later, less specific pattern must not take them again
  const taken = new Uint8Array(text.length);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  };
  const add = (s: number, e: number, year: number | null, month: number, day: number | null) => {
    if (overlaps(s, e)) return;
    if (year !== null && (year < 1900 || year > 2100)) return;
    if (day !== null && !validDay(year, month, day)) return;
    taken.fill(1, s, e);
    out.push({ start: s, end: e, year, month, day, hypothetical: hyp(s, e) });
  };
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) f(m);
  };
  scan(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => add(m.index, m.index + m[0].length, +m[1], +m[2], +m[3]));
  scan(new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) =>
    add(m.index, m.index + m[0].length, m[3] ? +m[3] : null, monthNumber(m[1]), +m[2]),
  );
  scan(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) =>
    add(m.index, m.index + m[0].length, m[3] ? +m[3] : null, monthNumber(m[2]), +m[1]),
  );
  scan(new RegExp(`\\b${MONTH_RE},?\\s+(\\d{4})\\b`, 'g'), (m) =>
    add(m.index, m.index + m[0].length, +m[2], monthNumber(m[1]), null),
  );
  // a bare month needs a preposition before it ("in March", "since late May"), so that the
  // modal "may" and the verb "march" are not taken for months
  scan(
    new RegExp(
      `\\b(?:in|since|until|from|through|throughout|of|during|early|mid|late|end of|beginning of|start of)[ -](?:early |mid-?|late )?${MONTH_RE}\\b`,
      'g',
    ),
    (m) => {
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length, null, monthNumber(m[1]), null);
    },
  );
  out.sort((a, b) => a.start - b.start);
  // the end of a range ("from April 15, 2018 to March 31, 2023") may lie ahead of the writer
  for (let i = 1; i < out.length; i++) {
    const between = text.slice(out[i - 1].end, out[i].start);
    const opener = text.slice(Math.max(0, out[i - 1].start - 12), out[i - 1].start);
    if (
      /^\s*(?:to|until|till|through|and|[-–—])\s*(?:the\s+)?$/i.test(between) &&
      /\b(?:from|between)\s+(?:the\s+)?$/i.test(opener)
    )
      out[i].hypothetical = true;
  }
  return out;
}

/**
 * A date that belongs to someone's or something's history rather than to the news of the day:
 * "born on August 14, 1984", "since the war began on February 24", "marches that began on
 * July 9, 2015". Such a date is a lower bound but no anchor for the weekdays of the story.
 */
const HISTORICAL = /\b(?:born|since|began|begun|beginning|founded|established|enlisted|anniversary|ago)\b/i;

export function isHistorical(text: string, mention: { start: number; end: number }): boolean {
  const ranges = sentenceRanges(text.slice(Math.max(0, mention.start - 300), mention.end + 1));
  const offset = Math.max(0, mention.start - 300);
  const own = ranges.find(([s, e]) => mention.start - offset >= s && mention.start - offset < e);
  const before = own
    ? text.slice(offset + own[0], mention.start)
    : text.slice(Math.max(0, mention.start - 80), mention.start);
  return HISTORICAL.test(before);
}

/** Bare years ("in 2014", "the 2018 season"), outside the date mentions and future sentences. */
export function bareYears(text: string, mentions: DateMention[]): number[] {
  const ranges = sentenceRanges(text);
  const hyp = hypotheticalAt(text, ranges);
  const inside = (i: number) => mentions.some((d) => i >= d.start && i < d.end);
  const out: number[] = [];
  const re = /\b((?:19|20)\d{2})\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (inside(m.index) || hyp(m.index, m.index + 4)) continue;
    // not a number in a sum, a count or a code: "2,015", "2015 people", "+2015"
    if (
      /[\d,.$£€+-]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) ||
      /^[\d,.%]/.test(text.slice(m.index + 4, m.index + 5))
    )
      continue;
    out.push(+m[1]);
  }
  return out;
}

// weekdays that do not name a day of the article's own week
const NOT_PRESENT_BEFORE = /\b(next|last|coming|following|every|each|until|by|previous|past)\s+$/i;

export function findWeekdayMentions(text: string): WeekdayMention[] {
  const ranges = sentenceRanges(text);
  const hyp = hypotheticalAt(text, ranges);
  const out: WeekdayMention[] = [];
  const re = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b(?!s)`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (hyp(m.index, m.index + m[0].length)) continue;
    if (NOT_PRESENT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, weekday: WEEKDAYS.indexOf(m[1]) });
  }
  return out;
}

export const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const toDays = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
export const fromDays = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
export const weekdayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

/** A date in a URL path: /2022/09/08/, /2022-09-08/, /20220908/. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-_.]|$)/.exec(url) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return validDay(y, mo, d) && mo >= 1 && mo <= 12 ? iso(y, mo, d) : null;
}

/** A date field (JSON, feed, HTML meta) as an ISO date, keeping the date as the source wrote it; null when refused. */
export function parseDateField(value: unknown): string | null {
  const r = readDateField(value);
  return 'date' in r ? r.date : null;
}

/**
 * A date field as an ISO date (null when there is none), or the reason it is refused: a day
 * that does not exist or a year outside 1900–2100 (`src/time/valid-date.ts`).
 */
export function readDateField(value: unknown): { date: string | null } | { reason: string } {
  const refuse = (why: string) => ({ reason: `published ${JSON.stringify(value)}: ${why}` });
  if (typeof value === 'number') {
    const t = epochTime(value);
    return 'reason' in t ? refuse(t.reason) : { date: new Date(t.ms).toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string' || !value.trim()) return { date: null };
  const v = value.trim();
  const isoM = /^([+-]?\d{4,6})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(v);
  if (isoM) {
    const problem = dateProblem(+isoM[1], +isoM[2], +isoM[3]);
    return problem ? refuse(problem) : { date: iso(+isoM[1], +isoM[2], +isoM[3]) };
  }
  const full = findDateMentions(v).find((d) => d.year !== null && d.day !== null);
  if (full) return { date: iso(full.year!, full.month, full.day!) };
  const t = Date.parse(v);
  if (Number.isNaN(t)) return { date: null };
  const problem = timeProblem(t);
  return problem ? refuse(problem) : { date: new Date(t).toISOString().slice(0, 10) };
}

/**
 * An explicit dateline near the top: a short line that is a full date ("September 08, 2022",
 * "Published 8 September 2022 10:14 GMT"), or a datelined lead ("KYIV, Sept. 8, 2022 (AP) —").
 * A date deep in the body (a photo caption) is not a dateline.
 */
export function datelineDate(text: string): { date: string; start: number; end: number } | null {
  const lines: [number, string][] = [];
  const re = /[^\n]*\n?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== '' && lines.length < 10 && m.index < 2000) {
    const line = m[0].replace(/\n$/, '');
    if (line.trim()) lines.push([m.index, line]);
  }
  for (const [at, line] of lines) {
    const full = findDateMentions(line).filter((d) => d.year !== null && d.day !== null);
    if (!full.length) continue;
    const d = full[0];
    const words = line.trim().split(/\s+/).length;
    const shortLine = words <= 14 && line.length <= 120;
    // "NYERI, Kenya, Sept. 8, 2022 (AP) —": only capitalised place words before the date
    const datelinedLead =
      /^\s*(?:[A-Z][\p{L}.'’-]*,?\s+){0,4}$/u.test(line.slice(0, d.start)) && /^[^.]{0,40}[—–]/.test(line.slice(d.end));
    if (shortLine || datelinedLead)
      return { date: iso(d.year!, d.month, d.day!), start: at + d.start, end: at + d.end };
  }
  return null;
}

/**
 * A lead that opens with a dateline, with or without a date: "(RFE/RL) — The military…",
 * "KYIV (Reuters) - The government said…", "MOMBASA, Kenya — Troops…". Returns the end offset of the
 * paragraph after it (the lead's second paragraph), or null when the text opens otherwise.
 */
export function datelinedLead(text: string): { start: number; leadEnd: number } | null {
  const paras: [number, number][] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && paras.length < 6) paras.push([m.index, m.index + m[0].length]);
  for (let i = 0; i < Math.min(paras.length, 3); i++) {
    const p = text.slice(paras[i][0], paras[i][1]);
    if (
      /^\s*(?:[A-Z][^\n()]{0,60}?\s*)?\([^()\n]{2,40}\)\s*[—–-]\s+\S/.test(p) ||
      /^\s*[A-Z]{3,}(?:[ ,]+[A-Z][A-Za-z]+)*\s*[—–]\s+\S/.test(p)
    ) {
      const next = paras[i + 1];
      return { start: paras[i][0], leadEnd: next ? next[1] : paras[i][1] };
    }
  }
  return null;
}
