import { referenceDate, type Article, type Message, type TimeExpression, type TimePrecision } from '../model.js';
import { ago } from './ago.js';
import { calendarDate } from './date.js';
import { isoDate } from './iso-date.js';
import type { TimeContext, TimeFamily, TimexMatch } from './family.js';
import { month } from './month.js';
import { overnight } from './overnight.js';
import { period } from './period.js';
import { relativeDay } from './relative-day.js';
import { isFuture } from './tense.js';
import { weekday } from './weekday.js';
import { year } from './year.js';

/** Every family of time patterns; where two overlap, the longer match wins. */
const timeFamilies: TimeFamily[] = [overnight, calendarDate, isoDate, weekday, relativeDay, ago, period, month, year];

const ACLED: Record<TimePrecision, 1 | 2 | 3> = { day: 1, week: 2, month: 3, year: 3 };

/** Time expressions in a text resolved against `ref` (ISO date or null), and what could not be. */
export function findTimexes(text: string, ref: string | null): { timexes: TimeExpression[]; unresolved: TimexMatch[] } {
  const ctx: TimeContext = { text, ref: ref ? ref.slice(0, 10) : null, isFuture: (s, e) => isFuture(text, s, e) };
  const all = timeFamilies.flatMap((f) => f.find(ctx));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimexMatch[] = [];
  const taken = new Uint8Array(text.length);
  for (const t of all) {
    let free = true;
    for (let i = t.start; i < t.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    kept.push(t);
    taken.fill(1, t.start, t.end);
  }
  kept.sort((a, b) => a.start - b.start);
  const timexes: TimeExpression[] = [];
  const unresolved: TimexMatch[] = [];
  for (const t of kept) {
    if (t.date === null) {
      unresolved.push(t);
      continue;
    }
    const x: TimeExpression = {
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      date: t.date,
      precision: t.precision,
      time_precision: ACLED[t.precision],
    };
    if (t.endDate && t.endDate !== t.date) x.endDate = t.endDate;
    timexes.push(x);
  }
  return { timexes, unresolved };
}

/** Stage: time expressions resolved against the article's reference date (`article.timexes`). */
export function resolveTime(article: Article): Article {
  if (article.language && !/^en\b/i.test(article.language)) {
    return {
      ...article,
      timexes: [],
      messages: [
        ...article.messages,
        {
          stage: 'time',
          severity: 'info',
          message: `time expressions skipped: language '${article.language}' is not English`,
        },
      ],
    };
  }
  const { timexes, unresolved } = findTimexes(article.text, referenceDate(article));
  const messages: Message[] = unresolved.map((t) => ({
    stage: 'time',
    severity: 'warning',
    message: `date unresolved: '${article.text.slice(t.start, t.end)}' without a publication date`,
    span: { start: t.start, end: t.end },
  }));
  // an undated article is resolved against the earliest day it can have been published: every
  // relative date is then the earliest it can be (each moves forward with the publication date)
  if (!article.published && article.published_on_or_after) {
    const relative = findTimexes(article.text, null).unresolved.length;
    if (relative > 0) {
      messages.push({
        stage: 'time',
        severity: 'info',
        message: `${relative} relative date${relative === 1 ? '' : 's'} resolved against the earliest possible publication date, ${article.published_on_or_after.slice(0, 10)}: each is the earliest it can be`,
      });
    }
  }
  return { ...article, timexes, messages: [...article.messages, ...messages] };
}
