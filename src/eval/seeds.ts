/**
 * `npm run eval:seeds`: runs the pipeline that `sitrep analyze` runs (ingest, date inference over
 * the batch, article stages, corpus stages) on `../shared/corpus/seeds` and compares the result
 * with `../shared/corpus/seeds.gold.json`, section by section. Prints a table per section and
 * totals, writes `eval-results/seeds.json`. Exits 0 whatever the score (1 only on a crash).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inferUndatedDates, ingest } from '../ingest/index.js';
import type { Article, Corpus, FusedEvent, Side } from '../model.js';
import { analyseArticle, analyseCorpus } from '../pipeline.js';
import { distanceKm } from '../geo/distance.js';
import { nameKey } from '../geo/normalise.js';
import { knowledge } from '../profiles/index.js';
import { parseControlMap, type ControlSnapshot } from '../checks/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');

export interface Item {
  id: string;
  pass: boolean;
  detail: string;
}
type Sections = Record<string, Item[]>;

/** `../shared/corpus/seeds.gold.json`, as far as this comparison reads it. */
export interface Gold {
  articles: {
    file: string;
    outlet?: string | null;
    published?: string;
    published_on_or_after?: string;
    wire?: string[];
  }[];
  /** `surfaces`: file → the words of that file that name the place */
  places: { geonameid: number; name: string; lat: number; lon: number; surfaces: Record<string, string[]> }[];
  regions: { country: string; admin1: string; name: string; surfaces: Record<string, string[]> }[];
  not_places: { file: string; surface: string }[];
  entities: { canonical: string; variants: string[] }[];
  events: GoldEvent[];
  numeric_claims: GoldNumericClaim[];
  /** a distance (and direction) claim, or a population claim (`stated_population`, `place`) */
  geo_claims: {
    file: string;
    text: string;
    verdict: string;
    from?: number;
    to?: number;
    straight_line_km?: number;
    stated_direction?: string;
    bearing_deg?: number;
    place?: number;
    stated_population?: number;
  }[];
  contradictions: { id: string; topic: string; claims: { file: string; speaker: string; date?: string }[] }[];
  /** `points`: [file, value] in the order the figures were given */
  claim_series: { quantity: string; points: [string, number][] }[];
}

/** A gold event: its type, its date (or a span) and its place (an id, any of some ids, near one, or an admin1). */
export interface GoldEvent {
  id: string;
  event_type: string;
  sub_event_type: string;
  accept_sub_event_types?: string[];
  date?: string;
  date_between?: string[];
  location_geonameid?: number;
  location_geonameid_any?: number[];
  location_near?: { geonameid: number; within_km: number };
  location_admin1?: { country: string; admin1: string };
  surface?: string;
  /** the files whose reports must support it */
  sources: string[];
  actor1?: string;
  actor2?: string;
  fatalities?: number | null;
  injured?: number | null;
}

interface GoldNumericClaim {
  file: string;
  speaker: string;
  quantity: string;
  value: number;
  unit: string;
  normalized_km2?: number;
}

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/gu, "'").toLowerCase();
const fileOf = (a: Article) => basename(a.path.split('#')[0]);

/** The control-map snapshots of a directory, as `sitrep control import` reads them. */
export function loadSnapshots(dir: string): { snapshots: ControlSnapshot[]; errors: string[] } {
  const snapshots: ControlSnapshot[] = [];
  const errors: string[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.geojson'))
    .sort()) {
    const r = parseControlMap(readFileSync(join(dir, f), 'utf8'), f);
    if (r.snapshot) snapshots.push(r.snapshot);
    else errors.push(r.error ?? f);
  }
  return { snapshots, errors };
}

export async function runPipeline(
  dir: string,
  control?: ControlSnapshot[],
): Promise<{ corpus: Corpus; errors: string[] }> {
  const articles: Article[] = [];
  const errors: string[] = [];
  for await (const r of ingest([dir])) {
    if (r.kind === 'article') articles.push(r.article);
    else errors.push(`${r.file}: ${r.reason}`);
  }
  articles.sort((a, b) => a.path.localeCompare(b.path));
  const analysed = inferUndatedDates(articles).map((a) => analyseArticle(a));
  return { corpus: analyseCorpus(analysed, control), errors };
}

