/**
 * Compiles the gazetteer (cities500 + the user gazetteer + countries + first-level regions +
 * areas) into one binary file: typed arrays for the places and a sorted table of name keys
 * with postings. Loading it is a file read and a few array views; the 32 MB TSV is parsed
 * only when a source changes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildHashTable, hashKey } from './hash.js';
import { keepFeature } from './features.js';
import { fold, keyOfFolded } from './normalise.js';
import {
  bundledDumps,
  cacheDir,
  citiesFile,
  countriesFile,
  countryIdsFile,
  sourceSignature,
  USER_ADMIN1,
  USER_ALTERNATES,
  USER_PLACES,
} from './paths.js';
import {
  AREA_NAMES,
  COUNTRY_POINTS,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  REGION_NAMES,
  REGIONS_FILE,
} from './regions.js';

const CACHE_VERSION = 12;

// countries whose first-level regions English news calls oblasts
const OBLAST = new Set(['UA', 'RU', 'BY', 'KZ', 'BG', 'KG']);
export const CACHE_FILE = `gazetteer-v${CACHE_VERSION}.bin`;

/** posting flags */
export const PRIMARY = 1;
export const DEMONYM = 2;

export interface Header {
  version: number;
  signature: string;
  count: number;
  codes: string[];
  countries: string[];
  admin1s: string[];
  sections: { name: string; offset: number; bytes: number }[];
}

interface RawPlace {
  id: number;
  name: string;
  names: string[];
  demonyms: string[];
  lat: number;
  lon: number;
  code: string;
  country: string;
  admin1: string;
  population: number;
  /** how many alternate names GeoNames holds for it, in any script: a measure of prominence */
  alternates: number;
}

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ.,()&-]+$/u;

function keepAlternate(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (!LATIN_OR_CYRILLIC.test(name)) return false;
  // airport and postal codes, abbreviations: too ambiguous to index
  if (name.length <= 4 && name === name.toUpperCase()) return false;
  return true;
}

export function parseGeoNamesLine(line: string): RawPlace | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const id = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || !f[1]) return null;
  return {
    id,
    name: f[1],
    names: [f[2], ...(f[3] ? f[3].split(',') : [])].filter((n) => n && n !== f[1] && keepAlternate(n)),
    demonyms: [],
    lat,
    lon,
    code: `${f[6] || 'P'}.${f[7] || 'PPL'}`,
    country: f[8] ?? '',
    admin1: f[10] ?? '',
    population: Number(f[14]) || 0,
    alternates: f[3] ? f[3].split(',').length : 0,
  };
}

function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
}

/** Every file the gazetteer is compiled from: a change to any of them rebuilds it. */
function sourceFiles(): string[] {
  const dir = cacheDir();
  return [
    citiesFile(),
    countriesFile(),
    countryIdsFile(),
    REGIONS_FILE,
    ...bundledDumps(),
    join(dir, USER_PLACES),
    join(dir, USER_ALTERNATES),
    join(dir, USER_ADMIN1),
  ];
}

/**
 * A country's or region's alternate names that are also a populated place's name in that country,
 * in any spelling ("Zaporizhzhia" or "Zaporozhe" for Zaporizhzhia Oblast, "Житомир" for Zhytomyr
 * Oblast) are left out: the bare
 * name means the town, and the region is reached by "X region", "X Oblast" or its own name.
 */
function withoutTownNames(area: RawPlace, townNames: Set<string>): string[] {
  return area.names.filter((n) => !townNames.has(keyOfFolded(fold(n))));
}

interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  latlng: number[];
  demonyms?: { eng?: { f: string; m: string } };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

