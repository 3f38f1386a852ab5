/**
 * The publication date of an article whose metadata and top give none, from what the text says.
 *
 *   "…broke through on September 7, 2022. … On Friday morning the army reported…"
 *       → published 2022-09-09 (the first Friday on or after the latest date), inferred
 *   "A photo taken on September 17, 2022 shows…" (no weekday)  → published_on_or_after 2022-09-17
 *   "(Agency) — The military said on September 10, 2022 that…" → published 2022-09-10 (datelined lead)
 *   "…began on February 24 … in late March … on Friday…" (no year anywhere) → nothing yet: the
 *       batch (inferUndatedDates) gives the year or the week.
 */
import {
  bareYears,
  datelinedLead,
  isHistorical,
  findDateMentions,
  findWeekdayMentions,
  fromDays,
  iso,
  toDays,
  weekdayOf,
  type DateMention,
} from './dates.js';
import { MONTHS, WEEKDAYS } from '../lexicon/months.js';

interface PublicationInference {
  published: string | null;
  published_on_or_after: string | null;
  messages: string[];
  /** the text's dates lack a year that neither the text nor the context gives */
  needsYear: boolean;
  /** weekdays the text speaks of as its present week (0 Sunday … 6 Saturday) */
  weekdays: number[];
  /** whether a recent absolute date anchors those weekdays */
  anchored: boolean;
}

interface InferenceContext {
  /** a year known from metadata (URL, feed) */
  year?: number | null;
  /** an ISO date from the batch: yearless dates take the year of their latest occurrence up to a month after it */
  anchor?: string | null;
}

const monthName = (m: number) => MONTHS[m - 1];

export function inferPublication(text: string, ctx: InferenceContext = {}): PublicationInference {
  const mentions = findDateMentions(text).filter((d) => !d.hypothetical);
  const weekdayMentions = findWeekdayMentions(text);
  const weekdays = [...new Set(weekdayMentions.map((w) => w.weekday))].sort();
  const result: PublicationInference = {
    published: null,
    published_on_or_after: null,
    messages: [],
    needsYear: false,
    weekdays,
    anchored: false,
  };

  // the year of yearless dates: news looks back, so a yearless date takes its latest occurrence
  // up to a month after a reference: the text's latest full date, else the batch's anchor;
  // a year known from metadata is taken as it is
  const withYear = mentions.filter((d) => d.year !== null && d.day !== null);
  const textReference = withYear.length
    ? withYear
        .map((d) => iso(d.year!, d.month, d.day!))
        .sort()
        .pop()!
    : null;
  const reference = textReference ?? ctx.anchor ?? null;
  const resolveYear = (d: DateMention): number | null => {
    if (d.year !== null) return d.year;
    if (reference) {
      const limit = toDays(reference) + 31;
      for (let cand = +reference.slice(0, 4) + 1; ; cand--)
        if (toDays(iso(cand, d.month, d.day ?? 1)) <= limit) return cand;
    }
    return ctx.year ?? null;
  };

  const days: { date: string; mention: DateMention }[] = [];
  let latestMonth: { year: number; month: number } | null = null;
  let unresolved = 0;
  for (const d of mentions) {
    const y = resolveYear(d);
    if (y === null) {
      unresolved++;
      continue;
    }
    if (d.day !== null) days.push({ date: iso(y, d.month, d.day), mention: d });
    else if (!latestMonth || y * 12 + d.month > latestMonth.year * 12 + latestMonth.month)
      latestMonth = { year: y, month: d.month };
  }
  if (!days.length && !latestMonth) {
    if (unresolved) {
      result.needsYear = true;
      result.messages.push(
        'no dateline; the text names dates without a year, so the publication date is left to the batch',
      );
    }
    return result;
  }
  const latest = days.length ? days.reduce((a, b) => (b.date > a.date ? b : a)) : null;
  // the latest day anchors the story's weekdays only if it is news, not history: no later month
  // ("in late March" after "February 24") or later year ("in 2018" after a date in 2004), and no
  // "born on", "since … began on" before it
  const latestYear = Math.max(0, ...bareYears(text, mentions));
  const recent =
    latest !== null &&
    (!latestMonth || latestMonth.year * 12 + latestMonth.month <= toMonth(latest.date)) &&
    latestYear <= +latest.date.slice(0, 4) &&
    !isHistorical(text, latest.mention);

  if (latest && recent && weekdays.length) {
    const end = windowEnd(weekdays, weekdayOf(latest.date));
    const published = fromDays(toDays(latest.date) + ((end - weekdayOf(latest.date) + 7) % 7));
    result.published = published;
    result.anchored = true;
    result.messages.push(
      `publication date ${published} inferred: the first ${WEEKDAYS[end]} on or after the latest date the text mentions ` +
        `(${latest.date}), ${WEEKDAYS[end]} being the latest weekday it speaks of`,
    );
    return result;
  }
  const lead = datelinedLead(text);
  if (latest && recent && lead && latest.mention.start >= lead.start && latest.mention.start < lead.leadEnd) {
    result.published = latest.date;
    result.messages.push(
      `publication date ${latest.date} inferred from the date in the lead of a datelined report (no date in the dateline)`,
    );
    return result;
  }
  const bound = [latest?.date, latestMonth ? iso(latestMonth.year, latestMonth.month, 1) : undefined]
    .filter((x): x is string => !!x)
    .sort()
    .pop()!;
  result.published_on_or_after = bound;
  result.messages.push(
    `no dateline: published on or after ${bound}, the latest date the text mentions` +
      (latestMonth && bound.endsWith('-01') && (!latest || bound > latest.date)
        ? ` (${monthName(latestMonth.month)} ${latestMonth.year})`
        : ''),
  );
  return result;
}

const toMonth = (isoDate: string) => +isoDate.slice(0, 4) * 12 + +isoDate.slice(5, 7);

/**
 * The last day of the shortest stretch of the week that holds every weekday mentioned (and the
 * anchor's weekday): {Wed, Thu, Fri} ends on Friday; {Fri, Mon} ends on Monday.
 */
export function windowEnd(weekdays: number[], anchorWeekday?: number): number {
  const set = [...new Set([...weekdays, ...(anchorWeekday === undefined ? [] : [anchorWeekday])])].sort(
    (a, b) => a - b,
  );
  if (set.length === 1) return set[0];
  let bestGap = -1;
  let bestEnd = set[0];
  let bestDistance = 7;
  for (let i = 0; i < set.length; i++) {
    const from = set[i];
    const to = set[(i + 1) % set.length];
    const gap = (to - from + 7) % 7 || 7;
    const distance = anchorWeekday === undefined ? 0 : (from - anchorWeekday + 7) % 7;
    if (gap > bestGap || (gap === bestGap && distance < bestDistance)) {
      bestGap = gap;
      bestEnd = from;
      bestDistance = distance;
    }
  }
  return bestEnd;
}
