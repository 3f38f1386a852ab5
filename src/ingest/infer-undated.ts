/**
 * Corpus-level dating of articles the text alone could not date, from the dated articles of
 * the same batch that share their place names (or are near-duplicates):
 *   - dates written without a year take the year that puts them nearest to those articles,
 *     after which the article's own rules run again (weekday after a date, datelined lead…);
 *   - an article that speaks only of weekdays ("announced on Friday") is placed on the
 *     occurrence of its latest weekday nearest to the median date of those articles.
 * With no related dated article, nothing is guessed.
 *
 * The result depends only on the set of articles, not on their order or on what earlier passes
 * found: articles are taken in a fixed order (path, then id), each starts from the dates it had
 * as read (`read_dates`, kept on those this dated), and near-duplicates are recognised by their
 * MinHash signatures, not by the links a corpus pass made. So a store built in any split of runs
 * dates its articles as one run over everything does (`redate`).
 */
import type { Article } from '../model.js';
import { MONTHS, WEEKDAYS } from '../lexicon/months.js';
import { searchable } from './article.js';
import { fromDays, toDays } from './dates.js';
import { estimateJaccard, lshNeighbours, minhashSignature, THRESHOLD } from './duplicates.js';
import { inferPublication, windowEnd } from './publication.js';

// capitalised words that are not place-like: calendar words and sentence-initial function words
// prettier-ignore
const NOT_TOPONYM = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  'The', 'This', 'That', 'These', 'Those', 'There', 'They', 'Their', 'What', 'When', 'Where', 'While', 'With', 'From', 'After',
  'Before', 'Since', 'According', 'Some', 'Many', 'Other', 'Others', 'Meanwhile', 'However', 'About', 'Read', 'More', 'Also',
  'President', 'Minister', 'General', 'Governor', 'Mayor', 'Secretary', 'Ministry', 'Defense', 'Defence', 'Forces', 'Army',
]);
// places two articles must share to be about the same events
const MIN_SHARED = 3;

/** Capitalised words inside sentences (not sentence-initial), the toponym-like vocabulary. */
function placeLikeWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<=[a-z,;:]\s+|\s(?:in|of|near|at|from|to|around|outside)\s+)([A-Z][\p{L}'’-]{3,})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[1].replace(/['’]s$/, '');
    if (!NOT_TOPONYM.has(w)) out.add(w);
  }
  return out;
}

const median = (dates: string[]): string => {
  const sorted = [...dates].sort();
  return sorted[(sorted.length - 1) >> 1];
};

/** The article as read, before batch dating: its own dates and messages. */
export function asRead(a: Article): Article {
  if (!a.read_dates) return a;
  const { read_dates: read, ...rest } = a;
  return {
    ...rest,
    published: read.published,
    published_on_or_after: read.published_on_or_after,
    messages: a.messages.slice(0, read.messages),
  };
}

const byPathThenId = (a: Article, b: Article) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Dates the undated articles from the dated ones (see above); the articles come back in the order given. */
export function inferUndatedDates(given: Article[]): Article[] {
  const order = given.map((a, i) => ({ a: asRead(a), i })).sort((x, y) => byPathThenId(x.a, y.a));
  const dated = dateInOrder(order.map((o) => o.a));
  const out = new Array<Article>(given.length);
  order.forEach((o, k) => {
    const d = dated[k];
    const changed =
      d.published !== o.a.published ||
      d.published_on_or_after !== o.a.published_on_or_after ||
      d.messages.length !== o.a.messages.length;
    out[o.i] = changed
      ? {
          ...d,
          read_dates: {
            published: o.a.published,
            published_on_or_after: o.a.published_on_or_after,
            messages: o.a.messages.length,
          },
        }
      : d;
  });
  return out;
}

/** Does any stored article take its date from others (undated, or dated from the text's own dates)? */
export function needsRedating(stored: Pick<Article, 'published' | 'read_dates'>[]): boolean {
  return stored.some((a) => !a.published || a.read_dates);
}

/**
 * Stored articles (as ingested: see `asIngested`) dated again from everything stored: those whose
 * dates or dating messages now differ, with their new dates, to be analysed again. Empty when no
 * article needs a date from others.
 */
export function redate(stored: Article[]): Article[] {
  if (!needsRedating(stored)) return [];
  const dated = inferUndatedDates(stored);
  const key = (a: Article) =>
    JSON.stringify([
      a.published,
      a.published_on_or_after,
      a.read_dates ?? null,
      a.messages.filter((m) => m.stage === 'ingest'),
    ]);
  return dated.filter((d, i) => key(d) !== key(stored[i]));
}

