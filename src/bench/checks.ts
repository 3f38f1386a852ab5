/**
 * Benchmark of the checks (#6): importing every DeepState snapshot in ../shared/reference/deepstate
 * into a fresh store, rasters included (bar: under 20 s for 48), and the time of each kind of
 * check (bar: under 10 ms each), area checks on the stored rasters with a cold cache. Absolute times are printed with ratios against baselines measured in the same
 * run: reading + JSON.parse of the same files for the import, and one great-circle distance
 * (turf) for a check, so that a slower machine shows as a slower baseline, not as a regression.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkArticle } from '../checks/check-article.js';
import { AreaCache, areaChecks, eventControlCheck, withinMapCheck } from '../checks/check-control.js';
import { parseControlMap, type ControlSnapshot } from '../checks/control.js';
import { articleWith, PLACES } from '../checks/fixtures.js';
import { distanceKm } from '../checks/geometry.js';
import type { Article, Corpus, FusedEvent } from '../model.js';
import { loadControl, saveControlSnapshot } from '../store/control.js';
import { Store } from '../store/index.js';
import { countryName } from '../profiles/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const deepstate = resolve(root, '../shared/reference/deepstate');

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(4);
}

/** CPU time (user + system) in ms since `c0`: what the process itself spent, less hit by a loaded machine */
function cpuMs(c0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
}

/** mean wall and CPU time per call in ms, over enough repetitions to last ~200 ms (at least `min`) */
function timeEach(fn: () => unknown, min = 5): { wall: number; cpu: number } {
  fn(); // warm up
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  while (n < min || ms(t0) < 200) {
    fn();
    n++;
  }
  return { wall: ms(t0) / n, cpu: cpuMs(c0) / n };
}

function utcDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function event(key: keyof typeof PLACES, date: string): FusedEvent {
  return {
    id: `bench-${key}`,
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
    actor1: null,
    actor2: null,
    place: PLACES[key]!,
    location: key,
    geo_precision: 1,
    date,
    time_precision: 1,
    fatalities: null,
    injured: null,
    reports: [],
    outlets: [],
    corroboration: 1,
    firstReported: date,
    lastReported: date,
    disagreements: [],
    status: 'reported',
    confidence: 1,
    notes: '',
  };
}

/**
 * A hostile map: one ring of 100,000 positions whose edges all overlap along x (a sawtooth). The
 * import's self-intersection check against the baseline of parsing the same text: linear-ish work
 * stays within a small multiple of the parse; the earlier one-axis sweep was quadratic (67 s).
 */
function hostileRing(): boolean {
  const teeth: [number, number][] = Array.from({ length: 100_000 }, (_, k) => [k % 2 ? 31 : 30, 45 + k * 1e-5]);
  const top = teeth[teeth.length - 1]![1];
  const ring = [...teeth, [29, top], [29, 44], teeth[0]!];
  const text = JSON.stringify({
    type: 'FeatureCollection',
    valid_from: '2022-09-10T00:00:00Z',
    features: [
      { type: 'Feature', properties: { status: 'occupied' }, geometry: { type: 'Polygon', coordinates: [ring] } },
    ],
  });
  let t0 = process.hrtime.bigint();
  JSON.parse(text);
  const base = ms(t0);
  t0 = process.hrtime.bigint();
  const r = parseControlMap(text, 'sawtooth.geojson');
  const took = ms(t0);
  const met = r.snapshot !== null && took < 50 * Math.max(base, 1);
  console.log(
    `import  a 100,000-position sawtooth ring: ${fmt(took)} ms = ${fmt(took / Math.max(base, 1e-6))}× its JSON.parse (${fmt(base)} ms) — bar < 50×: ${met ? 'met' : 'NOT met'}`,
  );
  return met;
}

