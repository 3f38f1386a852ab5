import type { TimePrecision } from '../model.js';

/** What a time family sees: the text, the reference date and the tense around a position. */
export interface TimeContext {
  text: string;
  /** the article's reference date (ISO), or null when it has none */
  ref: string | null;
  /** does the clause around [start, end) speak of the future ("will meet on Friday")? */
  isFuture(start: number, end: number): boolean;
}

/** A time expression found; `date` null means it needs a reference date the article lacks. */
export interface TimexMatch {
  start: number;
  end: number;
  date: string | null;
  endDate?: string | null;
  precision: TimePrecision;
}

/** One family of time patterns (weekdays, relative days, months, …). */
export interface TimeFamily {
  name: string;
  find(ctx: TimeContext): TimexMatch[];
}

/** Runs a global regex over the text and maps each match (null drops it). */
export function each(re: RegExp, text: string, map: (m: RegExpExecArray) => TimexMatch | null): TimexMatch[] {
  const out: TimexMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const t = map(m);
    if (t) out.push(t);
  }
  return out;
}
