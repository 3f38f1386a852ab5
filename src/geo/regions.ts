/**
 * Names of first-level regions and larger areas that cities500 cannot supply by itself, read from
 * `data/regions.json` (data about places, kept out of the code like the gazetteer's dumps).
 *
 * cities500 gives every admin1 code and, through its PPLA (seat of a first-order division),
 * the seat of most of them: an oblast or governorate named after its seat ("Kharkiv Oblast",
 * "the region of Sumy") is found from the seat without any table. The file lists the regions
 * whose name is not their seat's — US and UK ones by their GeoNames code, others through their
 * seat (so no admin1 code is written from memory) — chosen for news and conflict reporting,
 * plus continents and named areas (Donbas) that span several regions, at the usual representative
 * points of these areas (continents as in GeoNames). Users add the rest with
 * `sitrep gazetteer import admin1CodesASCII.txt`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

interface RegionName {
  country: string;
  /** GeoNames admin1 code (US, GB) … */
  code?: string;
  /** … or the seat's name, from which the admin1 code is taken */
  seat?: string;
  names: string[];
  /** representative point as GeoNames gives it, where the extent of cities500 places is a poor guess */
  lat?: number;
  lon?: number;
  /** why the entries from here on are listed, for the reader of the data file */
  note?: string;
}

interface AreaName {
  names: string[];
  feature: 'CONT' | 'RGN';
  country: string;
  admin1?: string;
  lat: number;
  lon: number;
  note?: string;
}

interface RegionsFile {
  regions: RegionName[];
  areas: AreaName[];
  /** country names news uses beyond world-countries' common, official and alternative spellings */
  countryNames: Record<string, string[]>;
  /** demonyms beyond world-countries', to the area they point to (an ISO code or an area name) */
  demonyms: Record<string, string>;
  romanisedCountries: string[];
  countryPoints: Record<string, [number, number]>;
  regionAbbreviations: Record<string, [string, string]>;
}

export const REGIONS_FILE = join(packageRoot, 'data', 'regions.json');

/** Reads the file, failing on the first entry that names no region (a typo would otherwise vanish silently). */
function readRegions(file: string): RegionsFile {
  const data = JSON.parse(readFileSync(file, 'utf8')) as RegionsFile;
  data.regions.forEach((r, i) => {
    if (!r.country || !r.names?.length || !(r.code || r.seat))
      throw new Error(`${file}: regions[${i}] needs a country, names and a code or a seat`);
  });
  data.areas.forEach((a, i) => {
    if (
      !a.names?.length ||
      (a.feature !== 'CONT' && a.feature !== 'RGN') ||
      typeof a.lat !== 'number' ||
      typeof a.lon !== 'number'
    ) {
      throw new Error(`${file}: areas[${i}] needs names, a feature (CONT or RGN) and a point`);
    }
  });
  return data;
}

const data = readRegions(REGIONS_FILE);

export const REGION_NAMES: RegionName[] = data.regions;

export const AREA_NAMES: AreaName[] = data.areas;

/** Country names news uses beyond the package's common, official and alternative spellings. */
export const EXTRA_COUNTRY_NAMES: ReadonlyMap<string, string[]> = new Map(Object.entries(data.countryNames));

/** Demonyms beyond the package's, with the area they point to (an ISO code or an area name). */
export const EXTRA_DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(data.demonyms));

/**
 * Countries whose names reach English through romanisation from another script: only there
 * are transliteration variants (Balaklyaya for Balakliia) expected, so only there does a
 * transliteration key count as a match.
 */
export const ROMANISED_COUNTRIES = new Set(data.romanisedCountries);

/**
 * Country points as GeoNames gives them, where they differ much from the package's (GeoNames
 * puts Canada at 60.1 N 113.6 W, the package at 60 N 95 W).
 */
export const COUNTRY_POINTS: ReadonlyMap<string, [number, number]> = new Map(Object.entries(data.countryPoints));

/**
 * Postal and AP abbreviations of US states and Canadian provinces, recognised only after
 * "Town," ("Edmonton, Ky.") where they cannot be a title or a word.
 */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, [string, string]> = new Map(
  Object.entries(data.regionAbbreviations),
);
