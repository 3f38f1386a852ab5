/**
 * Country outlines (world-countries, Natural Earth based), so that the edge of an occupied area
 * that runs along an international border or a coast is not taken for a line of control:
 * "within 10 km of Y" measured to the border of the country would say nothing about the front.
 * Read lazily, once per country, from the package's data files; when they are missing the
 * check says it measured to every edge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distanceToEdgesKm, type PolygonCoords } from './geometry.js';

const cache = new Map<string, PolygonCoords[] | null>();

function dataDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('world-countries/package.json'));
  } catch {
    return null;
  }
}

/** The outline of a country by ISO 3166-1 alpha-2 code, or null when unknown. */
export function countryOutline(cca2: string): PolygonCoords[] | null {
  const key = cca2.toUpperCase();
  if (cache.has(key)) return cache.get(key)!;
  let outline: PolygonCoords[] | null = null;
  try {
    const dir = dataDir();
    if (dir) {
      const countries = JSON.parse(readFileSync(join(dir, 'countries.json'), 'utf8')) as {
        cca2: string;
        cca3: string;
      }[];
      const cca3 = countries.find((c) => c.cca2 === key)?.cca3;
      const file = cca3 ? join(dir, 'data', `${cca3.toLowerCase()}.geo.json`) : null;
      if (file && existsSync(file)) {
        const fc = JSON.parse(readFileSync(file, 'utf8')) as {
          features: { geometry: { type: string; coordinates: unknown } }[];
        };
        outline = [];
        for (const f of fc.features) {
          if (f.geometry.type === 'Polygon') outline.push(f.geometry.coordinates as PolygonCoords);
          else if (f.geometry.type === 'MultiPolygon') outline.push(...(f.geometry.coordinates as PolygonCoords[]));
        }
      }
    }
  } catch {
    outline = null;
  }
  cache.set(key, outline);
  return outline;
}

/** Within `km` of the outline: the point lies on the border or coast, as far as maps agree. */
export function nearOutline(outline: PolygonCoords[], p: { lat: number; lon: number }, km: number): boolean {
  const d = distanceToEdgesKm(p, outline);
  return !!d && d.km <= km;
}