function dateInOrder(articles: Article[]): Article[] {
  const words = articles.map((a) => placeLikeWords(a.text));
  const sigs = articles.map((a) => a.signature ?? minhashSignature(a.text));
  const neighbours = lshNeighbours(sigs, (i) => !articles[i].published);
  // place words → articles, so that an undated article meets only those it shares words with
  const byWord = new Map<string, number[]>();
  words.forEach((set, j) => {
    for (const w of set) {
      const list = byWord.get(w);
      if (list) list.push(j);
      else byWord.set(w, [j]);
    }
  });
  // only undated articles ask, and each asks up to three times: find its relatives once
  const relatedTo = new Map<number, number[]>();
  const relatives = (i: number): number[] => {
    let list = relatedTo.get(i);
    if (list) return list;
    const shared = new Map<number, number>();
    for (const w of words[i]) for (const j of byWord.get(w)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    const out = new Set<number>();
    for (const [j, n] of shared) if (n >= MIN_SHARED || estimateJaccard(sigs[i], sigs[j]) >= THRESHOLD) out.add(j);
    // near-duplicates count whatever their words, found by their signatures' LSH buckets (a
    // stored `duplicate_of` link depends on what the corpus pass had seen when it ran)
    for (const j of neighbours.get(i) ?? [])
      if (!out.has(j) && estimateJaccard(sigs[i], sigs[j]) >= THRESHOLD) out.add(j);
    list = [...out].sort((a, b) => a - b);
    relatedTo.set(i, list);
    return list;
  };
  const anchorFor = (i: number, dated: (string | null)[]): { date: string; from: number } | null => {
    const dates: string[] = [];
    for (const j of relatives(i)) {
      const d = dated[j];
      if (d) dates.push(d);
    }
    return dates.length ? { date: median(dates), from: dates.length } : null;
  };

  // pass 1: complete yearless dates from articles dated by their own metadata or text
  const original = articles.map((a) => a.published);
  const pass1 = articles.map((a, i): Article => {
    if (a.published) return a;
    const anchor =
      anchorFor(i, original) ??
      anchorFor(
        i,
        articles.map((b) => b.published_on_or_after),
      );
    if (!anchor) return a;
    const r = inferPublication(searchable(a.text), { anchor: anchor.date });
    if (!r.published && (!r.published_on_or_after || r.published_on_or_after === a.published_on_or_after)) return a;
    return {
      ...a,
      published: r.published,
      published_on_or_after: r.published ? null : r.published_on_or_after,
      messages: [
        ...a.messages,
        ...r.messages.map((m) => ({
          stage: 'ingest',
          severity: 'info' as const,
          message: `${m} (years taken from ${anchor.from} related dated article${anchor.from > 1 ? 's' : ''} of the batch, median ${anchor.date})`,
        })),
      ],
    };
  });

  // pass 2: articles that speak only of weekdays, against every article dated so far
  const dated = pass1.map((a) => a.published);
  return pass1.map((a, i): Article => {
    if (a.published) return a;
    const anchor = anchorFor(i, dated);
    const r = inferPublication(searchable(a.text), { anchor: anchor?.date ?? null });
    if (anchor && r.published) {
      const note = ` (years taken from the batch, median ${anchor.date})`;
      return {
        ...a,
        published: r.published,
        published_on_or_after: null,
        messages: [
          ...a.messages,
          ...r.messages.map((m) => ({ stage: 'ingest', severity: 'info' as const, message: m + note })),
        ],
      };
    }
    if (!r.weekdays.length || r.anchored) return a;
    if (!anchor) {
      return {
        ...a,
        messages: [
          ...a.messages,
          {
            stage: 'ingest',
            severity: 'info',
            message:
              'speaks only of weekdays, and no related article of the batch is dated: publication date left unknown',
          },
        ],
      };
    }
    const end = windowEnd(r.weekdays);
    const target = toDays(anchor.date);
    // the occurrence of that weekday nearest to the anchor (ties go to the earlier day)
    const offset = (end - new Date(`${anchor.date}T00:00:00Z`).getUTCDay() + 7) % 7;
    let day = offset <= 3 ? target + offset : target + offset - 7;
    const lower = a.published_on_or_after ?? r.published_on_or_after;
    if (lower && day < toDays(lower)) day += 7 * Math.ceil((toDays(lower) - day) / 7);
    const published = fromDays(day);
    return {
      ...a,
      published,
      published_on_or_after: null,
      messages: [
        ...a.messages,
        {
          stage: 'ingest',
          severity: 'info',
          message:
            `publication date ${published} inferred: the text speaks of ${r.weekdays.map((w) => WEEKDAYS[w]).join(', ')} as its present week; ` +
            `${WEEKDAYS[end]} nearest to the median date (${anchor.date}) of ${anchor.from} related dated article${anchor.from > 1 ? 's' : ''} of the batch`,
        },
      ],
    };
  });
}