export function buildGazetteer(outFile = join(cacheDir(), CACHE_FILE)): string {
  const dir = cacheDir();
  const signature = `${CACHE_VERSION}|${sourceSignature(sourceFiles())}`;
  const byId = readPlaces(dir);
  dropCityNames(byId);
  const dumpAreas = takeDumpAreas(byId);
  addUserAlternates(dir, byId);
  const places: RawPlace[] = [...byId.values()];
  const townNames = townNamesOf(places, dumpAreas);
  const syntheticId = syntheticIds();
  const regions = regionRecords(dir, places, dumpAreas, townNames, syntheticId);
  const countryRecords = countryRecordsOf(places, dumpAreas, townNames, syntheticId);
  const areas = areaRecords(syntheticId);
  const all = [...places, ...regions, ...countryRecords, ...areas];
  addExtraDemonyms(countryRecords, areas, regions);
  const columns = placeColumns(all);
  const index = nameIndex(all);
  const names = all.map((p) => p.name.replace(/\n/g, ' '));
  const sections: [string, Uint8Array][] = [
    ...columns.sections,
    ['offsets', new Uint8Array(index.offsets.buffer)],
    ['postings', new Uint8Array(index.postings.buffer)],
    ['table', new Uint8Array(index.table.buffer)],
    ['names', Buffer.from(names.join('\n') + '\n', 'utf8')],
    ['nameOffsets', new Uint8Array(byteOffsets(names).buffer)],
    ['keys', Buffer.from(index.keys.join('\n') + '\n', 'utf8')],
    ['keyOffsets', new Uint8Array(index.keyOffsets.buffer)],
  ];
  const header: Header = { version: CACHE_VERSION, signature, count: all.length, ...columns.tables, sections: [] };
  writeCache(dir, outFile, header, sections);
  return outFile;
}

/**
 * one record per GeoNames id from every source. cities500, then the dumps the package ships,
 * then the user's: a later record of an id wins, with the earlier names kept as alternates. A
 * shipped dump's record keeps cities500's name, the later romanisation ("Sloviansk" where the dump
 * still writes "Slovyansk"): a town's own name must not fall to an alternate that GeoNames also
 * gives another town.
 */
function readPlaces(dir: string): Map<number, RawPlace> {
  const byId = new Map<number, RawPlace>();
  const userPlaces = join(dir, USER_PLACES);
  for (const file of [citiesFile(), ...bundledDumps(), userPlaces]) {
    const dump = file !== citiesFile();
    for (const line of readLines(file)) {
      const p = parseGeoNamesLine(line);
      if (!p || (dump && !keepFeature(p.code.slice(0, 1), p.code.slice(2)))) continue;
      const prev = byId.get(p.id);
      if (!prev) byId.set(p.id, p);
      else {
        const name = file === userPlaces ? p.name : prev.name;
        const names = [...new Set([p.name, ...p.names, prev.name, ...prev.names])].filter((n) => n !== name);
        byId.set(p.id, { ...p, name, names, alternates: Math.max(p.alternates, prev.alternates) });
      }
    }
  }
  return byId;
}

/**
 * a dump's own country and first-level region records have the GeoNames ids and points that
 * replace the records derived from cities500; they leave the places and are keyed by country
 * ("UA") or region ("UA.07").
 */
function takeDumpAreas(byId: Map<number, RawPlace>): Map<string, RawPlace> {
  const dumpAreas = new Map<string, RawPlace>();
  for (const p of byId.values()) {
    if (p.code === 'A.PCLI' && p.country) dumpAreas.set(p.country, p);
    else if (p.code === 'A.ADM1' && p.country && p.admin1 && p.admin1 !== '00')
      dumpAreas.set(`${p.country}.${p.admin1}`, p);
    else continue;
    byId.delete(p.id);
  }
  return dumpAreas;
}

/** the alternate names a user imported (`sitrep gazetteer import`) are searched like GeoNames' own. */
function addUserAlternates(dir: string, byId: Map<number, RawPlace>): void {
  for (const line of readLines(join(dir, USER_ALTERNATES))) {
    const [id, name] = line.split('\t');
    const p = byId.get(Number(id));
    if (p && name && keepAlternate(name) && !p.names.includes(name)) p.names.push(name);
  }
}