function speakerMatches(gold: string, speaker: string | null | undefined, side: Side | null | undefined): boolean {
  const g = norm(gold);
  const s = norm(speaker ?? '');
  const k = knowledge();
  // a word that names a side ("the <demonym> military") is compared as a side, not as a spelling
  const sideIn = (text: string): Side | null => {
    for (const w of text.split(/[^a-z'’-]+/u)) {
      const key = w && k.sideWord(w);
      if (key) return k.sideOfKey(key);
    }
    return null;
  };
  const words = g.split(/[^a-z]+/u).filter((w) => w.length >= 4 && !k.sideWord(w));
  // spellings differ across outlets (one surname transliterated two ways): compare transliteration keys word by word
  const keys = new Set(
    s
      .split(/[^a-z]+/u)
      .filter(Boolean)
      .map(nameKey),
  );
  if (words.some((w) => s.includes(w) || keys.has(nameKey(w)))) return true;
  const goldSide = sideIn(g);
  return !!goldSide && (side === goldSide || sideIn(s) === goldSide);
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/** Does a fused event fit a gold event's type, date and place (support aside)? */
export function fitsGold(
  e: FusedEvent,
  g: Omit<GoldEvent, 'id' | 'sources'>,
  placesById: Map<number, { lat: number; lon: number }>,
): { ok: boolean; why: string } {
  if (e.event_type !== g.event_type) return { ok: false, why: 'event_type' };
  const accepted = g.accept_sub_event_types ?? [g.sub_event_type];
  if (!accepted.includes(e.sub_event_type)) return { ok: false, why: `sub_event_type ${e.sub_event_type}` };
  if (!e.date) return { ok: false, why: 'no date' };
  if (g.date && dayDiff(e.date, g.date) > 1) return { ok: false, why: `date ${e.date}` };
  if (g.date_between && (e.date < g.date_between[0] || e.date > g.date_between[1]))
    return { ok: false, why: `date ${e.date}` };
  const p = e.place;
  if (!p) return { ok: false, why: 'no place' };
  const near = (id: number, km: number) => {
    const q = placesById.get(id);
    return p.geonameid === id || (q ? distanceKm(p, q) <= km : false);
  };
  if (g.location_geonameid && !near(g.location_geonameid, 25)) return { ok: false, why: `place ${p.name}` };
  if (g.location_geonameid_any && !g.location_geonameid_any.some((id) => near(id, 25)))
    return { ok: false, why: `place ${p.name}` };
  if (g.location_near && !near(g.location_near.geonameid, g.location_near.within_km))
    return { ok: false, why: `place ${p.name}` };
  if (g.location_admin1 && (p.country !== g.location_admin1.country || p.admin1 !== g.location_admin1.admin1))
    return { ok: false, why: `place ${p.name}` };
  return { ok: true, why: '' };
}

/** Events no gold event asks for: the seeds' reporting names a few the gold leaves out (evacuations, reinforcements). */
const MAX_EXTRAS = 3;

/** Every occurrence of a surface in a text, as a whole word. */
function mentionsOf(text: string, surface: string): number[] {
  const escaped = surface.replace(/[.*+?^$()|[\]{}\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

/** "Kharkiv region", "Kharkiv Oblast", "the region of Kharkiv": the name is the region's, not the city's. */
const REGION_AROUND = (text: string, at: number, length: number): boolean =>
  /^\s+(?:region|oblast|province)\b/iu.test(text.slice(at + length, at + length + 12)) ||
  /\bregion\s+of\s+$/iu.test(text.slice(Math.max(0, at - 12), at));

/** Does the mention at `at` sit inside an occurrence of a region's surface ("Kharkiv" in "Kharkiv region")? */
function coversRegion(text: string, at: number, region: string): boolean {
  return mentionsOf(text, region).some((r) => r <= at && at < r + region.length);
}

/** The fields of a matched event that disagree with the gold's: the actors' sides and the toll. */
export function fieldsAgainstGold(
  e: FusedEvent,
  g: Pick<GoldEvent, 'actor1' | 'actor2' | 'fatalities' | 'injured'>,
): string[] {
  const wrong: string[] = [];
  // gold actors name the force without ACLED's period suffix ("Military Forces of <country>")
  const same = (ours: string | null, gold: string) => !!ours && norm(ours).startsWith(norm(gold));
  if (g.actor1 && !same(e.actor1, g.actor1)) wrong.push(`actor1 ${e.actor1 ?? 'none'} ≠ ${g.actor1}`);
  if (g.actor2 && !same(e.actor2, g.actor2)) wrong.push(`actor2 ${e.actor2 ?? 'none'} ≠ ${g.actor2}`);
  if (g.fatalities != null && e.fatalities !== g.fatalities)
    wrong.push(`fatalities ${e.fatalities ?? 'none'} ≠ ${g.fatalities}`);
  if (g.injured != null && e.injured !== g.injured) wrong.push(`injured ${e.injured ?? 'none'} ≠ ${g.injured}`);
  return wrong;
}

export function compare(corpus: Corpus, gold: Gold): { sections: Sections; extras: string[] } {
  const byFile = new Map(corpus.articles.map((a) => [fileOf(a), a]));
  const fileOfId = new Map(corpus.articles.map((a) => [a.id, fileOf(a)]));
  const sections: Sections = {};
  const placesById = new Map<number, { lat: number; lon: number }>(gold.places.map((p) => [p.geonameid, p]));

  sections.articles = gold.articles.map((g) => {
    const a = byFile.get(g.file);
    if (!a) return { id: g.file, pass: false, detail: 'not ingested' };
    const problems: string[] = [];
    if ((a.outlet ?? null) !== (g.outlet ?? null)) problems.push(`outlet ${a.outlet} ≠ ${g.outlet}`);
    if (g.published && a.published?.slice(0, 10) !== g.published)
      problems.push(`published ${a.published} ≠ ${g.published}`);
    if (g.published_on_or_after && (a.published ?? a.published_on_or_after)?.slice(0, 10) !== g.published_on_or_after)
      problems.push(`published_on_or_after ${a.published_on_or_after} ≠ ${g.published_on_or_after}`);
    const wire = [...(a.wire ?? [])]
      .map((w) => w.toUpperCase())
      .sort()
      .join(',');
    const gw = [...(g.wire ?? [])]
      .map((w) => w.toUpperCase())
      .sort()
      .join(',');
    if (wire !== gw) problems.push(`wire [${wire}] ≠ [${gw}]`);
    return { id: g.file, pass: problems.length === 0, detail: problems.join('; ') || 'ok' };
  });

  const places: Item[] = [];
  // a region's name ("Kharkiv region") holds a city's ("Kharkiv"): those mentions are the region's
  const regionSurfaces = (file: string): string[] => gold.regions.flatMap((r) => r.surfaces[file] ?? []);
  for (const p of gold.places)
    for (const [file, surfaces] of Object.entries(p.surfaces))
      for (const s of surfaces) {
        // every mention of the surface in the text, not any one of them, must be read as the place
        const a = byFile.get(file);
        const tops = (a?.toponyms ?? []).filter(
          (t) => norm(t.text) === norm(s) || norm(t.text).startsWith(`${norm(s)} `),
        );
        const mentions = a
          ? mentionsOf(a.text, s).filter(
              (at) =>
                !regionSurfaces(file).some((r) => coversRegion(a.text, at, r)) && !REGION_AROUND(a.text, at, s.length),
            )
          : [];
        const wrong = mentions.filter(
          (at) => !tops.some((t) => t.start <= at && at < t.end && t.place?.geonameid === p.geonameid),
        );
        const ok = mentions.length > 0 && wrong.length === 0;
        const detail = !mentions.length
          ? 'not in the text'
          : wrong.length
            ? `${wrong.length} of ${mentions.length} mentions not read as it: ${wrong
                .map((at) => {
                  const t = (a?.toponyms ?? []).find((x) => x.start <= at && at < x.end);
                  return t
                    ? `${t.place?.name ?? 'unresolved'}:${t.place?.geonameid ?? ''}@${at}`
                    : `not recognised@${at}`;
                })
                .join(', ')}`
            : `${mentions.length} mention${mentions.length > 1 ? 's' : ''}`;
        places.push({ id: `${s} (${file.slice(0, 3)}) → ${p.geonameid}`, pass: ok, detail });
      }
  for (const r of gold.regions)
    for (const [file, surfaces] of Object.entries(r.surfaces))
      for (const s of surfaces) {
        const tops = (byFile.get(file)?.toponyms ?? []).filter(
          (t) => norm(t.text).includes(norm(s)) || norm(s).includes(norm(t.text)),
        );
        const ok = tops.some(
          (t) =>
            t.place &&
            t.place.country === r.country &&
            t.place.admin1 === r.admin1 &&
            (t.place.featureClass === 'A' || /^ADM/u.test(t.place.feature)),
        );
        places.push({
          id: `${s} (${file.slice(0, 3)}) → ${r.name}`,
          pass: ok,
          detail: tops.map((t) => `${t.text}→${t.place?.name ?? 'unresolved'}`).join(', ') || 'not recognised',
        });
      }
  sections.places = places;
  sections.not_places = gold.not_places.map((n) => {
    const bad = (byFile.get(n.file)?.toponyms ?? []).filter((t) => t.place && norm(t.text).includes(norm(n.surface)));
    return {
      id: `${n.surface} (${n.file.slice(0, 3)})`,
      pass: bad.length === 0,
      detail: bad.map((t) => `${t.text}→${t.place!.name}`).join(', ') || 'ok',
    };
  });

  sections.entities = gold.entities.map((g) => {
    const variants = g.variants.map(norm);
    const holders = corpus.entities.filter(
      (e) => e.variants.some((v) => variants.includes(norm(v))) || variants.includes(norm(e.canonical)),
    );
    const all = holders.find((e) => variants.every((v) => e.variants.map(norm).includes(v) || norm(e.canonical) === v));
    const others = gold.entities.filter((o) => o !== g).flatMap((o) => o.variants.map(norm));
    const merged = all ? all.variants.filter((v) => others.includes(norm(v))) : [];
    const ok = !!all && merged.length === 0;
    return {
      id: g.canonical,
      pass: ok,
      detail: all
        ? merged.length
          ? `merged with ${merged.join(', ')}`
          : 'ok'
        : `split over ${holders.length} entities: ${holders.map((h) => h.variants.join('/')).join(' | ')}`,
    };
  });

  sections.numeric_claims = gold.numeric_claims.map((g) => {
    const a = byFile.get(g.file);
    const target = g.normalized_km2 ?? g.value;
    // the figure in the unit the text gives it in (155 sq mi, not 155 km²)
    const claims = (a?.claims ?? []).filter((c) =>
      c.quantities.some(
        (q) =>
          q.unit === g.unit && (Math.abs(q.si_value - target) <= Math.max(0.5, target * 0.01) || q.value === g.value),
      ),
    );
    const withSpeaker = claims.filter((c) =>
      speakerMatches(g.speaker, c.speaker?.canonical ?? c.source?.text, c.speaker?.side),
    );
    const ok = withSpeaker.length > 0;
    return {
      id: `${g.speaker}: ${g.value} ${g.unit} (${g.file.slice(0, 3)})`,
      pass: ok,
      detail: ok
        ? 'ok'
        : claims.length
          ? `speaker ${claims.map((c) => c.speaker?.canonical ?? c.source?.text ?? 'none').join(', ')}`
          : 'no claim with this quantity',
    };
  });

  // Events: each gold event needs one fused event of its type, date and place, supported by its sources.
  const fitsOf = new Map<string, string[]>();
  sections.events = gold.events.map((g) => {
    const fitting = corpus.events.filter((e) => fitsGold(e, g, placesById).ok);
    for (const e of fitting) fitsOf.set(e.id, [...(fitsOf.get(e.id) ?? []), g.id]);
    const supported = fitting.filter((e) =>
      g.sources.every((f) => e.reports.some((r) => fileOfId.get(r.articleId) === f)),
    );
    let detail: string;
    if (!fitting.length) {
      const near = corpus.events
        .filter((e) => e.event_type === g.event_type)
        .map((e) => `${e.sub_event_type}@${e.location}/${e.date}: ${fitsGold(e, g, placesById).why}`);
      detail = `no fused event fits (${near.slice(0, 4).join('; ') || 'none of this type'})`;
    } else if (fitting.length > 1)
      detail = `${fitting.length} fused events fit: ${fitting.map((e) => `${e.location}/${e.date} [${[...new Set(e.reports.map((r) => fileOfId.get(r.articleId)?.slice(0, 3)))].join(',')}]`).join('; ')}`;
    else if (!supported.length)
      detail = `support ${[...new Set(fitting[0].reports.map((r) => fileOfId.get(r.articleId)?.slice(0, 3)))].join(',')} lacks some of ${g.sources.map((s) => s.slice(0, 3)).join(',')}`;
    else
      detail = `${supported[0].location}/${supported[0].date}, ${supported[0].corroboration} independent, ${supported[0].reports.length} reports`;
    // then what the gold says of it: the sides of actor1 and actor2, and the toll
    const e = supported.length === 1 && fitting.length === 1 ? supported[0] : null;
    const wrong = e ? fieldsAgainstGold(e, g) : [];
    if (wrong.length) detail = `${detail}; ${wrong.join('; ')}`;
    return { id: `${g.id} ${g.sub_event_type} ${g.surface ?? ''}`.trim(), pass: !!e && wrong.length === 0, detail };
  });
  const extras = corpus.events
    .filter((e) => !fitsOf.has(e.id))
    .map(
      (e) =>
        `${e.event_type} / ${e.sub_event_type} @ ${e.location} (p${e.geo_precision}) ${e.date} [${[...new Set(e.reports.map((r) => fileOfId.get(r.articleId)?.slice(0, 3)))].join(',')}]: ${e.notes}`,
    );
  sections.events.push({
    id: `extra events (≤ ${MAX_EXTRAS})`,
    pass: extras.length <= MAX_EXTRAS,
    detail: `${extras.length}`,
  });

  const disputeItems: Item[] = [];
  for (const c of gold.contradictions) {
    const found = corpus.disputes
      .filter((d) => d.kind === 'contradiction')
      .find((d) =>
        c.claims.every((gc) =>
          d.claims.some(
            (dc) =>
              fileOfId.get(dc.articleId) === gc.file &&
              speakerMatches(gc.speaker, dc.speaker, null) &&
              (!gc.date || dc.date === gc.date),
          ),
        ),
      );
    const partial = corpus.disputes
      .filter((d) => d.kind === 'contradiction')
      .map(
        (d) =>
          `${d.topic}: ${d.claims.map((x) => `${fileOfId.get(x.articleId)?.slice(0, 3)} ${x.speaker ?? '?'} ${x.date ?? ''} ${x.holder ?? x.value ?? ''}`).join(' | ')}`,
      );
    disputeItems.push({
      id: `${c.id} ${c.topic}`,
      pass: !!found,
      detail: found
        ? `${found.topic}, ${found.claims.length} claims`
        : `not found; contradictions: ${partial.join(' || ') || 'none'}`,
    });
  }
  for (const s of gold.claim_series) {
    const points = s.points;
    const has = (d: Corpus['disputes'][number]) =>
      points.every(([f, v]) =>
        d.claims.some((c) => fileOfId.get(c.articleId) === f && c.value != null && Math.abs(c.value - v) < 1),
      );
    const series = corpus.disputes.find((d) => d.kind === 'series' && has(d));
    const asContradiction = corpus.disputes.filter(
      (d) =>
        d.kind === 'contradiction' &&
        d.claims.filter(
          (c) =>
            c.value != null && points.some(([f, v]) => fileOfId.get(c.articleId) === f && Math.abs(c.value! - v) < 1),
        ).length >= 2,
    );
    const got = corpus.disputes
      .filter((d) => d.kind === 'series')
      .map((d) => d.claims.map((c) => `${fileOfId.get(c.articleId)?.slice(0, 3)}:${c.value}`).join(' → '));
    disputeItems.push({
      id: `series ${s.quantity}`,
      pass: !!series && asContradiction.length === 0,
      detail: series
        ? `found${asContradiction.length ? ', but also as a contradiction' : ''}`
        : `not found; series: ${got.join(' || ') || 'none'}`,
    });
  }
  sections.disputes = disputeItems;

  const checks = corpus.articles
    .flatMap((a) => (a.checks ?? []).map((c) => ({ c, a })))
    .concat(corpus.checks.map((c) => ({ c, a: corpus.articles.find((x) => x.id === c.articleId)! })));
  if (checks.length) {
    // A gold geo claim is met by the check of the same kind about the same places, with the
    // gold's verdict and, for distances, the computed figures within 1 km and 2°.
    type Details = {
      from?: { geonameid: number };
      to?: { geonameid: number };
      place?: { geonameid: number };
      computed_km?: number;
      bearing_deg?: number;
      gazetteer_population?: number;
    };
    const inFile = (g: { file: string }) =>
      checks.filter(({ a }) => a && fileOf(a) === g.file).map(({ c }) => ({ c, d: (c.details ?? {}) as Details }));
    const samePair = (d: Details, g: { from?: number; to?: number }) => {
      const ids = [d.from?.geonameid, d.to?.geonameid];
      return ids.includes(g.from) && ids.includes(g.to);
    };
    sections.geo_claims = gold.geo_claims.flatMap((g) => {
      const id = `${g.text} (${g.file.slice(0, 3)})`;
      const found = inFile(g);
      if (g.stated_population) {
        const hit = found.find(({ c, d }) => c.kind === 'population' && d.place?.geonameid === g.place);
        const expected = /^consistent/u.test(g.verdict) ? 'consistent' : 'inconsistent';
        return [
          {
            id,
            pass: !!hit && hit.c.verdict === expected,
            detail: hit ? `${hit.c.verdict}: ${hit.c.explanation}` : 'no population check',
          },
        ];
      }
      const items = [];
      const dist = found.find(({ c, d }) => c.kind === 'distance' && samePair(d, g));
      const distExpected = /^consistent|distance consistent/u.test(g.verdict) ? 'consistent' : 'inconsistent';
      const kmOk = dist && Math.abs((dist.d.computed_km ?? NaN) - (g.straight_line_km ?? NaN)) <= 1;
      items.push({
        id: `${id}: distance`,
        pass: !!dist && dist.c.verdict === distExpected && !!kmOk,
        detail: dist
          ? `${dist.c.verdict} (gold ${distExpected}, ${g.straight_line_km} km): ${dist.c.explanation}`
          : 'no distance check',
      });
      if (g.stated_direction) {
        const dir = found.find(({ c, d }) => c.kind === 'direction' && samePair(d, g));
        const dirExpected = /direction consistent/u.test(g.verdict) ? 'consistent' : 'inconsistent';
        const degOk = dir && Math.abs((dir.d.bearing_deg ?? NaN) - (g.bearing_deg ?? NaN)) <= 2;
        items.push({
          id: `${id}: direction`,
          pass: !!dir && dir.c.verdict === dirExpected && !!degOk,
          detail: dir
            ? `${dir.c.verdict} (gold ${dirExpected}, ${g.bearing_deg}°): ${dir.c.computed}`
            : 'no direction check',
        });
      }
      return items;
    });
  }
  if (corpus.checks.some((c) => c.kind === 'control' || c.kind === 'area')) {
    // With control maps: the gold's territorial events confirmed by the maps, and every stated
    // area regained given a computed figure and a verdict.
    const territorial = gold.events.filter(
      (g): g is GoldEvent & { location_geonameid: number } =>
        /regains territory|overtakes territory/u.test(g.sub_event_type) && !!g.location_geonameid,
    );
    sections.control = territorial.map((g) => {
      const e = corpus.events.find((x) => fitsGold(x, g, placesById).ok);
      const c = e && corpus.checks.find((k) => k.kind === 'control' && k.eventId === e.id);
      return {
        id: `${g.id} at ${placesById.get(g.location_geonameid) ? g.location_geonameid : '?'}`,
        pass: c?.verdict === 'consistent',
        detail: c ? `${c.verdict}: ${c.explanation}` : e ? 'no control check' : 'no fused event',
      };
    });
    const areaClaims = gold.numeric_claims.filter((g) => /territory/u.test(g.quantity));
    sections.area_claims = areaClaims.map((g) => {
      const target = g.normalized_km2 ?? g.value;
      const hit = corpus.checks.find(
        (k) =>
          k.kind === 'area' &&
          fileOfId.get(k.articleId) === g.file &&
          Math.abs(
            ((k.details as { stated_km?: number } | undefined)?.stated_km ??
              Number(String(k.stated).replace(/[^0-9.]/gu, ''))) - target,
          ) <= Math.max(1, target * 0.01),
      );
      return {
        id: `${g.speaker}: ${g.value} ${g.unit} (${g.file.slice(0, 3)})`,
        pass: !!hit && !!hit.computed && hit.verdict !== 'unverifiable',
        detail: hit ? `${hit.verdict}: ${hit.explanation}` : 'no area check',
      };
    });
  }
  return { sections, extras };
}

function printSections(sections: Sections): { passed: number; total: number } {
  let passed = 0;
  let total = 0;
  for (const [name, items] of Object.entries(sections)) {
    const p = items.filter((i) => i.pass).length;
    console.log(`\n## ${name}: ${p}/${items.length}`);
    for (const i of items) console.log(`  ${i.pass ? 'pass' : 'FAIL'}  ${i.id.padEnd(48)}  ${i.detail}`);
    passed += p;
    total += items.length;
  }
  return { passed, total };
}

async function main(): Promise<void> {
  const dir = join(shared, 'corpus', 'seeds');
  const goldPath = join(shared, 'corpus', 'seeds.gold.json');
  if (!existsSync(dir) || !existsSync(goldPath)) {
    console.log(`eval:seeds skipped: ${dir} or ${goldPath} is absent`);
    return;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const controlDir = join(shared, 'reference', 'deepstate');
  const control = existsSync(controlDir) ? loadSnapshots(controlDir) : { snapshots: [], errors: [] };
  if (control.snapshots.length) console.log(`control maps: ${control.snapshots.length} snapshots from ${controlDir}`);
  for (const e of control.errors) console.log(`control map not loaded: ${e}`);
  const { corpus, errors } = await runPipeline(dir, control.snapshots);
  for (const e of errors) console.log(`input error: ${e}`);
  const { sections, extras } = compare(corpus, gold);
  const { passed, total } = printSections(sections);
  console.log(`\nextra events (${extras.length}):`);
  for (const x of extras) console.log(`  - ${x}`);
  console.log(
    `\nfused events ${corpus.events.length}, disputes ${corpus.disputes.length} (${corpus.disputes.filter((d) => d.kind === 'series').length} series)`,
  );
  console.log(`\nTOTAL ${passed}/${total}`);
  for (const [name, items] of Object.entries(sections))
    console.log(`  ${name.padEnd(16)} ${items.filter((i) => i.pass).length}/${items.length}`);
  mkdirSync(join(root, 'eval-results'), { recursive: true });
  writeFileSync(
    join(root, 'eval-results', 'seeds.json'),
    JSON.stringify(
      {
        passed,
        total,
        sections,
        extras,
        events: corpus.events.map((e) => ({
          id: e.id,
          event_type: e.event_type,
          sub_event_type: e.sub_event_type,
          location: e.location,
          geo_precision: e.geo_precision,
          date: e.date,
          time_precision: e.time_precision,
          actor1: e.actor1,
          actor2: e.actor2,
          fatalities: e.fatalities,
          injured: e.injured,
          corroboration: e.corroboration,
          corroboration_basis: e.corroboration_basis,
          status: e.status,
          notes: e.notes,
          reports: e.reports.map((r) => `${r.path.split('/').pop()}: ${r.sentence.text.slice(0, 60)}`),
        })),
        disputes: corpus.disputes,
      },
      null,
      1,
    ),
  );
  console.log(`wrote ${join('eval-results', 'seeds.json')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`eval:seeds crashed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  });
}
