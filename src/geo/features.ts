/** Which GeoNames features the gazetteer keeps: one rule for imports, bundled dumps and the build. */

// Feature classes worth resolving toponyms to: populated places, water (rivers, seas), areas
// and regions, relief (mountains).
const KEEP_CLASSES = new Set(['P', 'H', 'L', 'T']);
// Administrative areas: countries and first-level regions only. A raion or hromada shares its
// centre's name and would compete with the town for every mention of it.
const KEEP_ADMIN = new Set(['PCLI', 'ADM1']);
// Populated places no longer there (abandoned, destroyed, historical) would only be namesakes.
const SKIP_POPULATED = new Set(['PPLQ', 'PPLW', 'PPLH']);
// Facilities news reports name as places: power plants (a nuclear plant is not its city),
// dams, airports and air bases.
const KEEP_FACILITIES = new Set(['PS', 'PSN', 'PSH', 'DAM', 'AIRP', 'AIRB']);

/** Is a GeoNames feature (class, code) one that toponyms resolve to? */
export function keepFeature(featureClass: string, code: string): boolean {
  if (featureClass === 'A') return KEEP_ADMIN.has(code);
  if (featureClass === 'S') return KEEP_FACILITIES.has(code);
  if (featureClass === 'P') return !SKIP_POPULATED.has(code);
  return KEEP_CLASSES.has(featureClass);
}

/** The geoname table (a country dump, allCountries, cities*) has 19 tab-separated columns. */
export const GEONAMES_COLUMNS = 19;
