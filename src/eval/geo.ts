/**
 * `npm run eval:geo`: the geoparser on TR-News and GeoWebNews (recognition P/R/F1, exact and
 * overlapping; for recognised toponyms accuracy within 161 km, mean and median error, AUC of
 * the log-error curve; documents per second) and on the seeds gold (places and regions
 * resolved, not-places produced, unresolvable places resolved with confidence). Prints a table,
 * writes eval-results/geo.json. Skips a data set that is absent.
 *
 * Both sets annotate adjectives of place ("Kenyan officials") as toponyms with coordinates
 * (GeoWebNews' non-literal modifiers); sitrep keeps those apart as demonyms, and they are scored
 * here together with the toponyms, as the sets define them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../geo/distance.js';
import { geoparse } from '../geo/index.js';
import { getGazetteer } from '../geo/gazetteer.js';
import { packageRoot } from '../geo/paths.js';
import { placeMentions, textArticle, type Article, type ToponymMention } from '../model.js';
import { analyseText } from '../text/analyse.js';
import { parseGritta } from './geo-data.js';
import { errorKm, errorStats, matchSpans, prf } from './geo-metrics.js';

const shared = join(packageRoot, '..', 'shared');

const article = (id: string, text: string): Article => textArticle(text, id);

interface SetResult {
  set: string;
  docs: number;
  gold: number;
  predicted: number;
  misaligned: number;
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
  resolution: ReturnType<typeof errorStats>;
  docsPerSecond: number;
}

function evaluateSet(name: string, file: string, kind: 'tr-news' | 'geowebnews'): SetResult | null {
  if (!existsSync(file)) {
    console.log(`skip ${name}: ${file} not found`);
    return null;
  }
  const { docs, misaligned } = parseGritta(readFileSync(file, 'utf8'), kind);
  const analysed = docs.map((d) => analyseText(article(d.id, d.text)));
  const t0 = performance.now();
  const parsed = analysed.map((a) => geoparse(a));
  const seconds = (performance.now() - t0) / 1000;
  let gold = 0;
  let predicted = 0;
  let exact = 0;
  let overlap = 0;
  const errors: number[] = [];
  docs.forEach((d, i) => {
    const pred = placeMentions(parsed[i]);
    gold += d.toponyms.length;
    predicted += pred.length;
    exact += matchSpans(d.toponyms, pred, 'exact').length;
    for (const [gi, pi] of matchSpans(d.toponyms, pred, 'overlap')) {
      overlap++;
      const g = d.toponyms[gi];
      if (g.lat === null || g.lon === null) continue;
      errors.push(errorKm({ lat: g.lat, lon: g.lon }, pred[pi].place));
    }
  });
  return {
    set: name,
    docs: docs.length,
    gold,
    predicted,
    misaligned,
    exact: prf(exact, predicted, gold),
    overlap: prf(overlap, predicted, gold),
    resolution: errorStats(errors),
    docsPerSecond: docs.length / seconds,
  };
}

interface SeedsGold {
  places: {
    geonameid: number;
    name: string;
    country: string;
    admin1: string;
    lat: number;
    lon: number;
    surfaces: Record<string, string[]>;
  }[];
  regions: { country: string; admin1: string; name: string; surfaces: Record<string, string[]> }[];
  not_places: { file: string; surface: string }[];
  unresolvable_with_cities500: {
    file: string;
    surface: string;
    true_area: { near_geonameid?: number; within_km?: number; country?: string; admin1?: string };
  }[];
}

interface SeedsResult {
  surfaces: number;
  resolved: number;
  failures: string[];
  notPlacesProduced: string[];
  unresolvableConfident: string[];
}

function evaluateSeeds(): SeedsResult | null {
  const goldFile = join(shared, 'corpus', 'seeds.gold.json');
  if (!existsSync(goldFile)) {
    console.log(`skip seeds: ${goldFile} not found`);
    return null;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedsGold;
  const cache = new Map<string, ToponymMention[]>();
  const toponyms = (file: string) => {
    let t = cache.get(file);
    if (!t) {
      const text = readFileSync(join(shared, 'corpus', 'seeds', file), 'utf8').replace(/^\uFEFF/, '');
      t = geoparse(analyseText(article(file, text))).toponyms ?? [];
      cache.set(file, t);
    }
    return t;
  };
  const result: SeedsResult = {
    surfaces: 0,
    resolved: 0,
    failures: [],
    notPlacesProduced: [],
    unresolvableConfident: [],
  };
  for (const p of gold.places) {
    for (const [file, surfaces] of Object.entries(p.surfaces)) {
      for (const s of surfaces) {
        result.surfaces++;
        const ms = toponyms(file).filter((t) => t.text === s);
        // "the region of Kharkiv" resolved to the oblast is right, not a wrong Kharkiv
        const wrong = ms.filter(
          (t) =>
            t.place?.geonameid !== p.geonameid &&
            !(t.place?.feature === 'ADM1' && t.place.country === p.country && t.place.admin1 === p.admin1),
        );
        if (ms.length && !wrong.length) result.resolved++;
        else
          result.failures.push(
            `${file}: "${s}" → ${ms.length ? wrong.map((t) => t.place?.name ?? 'unresolved').join(', ') : 'not recognised'} (want ${p.name} ${p.geonameid})`,
          );
      }
    }
  }
  for (const r of gold.regions) {
    for (const [file, surfaces] of Object.entries(r.surfaces)) {
      for (const s of surfaces) {
        result.surfaces++;
        const ms = toponyms(file).filter((t) => t.text === s || t.text.endsWith(` ${s}`) || t.text.startsWith(`${s} `));
        const ok = ms.some(
          (t) => t.place?.feature === 'ADM1' && t.place.country === r.country && t.place.admin1 === r.admin1,
        );
        if (ok) result.resolved++;
        else
          result.failures.push(
            `${file}: "${s}" → ${ms.map((t) => `${t.place?.name} ${t.place?.feature}`).join(', ') || 'not recognised'} (want region ${r.name})`,
          );
      }
    }
  }
  for (const n of gold.not_places) {
    for (const t of toponyms(n.file))
      if (t.text.includes(n.surface))
        result.notPlacesProduced.push(`${n.file}: "${t.text}" → ${t.place?.name ?? 'unresolved'}`);
  }
  const g = getGazetteer();
  for (const u of gold.unresolvable_with_cities500) {
    for (const t of toponyms(u.file).filter((x) => x.text.includes(u.surface))) {
      if (!t.place || t.confidence < 0.5) continue;
      const a = u.true_area;
      const near = a.near_geonameid !== undefined ? g.byId(a.near_geonameid) : undefined;
      const off = near
        ? distanceKm(near, t.place) > (a.within_km ?? 0) + 100
        : t.place.country !== a.country || t.place.admin1 !== a.admin1;
      if (off) result.unresolvableConfident.push(`${u.file}: "${t.text}" → ${t.place.name} (${t.confidence})`);
    }
  }
  return result;
}

function main(): void {
  const t0 = performance.now();
  getGazetteer();
  const loadMs = performance.now() - t0;
  const sets = [
    evaluateSet('TR-News', join(shared, 'eval', 'geoparse', 'tr-news.xml'), 'tr-news'),
    evaluateSet('GeoWebNews', join(shared, 'eval', 'geoparse', 'geowebnews.xml'), 'geowebnews'),
  ].filter((s): s is SetResult => s !== null);
  const seeds = evaluateSeeds();
  const f = (x: number) => x.toFixed(3);
  console.log(`gazetteer loaded in ${loadMs.toFixed(0)} ms`);
  console.log(
    'set          docs  gold  pred |  P(ex)  R(ex)  F1(ex) |  P(ov)  R(ov)  F1(ov) | acc@161  mean km  median km  AUC   | docs/s (geo stage)',
  );
  for (const s of sets) {
    console.log(
      `${s.set.padEnd(12)} ${String(s.docs).padStart(4)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} | ` +
        `${f(s.exact.precision)}  ${f(s.exact.recall)}  ${f(s.exact.f1)}  | ${f(s.overlap.precision)}  ${f(s.overlap.recall)}  ${f(s.overlap.f1)}  | ` +
        `${f(s.resolution.acc161)}   ${s.resolution.meanKm.toFixed(0).padStart(6)}   ${s.resolution.medianKm.toFixed(1).padStart(8)}  ${f(s.resolution.auc)} | ${s.docsPerSecond.toFixed(0)}`,
    );
    if (s.misaligned)
      console.log(`  (${s.misaligned} gold spans whose offsets did not match their phrase were left out)`);
  }
  if (seeds) {
    console.log(
      `seeds: ${seeds.resolved}/${seeds.surfaces} place and region surfaces resolved; not-places produced: ${seeds.notPlacesProduced.length}; unresolvable resolved with confidence >= 0.5 and > 100 km off: ${seeds.unresolvableConfident.length}`,
    );
    for (const x of [...seeds.failures, ...seeds.notPlacesProduced, ...seeds.unresolvableConfident])
      console.log(`  ${x}`);
  }
  const out = join(packageRoot, 'eval-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'geo.json'),
    JSON.stringify({ date: new Date().toISOString(), gazetteerLoadMs: loadMs, sets, seeds }, null, 2) + '\n',
  );
  console.log(`wrote ${join(out, 'geo.json')}`);
}

main();
