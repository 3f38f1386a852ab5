/**
 * Countries as ACLED names them: ISO 3166-1 alpha-2 → alpha-3 (for event_id_cnty), numeric
 * (ACLED's `iso` column), ACLED's country name and region. The codes and names are
 * world-countries' (mledoze/countries); ACLED's regions follow the UN subregions, with the few
 * places where ACLED draws them otherwise, and its spelling where it differs from the common name.
 *
 *   PL → { iso3: 'POL', iso: 616, country: 'Poland', region: 'Europe' }
 *   an unknown code gives null, and the exporters leave the columns empty.
 */
import { readFileSync } from 'node:fs';
import { countriesFile } from '../geo/paths.js';

export interface Country {
  iso3: string;
  iso: number;
  country: string;
  region: string;
}

const E = 'Europe';
const ME = 'Middle East';
const CCA = 'Caucasus and Central Asia';

/** ACLED's region for each UN subregion (world-countries' `subregion`). */
const REGION_OF_SUBREGION: ReadonlyMap<string, string> = new Map([
  ['Northern Europe', E],
  ['Western Europe', E],
  ['Southern Europe', E],
  ['Eastern Europe', E],
  ['Central Europe', E],
  ['Southeast Europe', E],
  ['Western Asia', ME],
  ['Central Asia', CCA],
  ['Southern Asia', 'South Asia'],
  ['South-Eastern Asia', 'Southeast Asia'],
  ['Eastern Asia', 'East Asia'],
  ['Northern Africa', 'Northern Africa'],
  ['Western Africa', 'Western Africa'],
  ['Middle Africa', 'Middle Africa'],
  ['Eastern Africa', 'Eastern Africa'],
  ['Southern Africa', 'Southern Africa'],
  ['Caribbean', 'Caribbean'],
  ['Central America', 'Central America'],
  ['South America', 'South America'],
  ['North America', 'North America'],
  ['Australia and New Zealand', 'Oceania'],
  ['Melanesia', 'Oceania'],
  ['Micronesia', 'Oceania'],
  ['Polynesia', 'Oceania'],
]);

/** Where ACLED's region is not the UN subregion's: the Caucasus, Iran, Cyprus, Mexico, two in Africa. */
const REGION_OVERRIDE: ReadonlyMap<string, string> = new Map([
  ['GE', CCA],
  ['AM', CCA],
  ['AZ', CCA],
  ['IR', ME],
  ['CY', ME],
  ['TR', ME],
  ['MX', 'Central America'],
  ['SS', 'Eastern Africa'],
  ['MZ', 'Southern Africa'],
]);

/** Where ACLED spells a country otherwise than world-countries' common name. */
const NAME_OVERRIDE: ReadonlyMap<string, string> = new Map([
  ['CZ', 'Czech Republic'],
  ['CD', 'Democratic Republic of Congo'],
  ['CG', 'Republic of Congo'],
  ['CI', "Cote d'Ivoire"],
  ['TR', 'Turkey'],
  ['MK', 'North Macedonia'],
  ['PS', 'Palestine'],
  ['SZ', 'eSwatini'],
  ['TL', 'East Timor'],
  ['CV', 'Cape Verde'],
]);

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string };
  subregion: string;
}

let byAlpha2: Map<string, Country> | null = null;

function table(): Map<string, Country> {
  if (!byAlpha2) {
    byAlpha2 = new Map();
    for (const c of JSON.parse(readFileSync(countriesFile(), 'utf8')) as WorldCountry[]) {
      const region = REGION_OVERRIDE.get(c.cca2) ?? REGION_OF_SUBREGION.get(c.subregion);
      if (!region) continue;
      // Kosovo has no ISO code of its own: ACLED writes XKX where world-countries writes UNK
      byAlpha2.set(c.cca2, {
        iso3: c.cca2 === 'XK' ? 'XKX' : c.cca3,
        iso: Number(c.ccn3) || 0,
        country: NAME_OVERRIDE.get(c.cca2) ?? c.name.common,
        region,
      });
    }
  }
  return byAlpha2;
}

export function country(alpha2: string | null | undefined): Country | null {
  return alpha2 ? (table().get(alpha2.toUpperCase()) ?? null) : null;
}
