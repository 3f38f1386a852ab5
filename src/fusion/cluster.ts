import type { Article, EventMention, Place } from '../model.js';
import { familyKey } from '../events/index.js';
import { distanceKm } from '../geo/distance.js';

/** An event mention with what clustering needs. */
export interface Item {
  e: EventMention;
  article: Article;
  key: string;
  place: Place;
  /** day numbers of the range the event may lie in */
  lo: number;
  hi: number;
}

export interface Group {
  items: Item[];
  key: string;
  /** the most precise member: the group's place */
  anchor: Item;
  lo: number;
  hi: number;
  articles: Set<string>;
}

const DAY = 86_400_000;
export function dayNumber(iso: string | null | undefined, fallback: number): number {
  if (!iso) return fallback;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? fallback : Math.round(t / DAY);
}

export function toItem(e: EventMention, article: Article): Item | null {
  if (!e.location?.place) return null;
  const lo = dayNumber(e.date_earliest ?? e.date, -1e9);
  const hi = dayNumber(e.date_latest ?? e.date, 1e9);
  return { e, article, key: familyKey(e), place: e.location.place, lo, hi };
}

/** Kilometres within which two reports may be of one place, by their geo_precision. */
function reach(a: 1 | 2 | 3, b: 1 | 2 | 3): number {
  if (a === 1 && b === 1) return 10;
  return 30;
}

/** Same place, by precision: regions by their first-level unit, places by distance. */
function samePlace(a: Item, b: Item, crossArticle: boolean): boolean {
  const pa = a.e.geo_precision;
  const pb = b.e.geo_precision;
  if (pa === 3 || pb === 3) {
    if (crossArticle && pa !== pb) return false; // a region elsewhere may mean any of its towns
    return a.place.country === b.place.country && a.place.admin1 === b.place.admin1;
  }
  if (a.place.geonameid === b.place.geonameid) return true;
  return distanceKm(a.place, b.place) <= reach(pa, pb);
}

function actorsAgree(a: Item, b: Item): boolean {
  if (a.e.actor1 && b.e.actor1 && a.e.actor1 !== b.e.actor1) {
    // a retreat names the loser as actor1; it can still be the same event as the winner's report
    if (a.e.family === 'retreat' || b.e.family === 'retreat') return true;
    return false;
  }
  return true;
}

function fits(g: Group, it: Item, crossArticle: boolean): boolean {
  if (g.key !== it.key) return false;
  if (Math.max(g.lo, it.lo) > Math.min(g.hi, it.hi)) return false;
  if (!samePlace(g.anchor, it, crossArticle)) return false;
  return g.items.every((x) => actorsAgree(x, it));
}

function width(x: { lo: number; hi: number }): number {
  return x.hi - x.lo;
}

function precise(it: Item): boolean {
  return !it.e.summary;
}

function newGroup(items: Item[]): Group {
  const sorted = [...items].sort((a, b) => a.e.geo_precision - b.e.geo_precision || width(a) - width(b));
  return {
    items,
    key: items[0].key,
    anchor: sorted[0],
    lo: Math.max(...items.map((i) => i.lo)),
    hi: Math.min(...items.map((i) => i.hi)),
    articles: new Set(items.map((i) => i.article.id)),
  };
}

function add(g: Group, it: Item): Group {
  return newGroup([...g.items, it]);
}

/** Groups the mentions of one article: one group per event the article reports. */
export function groupArticle(items: Item[]): Group[] {
  let groups: Group[] = [];
  const order = (a: Item, b: Item) => width(a) - width(b) || a.e.trigger.start - b.e.trigger.start;
  for (const it of items.filter(precise).sort(order)) {
    const i = groups.findIndex((g) => fits(g, it, false));
    if (i >= 0) groups[i] = add(groups[i], it);
    else groups.push(newGroup([it]));
  }
  // A headline or a region-level sentence sums up the article's lead event of its kind in that
  // region: the group whose first mention comes earliest in the text.
  for (const it of items.filter((x) => !precise(x)).sort(order)) {
    const lead = groups
      .filter(
        (g) =>
          g.key === it.key &&
          g.anchor.place.country === it.place.country &&
          g.anchor.place.admin1 === it.place.admin1 &&
          g.items.every((x) => actorsAgree(x, it)),
      )
      .sort(
        (a, b) =>
          Math.min(...a.items.map((x) => x.e.trigger.start)) - Math.min(...b.items.map((x) => x.e.trigger.start)),
      )[0];
    if (lead) {
      groups = groups.map((g) => (g === lead ? { ...add(g, it), anchor: g.anchor, lo: g.lo, hi: g.hi } : g));
      continue;
    }
    const i = groups.findIndex((g) => fits(g, it, false));
    if (i >= 0) groups[i] = add(groups[i], it);
    else groups.push(newGroup([it]));
  }
  return groups;
}

/** Merges the groups of all articles: one cluster per real-world event. */
export function clusterGroups(groups: Group[]): Group[] {
  const clusters: Group[] = [];
  // clusters of another event family never take a group: each group is compared with its own
  // family's clusters only (in the order they were made, so ties go where a scan of all would send them)
  const ofKey = new Map<string, number[]>();
  const order = [...groups].sort(
    (a, b) => width(a) - width(b) || b.items.length - a.items.length || a.anchor.e.id.localeCompare(b.anchor.e.id),
  );
  for (const g of order) {
    let best = -1;
    let bestScore = Infinity;
    let family = ofKey.get(g.key);
    if (!family) ofKey.set(g.key, (family = []));
    for (const i of family) {
      const c = clusters[i];
      if ([...g.articles].some((a) => c.articles.has(a))) continue;
      if (Math.max(c.lo, g.lo) > Math.min(c.hi, g.hi)) continue;
      if (!samePlace(c.anchor, g.anchor, true)) continue;
      if (!g.items.every((it) => c.items.every((x) => actorsAgree(x, it)))) continue;
      const score = distanceKm(c.anchor.place, g.anchor.place);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) {
      const merged = newGroup([...clusters[best].items, ...g.items]);
      clusters[best] = merged;
    } else {
      family.push(clusters.length);
      clusters.push(newGroup(g.items));
    }
  }
  return clusters;
}

/**
 * A retreat standing alone ("rebel units retreated from X") is the loser's side of a battle in
 * which the other side is reported taking X at the same time: it joins that battle's reports.
 */
export function foldRetreats(clusters: Group[]): Group[] {
  const out = [...clusters];
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (!c.items.every((x) => x.e.family === 'retreat')) continue;
    const j = out.findIndex(
      (b) =>
        b.key === 'Battles:territory' &&
        Math.max(b.lo, c.lo) <= Math.min(b.hi, c.hi) &&
        (b.anchor.place.geonameid === c.anchor.place.geonameid || distanceKm(b.anchor.place, c.anchor.place) <= 30) &&
        c.items.every((r) => !r.e.actor1 || !b.anchor.e.actor2 || r.e.actor1 === b.anchor.e.actor2),
    );
    if (j < 0) continue;
    const b = out[j];
    out[j] = { ...b, items: [...b.items, ...c.items], articles: new Set([...b.articles, ...c.articles]) };
    out.splice(i, 1);
  }
  return out;
}
