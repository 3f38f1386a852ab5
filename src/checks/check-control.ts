/**
 * The corpus stage of the checks: claims against dated territorial-control maps.
 *
 * (a) a "regains / overtakes territory" event: the status of its place in every snapshot, and
 *     whether (and between which two snapshots) the map shows the change near the stated date;
 * (b) a stated area regained: the area that stopped being occupied on the maps over the period
 *     the claim covers (geodesic, counted on the snapshots' rasters: src/checks/raster.ts),
 *     against the stated figure;
 * (c) "within N km of Y": the distance from Y to the nearest edge of the occupied area on the
 *     last map of the claim's day.
 *
 * Only snapshots that loaded whole reach this stage (src/checks/control.ts refuses the rest).
 * Times are UTC; a date without a time stands for its whole day.
 */
import type { Article, Check, Corpus, FusedEvent, Quantity, Span } from '../model.js';
import { placeMentions, referenceDate } from '../model.js';
import { rasterOf, statusAt, type ControlSnapshot, type PointStatus } from './control.js';
import { differenceKm2, GRID, union } from './raster.js';
import { countryOutline, nearOutline } from './borders.js';
import { compass, type Point8 } from './compass.js';
import { knowledgeFor, type Knowledge } from '../profiles/index.js';

/** an occupied edge this close to the country's outline runs along a border or coast */
const BORDER_KM = 5;
import {
  areaKm2,
  areaNoLongerCovered,
  distanceToEdgesKm,
  initialBearing,
  nearestEdgeKm,
  ringBBox,
  type Piece,
} from './geometry.js';
import { AREA_TOLERANCE, compareFigure, DISTANCE_TOLERANCE, percent, type StatedQualifier } from './tolerance.js';

const DAY = 86400;
const DAY_COUNTS: ReadonlyMap<string, number> = new Map(Object.entries({ two: 2, three: 3, four: 4, five: 5, six: 6 }));

/** The snapshots a corpus carries, oldest first. */
export function snapshotsOf(corpus: Pick<Corpus, 'control'>): ControlSnapshot[] {
  return [...(corpus.control ?? [])].sort((a, b) => a.time - b.time);
}

function dayStart(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 1000);
}

