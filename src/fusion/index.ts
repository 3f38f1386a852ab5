import { knowledge } from '../profiles/index.js';
import { hashId } from '../hash-id.js';
import { isCountryLevel, isRegion } from '../events/location.js';
import type { Article, Corpus, Dispute, EventReport, FieldDisagreement, FusedEvent, Place } from '../model.js';
import { clusterGroups, foldRetreats, groupArticle, toItem, type Group, type Item } from './cluster.js';
import { controlDisputes, scaleDisputes } from './disputes.js';
import { writeNotes } from './notes.js';
import { SourceGroups, sourceLabel } from './sources.js';

const hash = (...parts: string[]): string => hashId(parts);

function majority<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Is `outer` a country or a first-level region that holds `inner` (a report less precise, not another place)? */
function contains(outer: Place, inner: Place): boolean {
  if (outer.geonameid === inner.geonameid || outer.country !== inner.country) return false;
  if (isCountryLevel(outer)) return true;
  return isRegion(outer) && !!outer.admin1 && outer.admin1 === inner.admin1;
}

function disagreement(
  field: string,
  items: Item[],
  value: (it: Item) => string | number | null,
): FieldDisagreement | null {
  const vals = items.map((it) => ({
    value: value(it),
    articleId: it.article.id,
    outlet: it.article.outlet,
    claimant: it.e.claimant,
  }));
  const distinct = new Set(vals.map((v) => v.value).filter((v) => v !== null));
  if (distinct.size < 2) return null;
  return { field, values: vals.filter((v) => v.value !== null) };
}

function fuse(c: Group, sources: SourceGroups): Omit<FusedEvent, 'notes'> | null {
  const items = [...c.items].sort(
    (a, b) => a.article.id.localeCompare(b.article.id) || a.e.trigger.start - b.e.trigger.start,
  );
  // Photo captions support an event; they never make one alone.
  if (items.every((it) => it.e.caption)) return null;
  const core = items.filter((it) => !it.e.caption && it.e.family !== 'retreat');
  const basis = core.length ? core : items;
  const sub_event_type = majority(basis.map((it) => it.e.sub_event_type))!;
  // a headline or region-level summary joins its lead event; it never gives the event its place
  const where = [...basis].sort(
    (a, b) =>
      Number(!!a.e.summary) - Number(!!b.e.summary) ||
      a.e.geo_precision - b.e.geo_precision ||
      (b.e.location?.confidence ?? 0) - (a.e.location?.confidence ?? 0),
  )[0];
  const when = [...basis].sort(
    (a, b) =>
      a.hi - a.lo - (b.hi - b.lo) ||
      a.e.time_precision - b.e.time_precision ||
      (a.e.date ?? '').localeCompare(b.e.date ?? ''),
  )[0];
  const fatalities = items.map((it) => it.e.fatalities).filter((x): x is number => x !== null);
  const injured = items.map((it) => it.e.injured).filter((x): x is number => x !== null);
  const articles = [...new Map(items.map((it) => [it.article.id, it.article])).values()];
  const { corroboration, basis: corroboration_basis } = sources.count(articles);
  const reports: EventReport[] = items.map((it) => ({
    articleId: it.article.id,
    path: it.article.path,
    outlet: it.article.outlet,
    mentionId: it.e.id,
    sentence: it.e.sentence,
    claimant: it.e.claimant,
    hedge: it.e.hedge,
    date: it.e.date,
  }));
  const published = articles
    .map((a) => a.published ?? a.published_on_or_after)
    .filter((d): d is string => !!d)
    .sort();
  const disagreements = [
    // dates disagree when reports that pin the day name different days
    disagreement(
      'date',
      basis.filter((it) => it.hi - it.lo <= 1),
      (it) => it.e.date,
    ),
    // a headline's "near Kharkiv" or the oblast around the village is containment, not another place
    disagreement(
      'location',
      basis.filter((it) => !it.e.summary && !contains(it.place, where.place)),
      (it) => it.e.location?.place?.name ?? null,
    ),
    disagreement('actor1', basis, (it) => it.e.actor1),
    disagreement('fatalities', items, (it) => it.e.fatalities),
    disagreement('injured', items, (it) => it.e.injured),
    disagreement('sub_event_type', basis, (it) => it.e.sub_event_type),
  ].filter((d): d is FieldDisagreement => d !== null);
  const hedged = items.every((it) => it.e.hedge);
  const claimed = items.every((it) => knowledge().isParty(it.e.claimantSide));
  const status: FusedEvent['status'] = disagreements.some((d) => d.field === 'fatalities')
    ? 'disputed'
    : hedged
      ? 'hedged'
      : claimed
        ? 'claimed'
        : 'reported';
  const lo = c.lo > -1e8 ? new Date(c.lo * 86_400_000).toISOString().slice(0, 10) : null;
  const hi = c.hi < 1e8 ? new Date(c.hi * 86_400_000).toISOString().slice(0, 10) : null;
  // every source corroboration counts is listed, an article with no outlet under its file's name
  const outlets = [...new Set(articles.map(sourceLabel))].sort();
  return {
    id: hash(...items.map((it) => it.e.id).sort()),
    event_type: basis[0].e.event_type,
    sub_event_type,
    actor1: majority(basis.map((it) => it.e.actor1).filter((a): a is string => !!a)),
    actor2: majority(basis.map((it) => it.e.actor2).filter((a): a is string => !!a)),
    place: where.place,
    location: where.place.name,
    geo_precision: where.e.geo_precision,
    date: when.e.date,
    time_precision: when.e.time_precision,
    // ACLED takes the most conservative figure
    fatalities: fatalities.length ? Math.min(...fatalities) : null,
    injured: injured.length ? Math.min(...injured) : null,
    reports,
    outlets,
    corroboration,
    firstReported: published[0] ?? null,
    lastReported: published.at(-1) ?? null,
    disagreements,
    status,
    confidence: confidenceOf(items, corroboration, status),
    date_earliest: lo && hi && lo <= hi ? lo : null,
    date_latest: lo && hi && lo <= hi ? hi : null,
    corroboration_basis,
  };
}

