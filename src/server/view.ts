/**
 * The read side of the server: the corpus the routes answer from, with the indices they need.
 * Built once per corpus (at start-up and after each accepted POST), never per request, so that
 * a list of 10,000 events filters in a few milliseconds.
 *
 * Each view has a version, and each event row the version at which the event last changed, so
 * that a client polls for what changed (`GET /api/events?since=V`) instead of reloading every
 * event. The first view of a server run takes the time the run started, in milliseconds; each
 * later view (a changed corpus: a POSTed article, another process's analyze) the version before
 * plus one. A run therefore starts above every version an earlier run reported (it would take more
 * than one change per millisecond to catch up), and a version below the run's first comes from an
 * earlier run: the events route answers it with every event, flagged as such.
 */
import type { Article, Check, Claim, Corpus, Dispute, Entity, FusedEvent, Side, Span } from '../model.js';
import { controlHistory, snapshotsOf, type ControlRun } from '../checks/check-control.js';
import type { ControlSnapshot as MapSnapshot } from '../checks/control.js';
import { controlSnapshots, type ControlSnapshot } from './control.js';
import { eventOrder } from './event-order.js';

export interface EventRow {
  event: FusedEvent;
  /** sides of the claimants behind the reports (from the claims' speakers) */
  sides: Side[];
  lat: number | null;
  lon: number | null;
  /** the version of the view in which the event (its record or its sides) last changed */
  version: number;
}

export class CorpusView {
  readonly corpus: Corpus;
  readonly articles = new Map<string, Article>();
  readonly events = new Map<string, EventRow>();
  /** events sorted by date (undated last), then id: the default order of every list */
  readonly eventRows: EventRow[] = [];
  readonly disputes = new Map<string, Dispute>();
  readonly entities: Entity[];
  readonly snapshots: ControlSnapshot[];
  /** fused event id of each event mention id */
  readonly eventOfMention = new Map<string, string>();
  /** this view's version */
  readonly version: number;
  /** the version of the run's first view: a version below it was reported by an earlier run */
  readonly firstVersion: number;
  /** ids of events served earlier in this run and no longer, with the version that removed them */
  readonly removed: ReadonlyMap<string, number>;

  /**
   * `previous` is the view this one replaces (a changed corpus), whose versions it carries on;
   * without one, the view is a run's first, versioned by the clock.
   */
  constructor(corpus: Corpus, previous: CorpusView | null = null) {
    this.corpus = corpus;
    this.firstVersion = previous ? previous.firstVersion : Date.now();
    this.version = previous ? previous.version + 1 : this.firstVersion;
    for (const a of corpus.articles) this.articles.set(a.id, a);
    for (const d of corpus.disputes) this.disputes.set(d.id, d);
    this.entities = corpus.entities.length > 0 ? corpus.entities : corpus.articles.flatMap((a) => a.entities ?? []);
    for (const event of corpus.events) {
      const row: EventRow = {
        event,
        sides: this.sidesOf(event),
        lat: event.place?.lat ?? null,
        lon: event.place?.lon ?? null,
        version: this.version,
      };
      const was = previous?.events.get(event.id);
      if (was && sameEvent(was, row)) row.version = was.version;
      this.events.set(event.id, row);
      this.eventRows.push(row);
      for (const r of event.reports) this.eventOfMention.set(r.mentionId, event.id);
    }
    this.eventRows.sort((x, y) => eventOrder(x.event, y.event));
    this.snapshots = controlSnapshots(corpus.control);
    this.removed = previous ? removedSince(previous, this) : new Map();
  }

  claim(articleId: string, claimId: string | null): Claim | undefined {
    if (!claimId) return undefined;
    return this.articles.get(articleId)?.claims?.find((c) => c.id === claimId);
  }

  /** The side of a speaker named `name`, from the entities, when the claim does not carry one. */
  sideOfName(name: string | null): Side | null {
    if (!name) return null;
    const n = name.toLowerCase();
    const e = this.entities.find(
      (x) => x.canonical.toLowerCase() === n || x.variants.some((v) => v.toLowerCase() === n),
    );
    return e?.side ?? null;
  }

  private sidesOf(event: FusedEvent): Side[] {
    const sides = new Set<Side>();
    for (const r of event.reports) {
      const mention = this.articles.get(r.articleId)?.events?.find((m) => m.id === r.mentionId);
      const side = this.claim(r.articleId, mention?.claimId ?? null)?.speaker?.side ?? this.sideOfName(r.claimant);
      if (side) sides.add(side);
    }
    return [...sides];
  }

  /** Checks about an event: those linked to it, and those whose span lies in one of its report sentences. */
  /**
   * The event's own checks: those made for it, and the article checks (a distance, a direction)
   * stated in one of its report sentences. A check made for another event that a report sentence
   * also names (the control of another town) is that event's, as in the JSON export.
   */
  checksOf(event: FusedEvent): Check[] {
    const all = this.allChecks();
    return all.filter((c) =>
      c.eventId
        ? c.eventId === event.id
        : event.reports.some((r) => r.articleId === c.articleId && overlaps(c.span, r.sentence)),
    );
  }

  /**
   * What the control maps show at the event's place, snapshot by snapshot, as runs of one status:
   * the place's history, shown apart from the event's checks. Null without a place or maps.
   */
  placeControl(event: FusedEvent): { place: string; geonameid: number; runs: ControlRun[] } | null {
    if (!event.place) return null;
    this.mapSnapshots ??= snapshotsOf(this.corpus);
    if (!this.mapSnapshots.length) return null;
    return {
      place: event.place.name,
      geonameid: event.place.geonameid,
      runs: controlHistory(this.mapSnapshots, event.place.lon, event.place.lat),
    };
  }
  private mapSnapshots: MapSnapshot[] | undefined;

  /** Disputes touching an event: a disputed claim inside one of its report sentences, or a topic naming its place. */
  disputesOf(event: FusedEvent): Dispute[] {
    const names = [event.location, event.place?.name].filter((x): x is string => !!x).map((x) => x.toLowerCase());
    return this.corpus.disputes.filter(
      (d) =>
        d.claims.some((c) => event.reports.some((r) => r.articleId === c.articleId && overlaps(c.span, r.sentence))) ||
        names.some((n) => d.topic.toLowerCase().includes(n)),
    );
  }

  /** corpus-level checks plus article-level ones, without repeats */
  allChecks(): Check[] {
    if (this.checkCache) return this.checkCache;
    const seen = new Set<string>();
    const out: Check[] = [];
    for (const c of [...this.corpus.checks, ...this.corpus.articles.flatMap((a) => a.checks ?? [])]) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c);
    }
    this.checkCache = out;
    return out;
  }
  private checkCache: Check[] | null = null;
}

/**
 * Whether a client holding `was` holds `now` too: the same record (by reference when the writer's
 * delta kept it, which is the common case, else by content) with the same sides.
 */
function sameEvent(was: EventRow, now: EventRow): boolean {
  if (was.sides.length !== now.sides.length || was.sides.some((s, i) => s !== now.sides[i])) return false;
  return was.event === now.event || JSON.stringify(was.event) === JSON.stringify(now.event);
}

/** The removed events of `previous`, less those `next` serves again, plus those `next` no longer serves. */
function removedSince(previous: CorpusView, next: CorpusView): Map<string, number> {
  const removed = new Map([...previous.removed].filter(([id]) => !next.events.has(id)));
  for (const id of previous.events.keys()) if (!next.events.has(id)) removed.set(id, next.version);
  return removed;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export type { Span };
