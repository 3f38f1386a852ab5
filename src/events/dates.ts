import type { Article, Claim, Sentence, TimeExpression } from '../model.js';

interface EventDate {
  date: string | null;
  time_precision: 1 | 2 | 3;
  /** the days the event may have happened on */
  earliest: string | null;
  latest: string | null;
}

export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}

/**
 * A time expression next to a speech verb dates the report, not the event ("Kyiv said on
 * Thursday it had retaken X"): the event happened on or before it.
 *
 *   matches:  "The army said on Saturday that …", "The ministry on Thursday night announced …",
 *             "Kyiv claimed Thursday to have …"
 *   must not: "Eight civilians were killed Thursday in enemy strikes."
 */
const SPEECH_NEAR =
  /\b(?:said|says|announced|announces|claimed|claims|reported|confirmed|stated|posted|told|declared|tweeted|wrote|added|published|spoke|address|briefing|pictured|shows|released)\b/iu;

function isReportDate(text: string, timex: TimeExpression, sentence: Sentence): boolean {
  const before = text.slice(Math.max(sentence.start, timex.start - 25), timex.start);
  const after = text.slice(timex.end, Math.min(sentence.end, timex.end + 25));
  if (
    /\b(?:said|says|announced|claimed|claims|reported|confirmed|stated|posted|told|declared|tweeted|wrote|added|published|spoke)\s+(?:on\s+|late\s+|early\s+)?$/iu.test(
      before,
    )
  )
    return true;
  if (
    /^\s*(?:night|morning|evening|afternoon)?\s*,?\s*(?:that\s+)?(?:it\s+)?(?:announced|said|claimed|reported|confirmed|stated|posted|told)\b/iu.test(
      after,
    )
  )
    return true;
  if (
    /\b(?:in\s+an?|during\s+an?|at\s+an?)\s+$/iu.test(before) &&
    /^\s*(?:address|briefing|statement|speech)/iu.test(after)
  )
    return true;
  return SPEECH_NEAR.test(before.slice(-12)) && /\bon\s+$/iu.test(before);
}

/**
 * The event's date: the time expression of its sentence nearest the trigger, else the claim's,
 * else the article's reference date with a coarser time_precision. `lag` is how many days before
 * a report the event may lie when the text gives no day (control of a town is reported for days;
 * a strike is news the same or the next day).
 */
export function eventDate(
  article: Article,
  sentence: Sentence,
  trigger: { start: number; end: number },
  claim: Claim | null,
  lag: number,
  caption: boolean,
): EventDate {
  const text = article.text;
  const reference = article.published ?? article.published_on_or_after ?? null;
  const timexes = (article.timexes ?? []).filter(
    (t) =>
      t.start >= sentence.start &&
      t.end <= sentence.end &&
      (!reference || t.date <= reference || daysBetween(reference, t.date) <= 0),
  );
  // Only the time expressions of the trigger's own clause, or of a short opening phrase that
  // dates the whole sentence ("This morning, a strike …"); "The road was open on Friday, an area
  // troops retook in recent days" does not date the retaking.
  const segment = clauseOf(text, sentence, trigger);
  const opening = /^[^,]{0,25},/u.exec(text.slice(sentence.start, sentence.end));
  // the claim's own source and cue date the statement ("a commander who spoke Thursday said …")
  const said = [claim?.source, claim?.cue].filter((x): x is NonNullable<typeof x> => x != null);
  const inScope = timexes.filter(
    (t) =>
      (t.start >= segment.start && t.end <= segment.end) ||
      (opening && t.end <= sentence.start + opening[0].length) ||
      said.some((x) => t.start >= x.start - 30 && t.end <= x.end + 30),
  );
  const pick = inScope.sort((a, b) => distance(a, trigger) - distance(b, trigger))[0];
  if (pick) {
    const end = pick.endDate ?? pick.date;
    const ofTheSaying =
      !(pick.start >= segment.start && pick.end <= segment.end) &&
      said.some((x) => pick.start >= x.start - 30 && pick.end <= x.end + 30);
    if (caption || ofTheSaying || isReportDate(text, pick, sentence)) {
      return {
        date: end,
        time_precision: Math.max(pick.time_precision, 1) as 1 | 2 | 3,
        earliest: addDays(pick.date, -lag),
        latest: end,
      };
    }
    // a range ("this month", "in recent days") is coded at its latest day up to the report
    const last = reference && end > reference.slice(0, 10) ? reference.slice(0, 10) : end;
    return {
      date: last < pick.date ? pick.date : last,
      time_precision: pick.time_precision,
      earliest: pick.date,
      latest: end,
    };
  }
  const claimDate = claim?.dates?.[0];
  if (claimDate) {
    const end = claimDate.endDate ?? claimDate.date;
    return {
      date: end,
      time_precision: Math.max(claimDate.time_precision, 2) as 1 | 2 | 3,
      earliest: addDays(claimDate.date, -lag),
      latest: end,
    };
  }
  if (article.published) {
    return {
      date: article.published.slice(0, 10),
      time_precision: 2,
      earliest: addDays(article.published, -lag),
      latest: article.published.slice(0, 10),
    };
  }
  if (article.published_on_or_after) {
    // only a lower bound on publication: the event may lie weeks before it
    const d = article.published_on_or_after.slice(0, 10);
    return { date: d, time_precision: 3, earliest: addDays(d, -Math.max(lag, 30)), latest: d };
  }
  return { date: null, time_precision: 3, earliest: null, latest: null };
}

/** The comma-delimited stretch of the sentence around the trigger. */
function clauseOf(
  text: string,
  sentence: Sentence,
  trigger: { start: number; end: number },
): { start: number; end: number } {
  const before = text.slice(sentence.start, trigger.start);
  const after = text.slice(trigger.end, sentence.end);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
  const next = after.search(/[,;—]/u);
  return {
    start: cut >= 0 ? sentence.start + cut + 1 : sentence.start,
    end: next >= 0 ? trigger.end + next : sentence.end,
  };
}

function distance(t: { start: number; end: number }, trigger: { start: number; end: number }): number {
  if (t.end <= trigger.start) return trigger.start - t.end;
  if (t.start >= trigger.end) return t.start - trigger.end;
  return 0;
}