/** More independent sources raise confidence; hedges, party claims and disputes lower it. */
function confidenceOf(items: Item[], corroboration: number, status: FusedEvent['status']): number {
  const base = items.some((it) => !it.e.hedge) ? 0.5 : 0.3;
  const party = items.every((it) => knowledge().isParty(it.e.claimantSide)) ? 0.8 : 1;
  let c = 1 - (1 - base * party) ** Math.max(1, corroboration);
  if (status === 'disputed') c -= 0.2;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

/**
 * Corpus stage: event mentions of all articles fused into events (`corpus.events`), and the
 * contradictions and series among their statements (`corpus.disputes`). Deterministic: ids are
 * hashes of contents, the order is by date, place and id.
 */
export function fuseEvents(corpus: Corpus): Corpus {
  const articles = [...corpus.articles].sort((a, b) => a.id.localeCompare(b.id));
  const sources = new SourceGroups(articles);
  const groups: Group[] = [];
  for (const a of articles) {
    const items = (a.events ?? []).map((e) => toItem(e, a)).filter((x): x is Item => x !== null);
    groups.push(...groupArticle(items));
  }
  const clusters = foldRetreats(clusterGroups(groups));
  const disputes: Dispute[] = [...controlDisputes(articles), ...scaleDisputes(articles)];
  // the contradictions about who holds each place, and the articles by id, looked up per event
  const contradictions = new Map<number, Dispute[]>();
  for (const d of disputes) {
    if (d.kind !== 'contradiction' || !d.place) continue;
    const list = contradictions.get(d.place.geonameid);
    if (list) list.push(d);
    else contradictions.set(d.place.geonameid, [d]);
  }
  const byId = new Map<string, Article>();
  for (const a of articles) if (!byId.has(a.id)) byId.set(a.id, a);
  const events: FusedEvent[] = [];
  for (const c of clusters) {
    const f = fuse(c, sources);
    if (!f) continue;
    const concern =
      f.place && f.event_type === 'Battles' && f.sub_event_type !== 'Armed clash'
        ? (contradictions.get(f.place.geonameid) ?? [])
        : [];
    // who holds the place, as each statement of the dispute has it
    const holder: FieldDisagreement[] = concern.map((d) => ({
      field: 'holder',
      values: d.claims.map((x) => ({
        value: x.holder ?? null,
        articleId: x.articleId,
        outlet: byId.get(x.articleId)?.outlet ?? null,
        claimant: x.speaker,
      })),
    }));
    const fused: Omit<FusedEvent, 'notes'> = concern.length
      ? {
          ...f,
          status: 'disputed',
          disputes: concern.map((d) => d.id),
          disagreements: [...f.disagreements, ...holder],
          confidence: Math.max(0.05, Math.round((f.confidence - 0.2) * 100) / 100),
        }
      : f;
    events.push({ ...fused, notes: writeNotes(fused) });
  }
  events.sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      (a.location ?? '').localeCompare(b.location ?? '') ||
      a.id.localeCompare(b.id),
  );
  disputes.sort((a, b) => a.kind.localeCompare(b.kind) || a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id));
  return { ...corpus, events, disputes };
}