export async function run(): Promise<boolean> {
  if (!existsSync(deepstate)) {
    console.log(`bench checks: the snapshots' part skipped, ${deepstate} is absent`);
    return hostileRing();
  }
  const files = readdirSync(deepstate)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => join(deepstate, f));
  console.log(`bench checks: ${files.length} DeepState snapshots`);

  // baseline for the import: read and JSON.parse each file
  let t0 = process.hrtime.bigint();
  for (const f of files) JSON.parse(readFileSync(f, 'utf8'));
  const baseImport = ms(t0);

  let ok = hostileRing();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const store = Store.open(join(dir, 'bench.db'));
    t0 = process.hrtime.bigint();
    let failed = 0;
    for (const f of files) {
      const r = parseControlMap(readFileSync(f, 'utf8'), f);
      if (r.snapshot) saveControlSnapshot(store, r.snapshot);
      else failed++;
    }
    const importMs = ms(t0);
    t0 = process.hrtime.bigint();
    const snapshots: ControlSnapshot[] = loadControl(store);
    const loadMs = ms(t0);
    store.close();
    const importOk = importMs < 20_000;
    ok &&= importOk;
    console.log(
      `import  ${files.length} files (${failed} failed): ${fmt(importMs)} ms = ${fmt(importMs / baseImport)}× read+JSON.parse (${fmt(baseImport)} ms); load back ${fmt(loadMs)} ms — bar < 20 s: ${importOk ? 'met' : 'NOT met'}`,
    );

    // baseline for a check: one great-circle distance
    const base = timeEach(() => distanceKm(PLACES.Kharkiv!, PLACES.Kupiansk!), 10_000).wall;

    const sentences =
      'Kupiansk, a town 76 kilometers northeast of Balakliia, is a rail hub. Chuhuiv, about 35 kilometers from Kharkiv, was shelled. ' +
      'Lyman, a rail town with a pre-war population of 20,000, was quiet. The army is within 15 kilometers of Kupiansk. ' +
      'Fighting went on near Siversk. Thirty kilometers away, in Lysychansk, the shelling went on.';
    const article = articleWith(
      sentences,
      {
        // prettier-ignore
        Kupiansk: 'Kupiansk',
        Balakliia: 'Balakliia',
        Chuhuiv: 'Chuhuiv',
        Kharkiv: 'Kharkiv',
        Lyman: 'Lyman',
        Siversk: 'Siversk',
        Lysychansk: 'Lysychansk',
      },
      '2022-09-08',
    );
    const nChecks = checkArticle(article).checks!.length;
    const geo = timeEach(() => checkArticle(article));
    const perGeo = { wall: geo.wall / nChecks, cpu: geo.cpu / nChecks };

    const corpus: Corpus = { articles: [], entities: [], events: [], disputes: [], checks: [], control: snapshots };
    const ev = event('Balakliia', '2022-09-08');
    const perControl = timeEach(() => eventControlCheck(ev, snapshots));

    const checked = checkArticle(article);
    const within = checked.checks!.find((c) => c.kind === 'within')!;
    const perWithin = timeEach(() => withinMapCheck(checked, within, snapshots));

    const text = 'The army said it had retaken about 700 square kilometers in the past week.';
    const areaArticle: Article = {
      ...articleWith(text, {}, '2022-09-08'),
      quantities: [
        {
          start: 34,
          end: 58,
          text: text.slice(34, 58),
          value: 700,
          unit: 'km2',
          si_value: 700,
          si_unit: 'km2',
          qualifier: 'about',
          counts: 'territory',
        },
      ],
    };
    // cold: a new cache for each check, so that no area is memoised; the rasters are the ones
    // stored at import and loaded back with the snapshots (nothing is rasterised here)
    const stored = snapshots.filter((s) => s.raster).length;
    const perAreaCold = timeEach(() => areaChecks(corpus, areaArticle, snapshots, new AreaCache('raster')));
    // the exact polygon difference, for reference only (the checks use the rasters), on a fresh
    // copy of the snapshots so that nothing memoised on the polygons carries over
    const copy = structuredClone(snapshots);
    const c0 = process.cpuUsage();
    const tExact = process.hrtime.bigint();
    areaChecks(corpus, areaArticle, copy, new AreaCache('exact'));
    const perAreaExact = { wall: ms(tExact), cpu: cpuMs(c0) };
    const warm = new AreaCache();
    const perAreaWarm = timeEach(() => areaChecks(corpus, areaArticle, snapshots, warm));
    // any two snapshots: the first and the last (the widest difference), whole map and a sector
    const first = snapshots[0]!;
    const last = snapshots[snapshots.length - 1]!;
    const scope = { direction: 'NE' as const, country: { name: countryName('UA'), lat: 49, lon: 32 } };
    const perAnyPair = timeEach(() => new AreaCache().lost(first, last, true));
    const perAnyPairScoped = timeEach(() => new AreaCache().lost(first, last, false, scope));

    console.log(`baseline: one great-circle distance ${fmt(base)} ms`);
    const rows: [string, { wall: number; cpu: number }][] = [
      [`distance/direction/population/within (text), per check (${nChecks} checks)`, perGeo],
      ['control (event against 48 snapshots)', perControl],
      ['within (nearest edge of the occupied area)', perWithin],
      [
        `area (cold: new cache, rasters stored at import for ${stored} of ${snapshots.length} snapshots; lost and settled)`,
        perAreaCold,
      ],
      ['area (warm: same snapshot pair, memoised)', perAreaWarm],
      [
        `area between any two snapshots (first → last, ${utcDay(first.time)} → ${utcDay(last.time)}, whole map)`,
        perAnyPair,
      ],
      ['area between any two snapshots (first → last, northeast sector, cell by cell)', perAnyPairScoped],
    ];
    const load = (await import('node:os')).loadavg()[0]!;
    console.log(
      `machine: load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores (wall times suffer above the core count; CPU times much less)`,
    );
    for (const [name, t] of rows) {
      const met = t.cpu < 10;
      if (!met) ok = false;
      console.log(
        `check  ${name}: ${fmt(t.wall)} ms wall = ${fmt(t.wall / base)}× baseline, ${fmt(t.cpu)} ms CPU — bar < 10 ms: ${met ? (t.wall < 10 ? 'met' : 'met in CPU time') : 'NOT met'}`,
      );
    }
    console.log(
      `reference (not a check the stage runs): area by exact polygon difference, cold: ${fmt(perAreaExact.wall)} ms wall, ${fmt(perAreaExact.cpu)} ms CPU = ${fmt(perAreaExact.cpu / Math.max(perAreaCold.cpu, 1e-6))}× the raster`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ok = await run();
  if (!ok) console.log('bench checks: some bars not met (see above)');
}