/** "2022-09-07 16:27 UTC" */
function utc(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

const STATUS_WORDS: Record<PointStatus, string> = {
  occupied: 'occupied',
  contested: 'contested',
  liberated: 'taken back',
  none: 'not marked occupied',
};

// ---------------------------------------------------------------------------------------------
// (a) events

/** How far from the stated date a change on the map still confirms it, by time_precision. */
const WINDOW: Record<1 | 2 | 3, { before: number; after: number }> = {
  1: { before: 3 * DAY, after: 7 * DAY },
  2: { before: 7 * DAY, after: 14 * DAY },
  3: { before: 31 * DAY, after: 31 * DAY },
};

interface ControlChange {
  /** the last snapshot showing the old status, and the first showing it changing */
  lastBefore: ControlSnapshot;
  firstAfter: ControlSnapshot;
  /** the first snapshot showing the change complete (taken back / occupied), if any */
  complete: ControlSnapshot | null;
  /** statuses from lastBefore to complete, in order, one per status run */
  steps: { status: PointStatus; at: ControlSnapshot }[];
}

/**
 * The changes of a point's status in the direction the event states: 'lost' (occupied, then not)
 * for a government regaining territory, 'gained' (not occupied, then occupied) otherwise.
 */
function controlChanges(
  snapshots: ControlSnapshot[],
  lon: number,
  lat: number,
  direction: 'lost' | 'gained',
): { series: PointStatus[]; changes: ControlChange[] } {
  const series = snapshots.map((s) => statusAt(s, lon, lat));
  const held = (st: PointStatus) => (direction === 'lost' ? st === 'occupied' : st !== 'occupied');
  const done = (st: PointStatus) => (direction === 'lost' ? st === 'liberated' || st === 'none' : st === 'occupied');
  const changes: ControlChange[] = [];
  for (let i = 1; i < series.length; i++) {
    if (!held(series[i - 1]!) || held(series[i]!)) continue;
    const steps: ControlChange['steps'] = [{ status: series[i - 1]!, at: snapshots[i - 1]! }];
    let complete: ControlSnapshot | null = null;
    for (let k = i; k < series.length; k++) {
      if (held(series[k]!)) break;
      if (steps[steps.length - 1]!.status !== series[k]) steps.push({ status: series[k]!, at: snapshots[k]! });
      if (done(series[k]!)) {
        complete = snapshots[k]!;
        break;
      }
    }
    changes.push({ lastBefore: snapshots[i - 1]!, firstAfter: snapshots[i]!, complete, steps });
  }
  return { series, changes };
}

/** A stretch of snapshots that show a point in one status: from the first to the last of them. */
export interface ControlRun {
  status: PointStatus;
  /** the first and last snapshot of the run, as ISO times */
  from: string;
  to: string;
  snapshots: number;
}

/**
 * What the maps show at a point, snapshot by snapshot, as runs of one status: the place's control
 * history, for a reader to set beside what the reports claim (shown apart from the checks).
 */
export function controlHistory(snapshots: ControlSnapshot[], lon: number, lat: number): ControlRun[] {
  const runs: ControlRun[] = [];
  for (const s of snapshots) {
    const status = statusAt(s, lon, lat);
    const at = new Date(s.time * 1000).toISOString();
    const last = runs[runs.length - 1];
    if (last && last.status === status) {
      last.to = at;
      last.snapshots++;
    } else runs.push({ status, from: at, to: at, snapshots: 1 });
  }
  return runs;
}

function describeChange(name: string, c: ControlChange): string {
  const parts = [`${name}: ${STATUS_WORDS[c.steps[0]!.status]} until ${utc(c.lastBefore.time)}`];
  for (const s of c.steps.slice(1)) {
    parts.push(
      s.at === c.complete && s.status !== 'contested'
        ? `${STATUS_WORDS[s.status]} by ${utc(s.at.time)}`
        : `${STATUS_WORDS[s.status]} at ${utc(s.at.time)}`,
    );
  }
  return parts.join(', ');
}

function firstReportSpan(event: FusedEvent): { articleId: string; span: Span } {
  const r = event.reports[0];
  return { articleId: r?.articleId ?? '', span: r?.sentence ?? { start: 0, end: 0, text: '' } };
}

export function eventControlCheck(event: FusedEvent, snapshots: ControlSnapshot[]): Check | null {
  const regains = /regains territory/i.test(event.sub_event_type);
  const overtakes = /overtakes territory/i.test(event.sub_event_type);
  // a non-violent transfer says territory changed hands, not which way
  const transfer = /transfer of territory/i.test(event.sub_event_type);
  if (!regains && !overtakes && !transfer) return null;
  const { articleId, span } = firstReportSpan(event);
  const name = event.place?.name ?? event.location ?? 'the place';
  const stated = `${event.sub_event_type} at ${name}${event.date ? ` on ${event.date}` : ''}`;
  const base = {
    id: `${event.id}:control`,
    kind: 'control' as const,
    articleId,
    span,
    stated,
    eventId: event.id,
    claimId: null,
  };
  if (!event.place || !event.date) {
    return {
      ...base,
      computed: null,
      verdict: 'unverifiable',
      explanation: `${stated}: no ${event.place ? 'date' : 'coordinates'} to look up on the maps`,
    };
  }
  const day = dayStart(event.date);
  const w = WINDOW[event.time_precision] ?? WINDOW[1];
  const from = day - w.before;
  const to = day + DAY + w.after;
  if (!snapshots.length || snapshots[0]!.time > day || snapshots[snapshots.length - 1]!.time < day) {
    return {
      ...base,
      computed: null,
      verdict: 'unverifiable',
      explanation: `${stated}: no control map before and after that date (${snapshots.length} snapshots${snapshots.length ? `, ${utc(snapshots[0]!.time)} to ${utc(snapshots[snapshots.length - 1]!.time)}` : ''})`,
    };
  }
  const lost = controlChanges(snapshots, event.place.lon, event.place.lat, 'lost');
  const series = lost.series;
  const changes = regains
    ? lost.changes
    : overtakes
      ? controlChanges(snapshots, event.place.lon, event.place.lat, 'gained').changes
      : [...lost.changes, ...controlChanges(snapshots, event.place.lon, event.place.lat, 'gained').changes];
  const inWindow = changes.filter((c) => c.firstAfter.time >= from && c.lastBefore.time <= to);
  const nearest = (cs: ControlChange[]) =>
    [...cs].sort((a, b) => Math.abs(a.firstAfter.time - day) - Math.abs(b.firstAfter.time - day))[0] ?? null;
  const hit = nearest(inWindow);
  const details: Record<string, unknown> = {
    place: { geonameid: event.place.geonameid, name: event.place.name, lat: event.place.lat, lon: event.place.lon },
    window: { from: new Date(from * 1000).toISOString(), to: new Date(to * 1000).toISOString() },
    series: snapshots
      .map((s, i) => ({ snapshot: s.validFrom, file: s.file, status: series[i] }))
      .filter((x) => {
        const t = Date.parse(x.snapshot) / 1000;
        return t >= from - 2 * DAY && t <= to;
      }),
  };
  if (hit) {
    details.change = {
      last_before: hit.lastBefore.validFrom,
      first_after: hit.firstAfter.validFrom,
      complete: hit.complete?.validFrom ?? null,
      steps: hit.steps.map((s) => ({ status: s.status, snapshot: s.at.validFrom })),
    };
    return {
      ...base,
      computed: `changed between ${utc(hit.lastBefore.time)} and ${utc(hit.firstAfter.time)}`,
      verdict: 'consistent',
      explanation: `${describeChange(name, hit)}: the map confirms the change ${hit.complete ? '' : 'in part '}within the window of the stated date`,
      details,
    };
  }
  const other = nearest(changes);
  const wanted = regains ? 'occupied' : overtakes ? 'not occupied' : 'changing hands';
  let why: string;
  if (other) {
    why = `the map shows the change outside the window (${describeChange(name, other)})`;
    details.change = {
      last_before: other.lastBefore.validFrom,
      first_after: other.firstAfter.validFrom,
      complete: other.complete?.validFrom ?? null,
    };
  } else if (!transfer && series.every((s) => (regains ? s !== 'occupied' : s === 'occupied'))) {
    why = `the map never shows ${name} ${wanted} in ${snapshots.length} snapshots (${utc(snapshots[0]!.time)} to ${utc(snapshots[snapshots.length - 1]!.time)})`;
  } else {
    const last = snapshots.filter((s) => s.time <= to).pop()!;
    why = `the map still shows ${name} ${STATUS_WORDS[statusAt(last, event.place.lon, event.place.lat)]} at ${utc(last.time)}, the end of the window`;
  }
  return {
    ...base,
    computed: 'no change on the map in the window',
    verdict: 'inconsistent',
    explanation: `${stated}: ${why}`,
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// (b) areas

// verbs of regaining territory, the government's side (a general lexicon, not the seeds'), and
// "returned to <a state side's adjective> control", whose adjectives the profiles know
const REGAIN_VERBS =
  '(?:re-?took|re-?taken|re-?take|recaptur\\w*|liberat\\w*|regain\\w*|re-?claim\\w*|won back|taken back|took back|de-?occup\\w*|return(?:ed)? control|pushed back|gain(?:ed|s)?)';
const regainMemo = new WeakMap<Knowledge, RegExp>();

/** "recaptured", "won back", "returned to <demonym>" ("… returned to <demonym> control"), with the demonyms of `k`. */
export function regainPattern(k: Knowledge): RegExp {
  let re = regainMemo.get(k);
  if (!re) {
    const demonyms = [...new Set(k.countryAdjective.values())].map((d) => d.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const returned = demonyms.length ? `|return(?:ed)? to (?:${demonyms.join('|')})` : '';
    re = new RegExp(`\\b(?:${REGAIN_VERBS}${returned})\\b`, 'i');
    regainMemo.set(k, re);
  }
  return re;
}

const SINCE_START =
  /\bsince (?:the (?:start|beginning|launch) of )?(?:the|its|their) (?:counter-?offensive|offensive|operation)(?: (?:started|began|was launched))?/i;

interface Period {
  start: number;
  end: number;
  why: string;
}

/** The period an area claim covers: its stated span, the counteroffensive's start, or a week. */
function claimPeriod(article: Article, sentence: Span, claimDate: string, corpus: Pick<Corpus, 'events'>): Period {
  const end = dayStart(claimDate) + DAY;
  const text = sentence.text;
  const days = /\bin (?:a single|one) day\b/i.test(text) ? 1 : null;
  if (days) return { start: end - days * DAY, end, why: 'a single day, as stated' };
  const nDays = /\b(?:in|over|during) (?:the )?(?:past |last )?(two|three|four|five|six|\d+) days\b/i.exec(text);
  if (nDays) {
    const n = DAY_COUNTS.get(nDays[1]!.toLowerCase()) ?? Number(nDays[1]);
    return { start: end - n * DAY, end, why: `${n} days, as stated` };
  }
  if (/\b(?:in|over|during) the (?:past|last) month\b/i.test(text))
    return { start: end - 30 * DAY, end, why: 'a month, as stated' };
  if (SINCE_START.test(text)) {
    // the counteroffensive began with the earliest regains-territory event of the month before
    const starts = corpus.events
      .filter(
        (e) =>
          /regains territory/i.test(e.sub_event_type) &&
          e.date &&
          dayStart(e.date) < end &&
          dayStart(e.date) >= end - 31 * DAY,
      )
      .map((e) => dayStart(e.date!));
    if (starts.length)
      return {
        start: Math.min(...starts) - DAY,
        end,
        why: `since the counteroffensive started (its first reported gain, ${new Date(Math.min(...starts) * 1000).toISOString().slice(0, 10)}, less a day)`,
      };
  }
  const since = (article.timexes ?? []).find(
    (t) =>
      t.start >= sentence.start &&
      t.end <= sentence.end &&
      /\bsince\b/i.test(article.text.slice(Math.max(sentence.start, t.start - 20), t.start)),
  );
  if (since && dayStart(since.date) < end)
    return { start: dayStart(since.date), end, why: `since ${since.date}, as stated` };
  if (/\b(?:in the past week|in the last week|this week|within a week)\b/i.test(text))
    return { start: end - 7 * DAY, end, why: 'a week, as stated' };
  return { start: end - 7 * DAY, end, why: 'a week (no period stated)' };
}

function sentenceOf(article: Article, at: number): Span {
  const s = article.sentences?.find((x) => x.start <= at && at < x.end);
  const start = s ? s.start : Math.max(0, article.text.lastIndexOf('\n', at) + 1);
  const end = s
    ? s.end
    : (() => {
        const e = article.text.indexOf('\n', at);
        return e < 0 ? article.text.length : e;
      })();
  return { start, end, text: article.text.slice(start, end) };
}

const pieces = (s: ControlSnapshot, statuses: string[]): Piece[] =>
  s.areas.filter((a) => statuses.includes(a.status)).map((a) => ({ polygon: a.polygon, bbox: a.bbox }));

/** A piece that left the occupied map, with its area and a representative point. */
interface LostPiece {
  km2: number;
  lon: number;
  lat: number;
}

/**
 * How the area that changed hands is measured. 'raster' (the default, what the stage uses):
 * cells of the snapshots' stored rasters (src/checks/raster.ts), a claim's scope tested cell by
 * cell; within 1% of 'exact' on the seeds' claims, in milliseconds. 'exact': polygon difference
 * (turf), a scope tested on each changed piece's centre; half a second per pair of snapshots,
 * kept to measure the raster against.
 */
type AreaMethod = 'raster' | 'exact';

/** Area that changed hands between two snapshots, memoised per pair within one run. */
export class AreaCache {
  private memo = new Map<string, LostPiece[]>();
  private rasterMemo = new Map<string, number>();
  constructor(readonly method: AreaMethod = 'raster') {}
  /** the changed pieces (exact method) */
  pieces(a: ControlSnapshot, b: ControlSnapshot, stillContested: boolean): LostPiece[] {
    const key = `${a.id}|${a.time}|${b.id}|${b.time}|${stillContested}`;
    let v = this.memo.get(key);
    if (v === undefined) {
      const r = areaNoLongerCovered(
        pieces(a, ['occupied']),
        pieces(b, stillContested ? ['occupied', 'contested'] : ['occupied']),
      );
      v = r.pieces.map((p) => {
        const [minX, minY, maxX, maxY] = ringBBox(p[0]!);
        return { km2: areaKm2(p), lon: (minX + maxX) / 2, lat: (minY + maxY) / 2 };
      });
      this.memo.set(key, v);
    }
    return v;
  }
  /** km² occupied in `a` and no longer in `b` (nor contested there, when `stillContested`) */
  lost(a: ControlSnapshot, b: ControlSnapshot, stillContested: boolean, scope: Scope | null = null): number {
    if (this.method === 'exact') {
      return this.pieces(a, b, stillContested)
        .filter((p) => !scope || inScope(scope, p))
        .reduce((sum, p) => sum + p.km2, 0);
    }
    const key = `${a.id}|${a.time}|${b.id}|${b.time}|${stillContested}|${scope ? `${scope.direction}@${scope.country.lat},${scope.country.lon}` : ''}`;
    let km2 = this.rasterMemo.get(key);
    if (km2 === undefined) {
      const ra = rasterOf(a).runs;
      const rb = rasterOf(b).runs;
      const sector = scope
        ? {
            lat: scope.country.lat,
            lon: scope.country.lon,
            bearing: compass.degrees(scope.direction),
            halfWidth: SCOPE_HALF_WIDTH,
          }
        : null;
      km2 = differenceKm2(ra.occupied, stillContested ? union(rb.occupied, rb.contested) : rb.occupied, sector);
      this.rasterMemo.set(key, km2);
    }
    return km2;
  }
}

// ---- the claim's region scope: a part of a country named by a compass word

/** "in northeastern Ethiopia", "in the east of the country": the sector around the country's point */
interface Scope {
  direction: Point8;
  country: { name: string; lat: number; lon: number };
}

const SCOPE_WORD =
  /\b(?:in|across|of|on)\s+(?:the\s+)?(?:this\s+region\s+of\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\b/i;
const SEVERAL =
  /\b(?:north|south|east|west)(?:ern)?\s+(?:and|&)\s+(?:the\s+)?(?:north|south|east|west)(?:ern)?\b|\bboth\s+fronts\b|\b(?:all|several)\s+fronts\b/i;

/** The scope a claim's sentence states, when it names one part of a country the article names. */
function claimScope(article: Article, sentence: Span): Scope | null {
  if (SEVERAL.test(sentence.text)) return null;
  const m = SCOPE_WORD.exec(sentence.text);
  if (!m) return null;
  const direction = compass.parse(m[1]!.replace(/ern$/i, ''));
  if (!direction) return null;
  // the country: one named in the sentence, else the one the article names most
  const countries = placeMentions(article).filter((t) => t.place && /^PCL/.test(t.place.feature));
  const inSentence = countries.find((t) => t.start >= sentence.start && t.end <= sentence.end);
  const counts = new Map<number, number>();
  for (const t of countries) counts.set(t.place!.geonameid, (counts.get(t.place!.geonameid) ?? 0) + 1);
  const top = [...countries].sort((x, y) => counts.get(y.place!.geonameid)! - counts.get(x.place!.geonameid)!)[0];
  const c = (inSentence ?? top)?.place;
  return c ? { direction, country: { name: c.name, lat: c.lat, lon: c.lon } } : null;
}

const SCOPE_HALF_WIDTH = 45;

/** Within ±45° of the scope's direction, seen from the country's representative point. */
export function inScope(scope: Scope, p: { lat: number; lon: number }): boolean {
  return compass.difference(initialBearing(scope.country, p), compass.degrees(scope.direction)) <= SCOPE_HALF_WIDTH;
}

function qualifierOfQuantity(q: Quantity): StatedQualifier {
  if (q.qualifier === 'about') return 'approximate';
  return q.qualifier;
}

/** A stated area against the maps' range [settled, lost], under its qualifier and the tolerance. */
function areaVerdict(
  stated: number,
  qualifier: StatedQualifier,
  settled: number,
  lost: number,
): { consistent: boolean; why: string } {
  const low = settled * (1 - AREA_TOLERANCE);
  const high = lost * (1 + AREA_TOLERANCE);
  if (lost <= 0) return { consistent: false, why: 'the maps show no ground changing hands' };
  const rel = (x: number, ref: number) => `${percent((x - ref) / ref)} ${x >= ref ? 'above' : 'below'}`;
  if (qualifier === 'more than' || qualifier === 'at least') {
    return stated <= high
      ? { consistent: true, why: `the maps show at least that much` }
      : { consistent: false, why: `the claim is ${rel(stated, lost)} the most the maps show` };
  }
  if (qualifier === 'up to' || qualifier === 'less than' || qualifier === 'at most') {
    return stated >= low
      ? { consistent: true, why: 'the maps show no more than that' }
      : { consistent: false, why: `the claim is ${rel(stated, settled)} the least the maps show` };
  }
  if (stated < low) return { consistent: false, why: `the claim is ${rel(stated, settled)} the least the maps show` };
  if (stated > high) return { consistent: false, why: `the claim is ${rel(stated, lost)} the most the maps show` };
  return { consistent: true, why: 'the claim lies within that range' };
}

export function areaChecks(
  corpus: Pick<Corpus, 'events'>,
  article: Article,
  snapshots: ControlSnapshot[],
  cache: AreaCache,
): Check[] {
  const out: Check[] = [];
  const date = referenceDate(article);
  const regain = regainPattern(knowledgeFor(article));
  for (const q of article.quantities ?? []) {
    if (q.si_unit !== 'km2' || (q.counts && q.counts !== 'territory')) continue;
    const sentence = sentenceOf(article, q.start);
    if (!regain.test(sentence.text)) continue;
    const claim = (article.claims ?? []).find((c) => c.content.start <= q.start && q.end <= c.content.end) ?? null;
    // the day the claim was made: a day-precise date in its sentence ("claimed Thursday"), else the article's
    const sentenceDay = (article.timexes ?? []).find(
      (d) =>
        d.start >= sentence.start &&
        d.end <= sentence.end &&
        d.precision === 'day' &&
        !d.endDate &&
        (!date || d.date <= date),
    );
    const claimDate =
      claim?.dates.find((d) => d.precision === 'day' && !d.endDate && (!date || d.date <= date))?.date ??
      sentenceDay?.date ??
      date;
    const qual = qualifierOfQuantity(q);
    const stated = `${qual === 'approximate' ? 'about ' : qual ? `${qual} ` : ''}${Math.round(q.si_value).toLocaleString('en-US')} km²`;
    const base = {
      id: `${article.id}:area:${q.start}`,
      kind: 'area' as const,
      articleId: article.id,
      span: { start: q.start, end: q.end, text: q.text },
      stated,
      claimId: claim?.id ?? null,
      eventId: null,
    };
    if (!claimDate) {
      out.push({
        ...base,
        computed: null,
        verdict: 'unverifiable',
        explanation: `stated ${stated} regained: the article has no date to place the claim in time`,
      });
      continue;
    }
    const period = claimPeriod(article, sentence, claimDate, corpus);
    const t0 = snapshots.filter((s) => s.time <= period.start).pop();
    const t1 = snapshots.filter((s) => s.time < period.end).pop();
    if (!t0 || !t1 || t1.time <= t0.time) {
      out.push({
        ...base,
        computed: null,
        verdict: 'unverifiable',
        explanation: `stated ${stated} regained over ${period.why}: no control maps at both ends of ${new Date(period.start * 1000).toISOString().slice(0, 10)} to ${claimDate}`,
      });
      continue;
    }
    const scope = claimScope(article, sentence);
    const lost = cache.lost(t0, t1, false, scope);
    const settled = cache.lost(t0, t1, true, scope);
    const scopeText = scope
      ? `the ${compass.name16(compass.degrees(scope.direction))} of ${scope.country.name}, ±45° from its centre`
      : 'whole map';
    const contested = lost - settled;
    // A claim may count the contested ground or not: the maps bound it between the area taken
    // back outright (settled) and the area no longer occupied (lost), each with the tolerance.
    const judged = areaVerdict(q.si_value, qual, settled, lost);
    const km = (x: number) => `${Math.round(x).toLocaleString('en-US')} km²`;
    const range =
      contested >= 1
        ? `between ${km(settled)} (taken back or unmarked) and ${km(lost)} (with ${km(contested)} still contested)`
        : km(lost);
    out.push({
      ...base,
      computed: contested >= 1 ? `${km(settled)} to ${km(lost)}` : km(lost),
      verdict: judged.consistent ? 'consistent' : 'inconsistent',
      explanation:
        `stated ${stated} regained, period ${period.why}; the maps show ${range} no longer occupied between ${utc(t0.time)} and ${utc(t1.time)} (${scopeText}): ` +
        `${judged.why} (tolerance ±${percent(AREA_TOLERANCE)}): ${judged.consistent ? 'consistent' : 'inconsistent'}`,
      details: {
        period: {
          start: new Date(period.start * 1000).toISOString(),
          end: new Date(period.end * 1000).toISOString(),
          why: period.why,
        },
        from_snapshot: t0.validFrom,
        to_snapshot: t1.validFrom,
        stated_km2: q.si_value,
        lost_km2: Math.round(lost * 10) / 10,
        settled_km2: Math.round(settled * 10) / 10,
        still_contested_km2: Math.round(contested * 10) / 10,
        scope: scopeText,
        // how the maps were measured: cells of GRID degrees (within 1% of polygon difference) or exact
        method: cache.method === 'raster' ? `raster ${GRID}°` : 'exact',
        tolerance: AREA_TOLERANCE,
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// (c) within

export function withinMapCheck(article: Article, check: Check, snapshots: ControlSnapshot[]): Check | null {
  const place = (check.details?.place ?? null) as { name: string; lat: number; lon: number } | null;
  const statedKm = check.details?.stated_km as number | undefined;
  if (!place || statedKm === undefined) return null;
  const date = referenceDate(article);
  // the same id: in exports the map's verdict replaces the article's "needs a control map"
  const base = { ...check, computed: null as string | null };
  const snap = date ? snapshots.filter((s) => s.time < dayStart(date) + DAY).pop() : undefined;
  if (!snap)
    return {
      ...base,
      verdict: 'unverifiable',
      explanation: `${check.stated}: no control map on or before ${date ?? 'an unknown date'}`,
    };
  const occupied = snap.areas.filter((a) => a.status === 'occupied').map((a) => a.polygon);
  // an occupied edge along the country's border or coast is no line of control
  const country = (check.details?.place as { country?: string } | undefined)?.country;
  const outline = country ? countryOutline(country) : null;
  const d = outline
    ? nearestEdgeKm(place, occupied, (mid) => nearOutline(outline, mid, BORDER_KM))
    : distanceToEdgesKm(place, occupied);
  if (!d)
    return {
      ...base,
      verdict: 'unverifiable',
      explanation: `${check.stated}: the map of ${utc(snap.time)} has no occupied area`,
    };
  const inside = statusAt(snap, place.lon, place.lat);
  const cmp = compareFigure(statedKm, d.km, 'up to', DISTANCE_TOLERANCE.exact, DISTANCE_TOLERANCE.floorKm);
  return {
    ...base,
    computed: `${Math.round(d.km * 10) / 10} km`,
    verdict: cmp.consistent ? 'consistent' : 'inconsistent',
    explanation: `${check.stated}; on the map of ${utc(snap.time)} ${place.name} is ${STATUS_WORDS[inside]} and the nearest edge of the occupied area${outline ? ' (not counting its edges along borders and coasts)' : ''} is ${Math.round(d.km)} km away: ${cmp.consistent ? 'consistent' : 'inconsistent'} (tolerance ±${percent(DISTANCE_TOLERANCE.exact)}, at least ${DISTANCE_TOLERANCE.floorKm} km)`,
    details: {
      ...check.details,
      snapshot: snap.validFrom,
      status: inside,
      edge_km: Math.round(d.km * 100) / 100,
      nearest: d.nearest,
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** The article's own checks (against the gazetteer) that the maps do not revisit: all but `within`. */
export function articleOwnChecks(article: Pick<Article, 'checks'>): Check[] {
  return (article.checks ?? []).filter((c) => c.kind !== 'within');
}

/** Each fused event's place against the control maps (none without maps). */
export function eventChecks(events: Corpus['events'], snapshots: ControlSnapshot[]): Check[] {
  const out: Check[] = [];
  if (!snapshots.length) return out;
  for (const e of events) {
    const c = eventControlCheck(e, snapshots);
    if (c) out.push(c);
  }
  return out;
}

/**
 * An article's area claims against the maps, and its distance claims (`within`) with the maps'
 * verdict where there are maps. A near-duplicate adds none: its original does. `corpus` gives the
 * fused events (the start of a counteroffensive) and nothing else is read of it.
 */
export function articleMapChecks(
  corpus: Pick<Corpus, 'events'>,
  article: Article,
  snapshots: ControlSnapshot[],
  cache: AreaCache,
): Check[] {
  if (article.duplicate_of) return [];
  const out: Check[] = [];
  if (snapshots.length) out.push(...areaChecks(corpus, article, snapshots, cache));
  for (const c of article.checks ?? []) {
    if (c.kind !== 'within') continue;
    out.push(snapshots.length ? (withinMapCheck(article, c, snapshots) ?? c) : c);
  }
  return out;
}

/** Drops the checks whose id `corpus.checks` holds already, and adds the rest to them. */
export function withChecks(corpus: Corpus, checks: Check[]): Corpus {
  const seen = new Set(corpus.checks.map((c) => c.id));
  return { ...corpus, checks: [...corpus.checks, ...checks.filter((c) => !seen.has(c.id))] };
}

/**
 * The corpus stage: adds control, area and within checks to `corpus.checks`, in this order: every
 * article's own checks, the events', then each article's against the maps. Areas are measured
 * on the rasters unless `options.areaMethod` asks for the exact polygon difference.
 */
export function checkControl(corpus: Corpus, options: { areaMethod?: AreaMethod } = {}): Corpus {
  const snapshots = snapshotsOf(corpus);
  // the article checks too, so that the store's checks table holds every check
  const checks: Check[] = corpus.articles.flatMap(articleOwnChecks);
  checks.push(...eventChecks(corpus.events, snapshots));
  const cache = new AreaCache(options.areaMethod ?? 'raster');
  for (const a of corpus.articles) checks.push(...articleMapChecks(corpus, a, snapshots, cache));
  return withChecks(corpus, checks);
}