/** the names of the towns of a country a dump covers, which its areas' alternates must not take (withoutTownNames). */
function townNamesOf(places: RawPlace[], dumpAreas: Map<string, RawPlace>): Set<string> {
  const townNames = new Set<string>();
  for (const p of places) {
    if (!p.code.startsWith('P.') || !dumpAreas.has(p.country)) continue;
    townNames.add(keyOfFolded(fold(p.name)));
    for (const n of p.names) townNames.add(keyOfFolded(fold(n)));
  }
  return townNames;
}

/** synthetic ids are derived from the code, so that they stay the same across builds and imports; one counter for every kind, in build order. */
function syntheticIds(): (base: number, key: string) => number {
  const usedIds = new Set<number>();
  return (base, key) => {
    let id = -(base + (hashKey(key) % 10_000_000));
    while (usedIds.has(id)) id--;
    usedIds.add(id);
    return id;
  };
}

/** first-level regions, one per admin1 code met in the places (or a dump's region record), named and placed from the best source at hand. */
function regionRecords(
  dir: string,
  places: RawPlace[],
  dumpAreas: Map<string, RawPlace>,
  townNames: Set<string>,
  syntheticId: (base: number, key: string) => number,
): RawPlace[] {
  const groups = new Map<string, RawPlace[]>();
  for (const p of places) {
    if (!p.country || !p.admin1 || p.admin1 === '00') continue;
    const key = `${p.country}.${p.admin1}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(p);
  }
  const admin1Names = new Map<string, string[]>();
  const admin1Ids = new Map<string, number>();
  for (const line of readLines(join(dir, USER_ADMIN1))) {
    const [code, name, ascii, id] = line.split('\t');
    if (code && name) admin1Names.set(code, [name, ...(ascii && ascii !== name ? [ascii] : [])]);
    if (code && id && /^\d+$/.test(id)) admin1Ids.set(code, Number(id));
  }
  const seatOf = new Map<string, RawPlace>();
  for (const [key, g] of groups) {
    const seats = g.filter((p) => p.code === 'P.PPLA' || p.code === 'P.PPLC');
    if (seats.length)
      seatOf.set(
        key,
        seats.reduce((a, b) => (b.population > a.population ? b : a)),
      );
  }
  const admin1Points = regionNamesAndPoints(places, groups, admin1Names);
  const regions: RawPlace[] = [];
  for (const key of dumpAreas.keys()) if (key.includes('.') && !groups.has(key)) groups.set(key, []);
  for (const [key, g] of groups) {
    const [country, admin1] = key.split('.');
    const [lat, lon] = trimmedMiddle(g);
    const dump = dumpAreas.get(key);
    const point = dump ? [dump.lat, dump.lon] : admin1Points.get(key);
    const names = admin1Names.get(key) ?? [];
    const seat = seatOf.get(key);
    const name = names[0] ?? (seat ? `${seat.name} ${OBLAST.has(country) ? 'Oblast' : 'region'}` : (dump?.name ?? key));
    regions.push({
      id: dump?.id ?? admin1Ids.get(key) ?? syntheticId(100_000_000, key),
      name,
      names: [
        ...new Set([...names.slice(1), ...(dump ? [dump.name, ...withoutTownNames(dump, townNames)] : [])]),
      ].filter((n) => n !== name),
      demonyms: [],
      lat: point ? point[0] : g.length ? lat : 0,
      lon: point ? point[1] : g.length ? lon : 0,
      code: 'A.ADM1',
      country,
      admin1,
      population: g.reduce((s, p) => s + p.population, 0),
      alternates: dump?.alternates ?? 0,
    });
  }
  return regions;
}

/**
 * REGION_NAMES gives regions their English names and points, found by admin1 code or by their
 * seat; adds the names to `admin1Names` and returns the points by region key.
 */
function regionNamesAndPoints(
  places: RawPlace[],
  groups: Map<string, RawPlace[]>,
  admin1Names: Map<string, string[]>,
): Map<string, [number, number]> {
  const admin1Points = new Map<string, [number, number]>();
  for (const r of REGION_NAMES) {
    let key: string | undefined;
    if (r.code) key = `${r.country}.${r.code}`;
    else if (r.seat) {
      const want = fold(r.seat);
      const seat = places
        .filter(
          (p) =>
            p.country === r.country &&
            p.code.startsWith('P.PPL') &&
            (fold(p.name) === want || p.names.some((n) => fold(n) === want)),
        )
        .reduce<RawPlace | undefined>((a, b) => (!a || b.population > a.population ? b : a), undefined);
      if (seat) key = `${r.country}.${seat.admin1}`;
    }
    if (key && groups.has(key)) {
      admin1Names.set(key, [...r.names, ...(admin1Names.get(key) ?? [])]);
      if (r.lat !== undefined && r.lon !== undefined) admin1Points.set(key, [r.lat, r.lon]);
    }
  }
  return admin1Points;
}

/**
 * the middle of the trimmed extent approximates an area's centre better than a
 * population-weighted mean, which a single large city drags toward itself.
 */
function trimmedMiddle(g: RawPlace[]): [number, number] {
  const lats = g.map((p) => p.lat).sort((a, b) => a - b);
  const lons = g.map((p) => p.lon).sort((a, b) => a - b);
  const lat = (quantile(lats, 0.05) + quantile(lats, 0.95)) / 2;
  let lon = (quantile(lons, 0.05) + quantile(lons, 0.95)) / 2;
  if (quantile(lons, 0.95) - quantile(lons, 0.05) > 180) lon = quantile(lons, 0.5);
  return [lat, lon];
}

/** one record per country of the countries file, with a dump's id and names where a dump has the country. */
function countryRecordsOf(
  places: RawPlace[],
  dumpAreas: Map<string, RawPlace>,
  townNames: Set<string>,
  syntheticId: (base: number, key: string) => number,
): RawPlace[] {
  const countries = JSON.parse(readFileSync(countriesFile(), 'utf8')) as Country[];
  const countryIds = readCountryIds();
  const countryPop = new Map<string, number>();
  for (const p of places) countryPop.set(p.country, (countryPop.get(p.country) ?? 0) + p.population);
  return countries.map((c) => ({
    id: dumpAreas.get(c.cca2)?.id ?? countryIds.get(c.cca2) ?? syntheticId(10_000_000, c.cca2),
    name: c.name.common,
    names: [
      c.name.official,
      ...(c.altSpellings ?? []).filter((n) => n.length > 3 || n !== n.toUpperCase()),
      ...(EXTRA_COUNTRY_NAMES.get(c.cca2) ?? []),
      ...(dumpAreas.has(c.cca2) ? withoutTownNames(dumpAreas.get(c.cca2)!, townNames) : []),
    ],
    demonyms: [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d),
    lat: COUNTRY_POINTS.get(c.cca2)?.[0] ?? c.latlng[0] ?? 0,
    lon: COUNTRY_POINTS.get(c.cca2)?.[1] ?? c.latlng[1] ?? 0,
    code: 'A.PCLI',
    country: c.cca2,
    admin1: '',
    population: countryPop.get(c.cca2) ?? 0,
    alternates: dumpAreas.get(c.cca2)?.alternates ?? 0,
  }));
}

/** the areas no GeoNames record names (AREA_NAMES: "the Donbas", continents). */
function areaRecords(syntheticId: (base: number, key: string) => number): RawPlace[] {
  return AREA_NAMES.map((a) => ({
    id: syntheticId(20_000_000, a.names[0]),
    name: a.names[0],
    names: a.names.slice(1),
    demonyms: [],
    lat: a.lat,
    lon: a.lon,
    code: a.feature === 'CONT' ? 'L.CONT' : 'L.RGN',
    country: a.country,
    admin1: a.admin1 ?? '',
    population: 0,
    alternates: 0,
  }));
}

/** demonyms the countries file lacks (EXTRA_DEMONYMS) go to their country, else to the area or region of that name. */
function addExtraDemonyms(countryRecords: RawPlace[], areas: RawPlace[], regions: RawPlace[]): void {
  for (const [demonym, target] of EXTRA_DEMONYMS) {
    const hit =
      countryRecords.find((c) => c.country === target) ??
      [...areas, ...regions].find((a) => a.name === target || a.names.includes(target));
    if (hit) hit.demonyms.push(demonym);
  }
}

/**
 * the name index the loader searches without building anything: "f" + folded name (exact
 * up to case, accents, punctuation) and "k" + key, each to its places' postings, and "p"/"q" +
 * the first word of longer names, so that recognition tries n-grams only where one may start.
 */
function nameIndex(all: RawPlace[]): {
  keys: string[];
  keyOffsets: ReturnType<typeof byteOffsets>;
  offsets: Int32Array;
  postings: Int32Array;
  table: ReturnType<typeof buildHashTable>;
} {
  const postings = new Map<string, number[]>();
  // one posting per key and place: the first (the place's own name) wins
  let seen = new Set<string>();
  const add = (key: string, value: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    let list = postings.get(key);
    if (!list) postings.set(key, (list = []));
    list.push(value);
  };
  const prefixes = new Set<string>();
  all.forEach((p, i) => {
    seen = new Set();
    const entries: [string, number][] = [
      [p.name, PRIMARY],
      ...p.names.map((n): [string, number] => [n, 0]),
      ...p.demonyms.map((n): [string, number] => [n, DEMONYM]),
    ];
    for (const [n, flag] of entries) {
      const f = fold(n);
      if (!f || !/[a-z]/.test(f)) continue;
      const k = keyOfFolded(f);
      add('f' + f, (i << 2) | flag);
      add('k' + k, (i << 2) | flag);
      const sp = f.indexOf(' ');
      if (sp > 0) prefixes.add('p' + f.slice(0, sp));
      const kp = k.indexOf(' ');
      if (kp > 0) prefixes.add('q' + k.slice(0, kp));
    }
  });
  for (const p of prefixes) if (!postings.has(p)) postings.set(p, []);
  const keys = [...postings.keys()].sort();
  const table = buildHashTable(keys);
  // where each key starts in the keys section (UTF-8 bytes), so that the loader need neither
  // split nor decode it
  const keyOffsets = byteOffsets(keys);
  const offsets = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    offsets[i] = total;
    total += postings.get(k)!.length;
  });
  offsets[keys.length] = total;
  const post = new Int32Array(total);
  keys.forEach((k, i) => post.set(postings.get(k)!, offsets[i]));
  return { keys, keyOffsets, offsets, postings: post, table };
}

/** one typed column per field, the codes, countries and regions as indexes into the header's tables. */
function placeColumns(all: RawPlace[]): {
  tables: Pick<Header, 'codes' | 'countries' | 'admin1s'>;
  sections: [string, Uint8Array][];
} {
  const codes = [...new Set(all.map((p) => p.code))];
  const ccs = ['', ...new Set(all.map((p) => p.country).filter(Boolean))];
  const a1s = ['', ...new Set(all.filter((p) => p.admin1).map((p) => `${p.country}.${p.admin1}`))];
  const codeIx = new Map(codes.map((c, i) => [c, i]));
  const ccIx = new Map(ccs.map((c, i) => [c, i]));
  const a1Ix = new Map(a1s.map((c, i) => [c, i]));
  const n = all.length;
  const ids = new Int32Array(n);
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const pop = new Float64Array(n);
  const code = new Uint16Array(n);
  const cc = new Uint16Array(n);
  const a1 = new Uint16Array(n);
  const alts = new Uint16Array(n);
  all.forEach((p, i) => {
    alts[i] = Math.min(p.alternates, 65535);
    ids[i] = p.id;
    lat[i] = p.lat;
    lon[i] = p.lon;
    pop[i] = p.population;
    code[i] = codeIx.get(p.code)!;
    cc[i] = ccIx.get(p.country) ?? 0;
    a1[i] = p.admin1 ? (a1Ix.get(`${p.country}.${p.admin1}`) ?? 0) : 0;
  });
  return {
    tables: { codes, countries: ccs, admin1s: a1s },
    sections: [
      ['ids', new Uint8Array(ids.buffer)],
      ['lat', new Uint8Array(lat.buffer)],
      ['lon', new Uint8Array(lon.buffer)],
      ['pop', new Uint8Array(pop.buffer)],
      ['code', new Uint8Array(code.buffer)],
      ['country', new Uint8Array(cc.buffer)],
      ['admin1', new Uint8Array(a1.buffer)],
      ['alternates', new Uint8Array(alts.buffer)],
    ],
  };
}

/**
 * the cache file, header first (its length, then JSON), each section 8-byte aligned for the
 * typed arrays the loader lays over it; written to a temporary file and renamed, so that a reader
 * never sees half a cache. Caches of earlier versions are never read again (about 60 MB each).
 */
function writeCache(dir: string, outFile: string, header: Header, sections: [string, Uint8Array][]): void {
  let offset = 0;
  for (const [name, bytes] of sections) {
    header.sections.push({ name, offset, bytes: bytes.length });
    offset += Math.ceil(bytes.length / 8) * 8;
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLen = Math.ceil((headerBytes.length + 8) / 8) * 8;
  const out = Buffer.alloc(headerLen + offset);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 8);
  for (const [i, [, bytes]] of sections.entries()) out.set(bytes, headerLen + header.sections[i].offset);
  mkdirSync(dir, { recursive: true });
  const tmp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, outFile);
  for (const f of readdirSync(dir))
    if (/^gazetteer-v\d+\.bin$/.test(f) && f !== basename(outFile)) rmSync(join(dir, f), { force: true });
}

/**
 * An alternate name that is the own name of a city of 50,000 or more elsewhere, of comparable size
 * (within a factor of five either way), is dropped: GeoNames lists "Slov'iansk" among Nikopol's names, and a reader who
 * writes "Sloviansk" means Sloviansk. (Renamed towns keep their former names: those are no other
 * city's name.)
 */
function dropCityNames(byId: Map<number, RawPlace>): void {
  const cities = new Map<string, { id: number; population: number }>();
  for (const p of byId.values()) {
    if (!p.code.startsWith('P.') || p.population < 50_000) continue;
    const key = keyOfFolded(fold(p.name));
    const prev = cities.get(key);
    if (!prev || prev.population < p.population) cities.set(key, { id: p.id, population: p.population });
  }
  for (const [id, p] of byId) {
    const names = p.names.filter((n) => {
      const city = cities.get(keyOfFolded(fold(n)));
      // a village that shares the city's name keeps it ("Kamianske, Zaporizhzhia"): only a town
      // of comparable size, which could outrank the city, loses it
      return !city || city.id === id || p.population < city.population / 5 || p.population > city.population * 5;
    });
    if (names.length !== p.names.length) byId.set(id, { ...p, names });
  }
}

/** ISO code → GeoNames id of every country, so that a country carries its real id without its dump. */
function readCountryIds(): Map<string, number> {
  const ids = new Map<string, number>();
  if (!existsSync(countryIdsFile())) return ids;
  for (const line of readFileSync(countryIdsFile(), 'utf8').split('\n')) {
    const [iso, id] = line.split('\t');
    if (iso && !iso.startsWith('#') && /^\d+$/.test(id ?? '')) ids.set(iso, Number(id));
  }
  return ids;
}

/** Where each string starts when they are written end to end as UTF-8, each followed by a newline. */
function byteOffsets(strings: string[]): Int32Array {
  const out = new Int32Array(strings.length + 1);
  for (let i = 0, at = 0; i <= strings.length; i++) {
    out[i] = at;
    if (i < strings.length) at += Buffer.byteLength(strings[i], 'utf8') + 1;
  }
  return out;
}

export function expectedSignature(): string {
  return `${CACHE_VERSION}|${sourceSignature(sourceFiles())}`;
}
