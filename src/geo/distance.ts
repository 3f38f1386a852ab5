/**
 * Great-circle distance and bearing, the one place the project computes them (geoparsing,
 * fusion, checks and evaluations import these): turf's haversine on a sphere of the mean Earth
 * radius, 6371.0088 km, as GeoNames users do.
 */
import turfBearing from '@turf/bearing';
import turfDistance from '@turf/distance';

/** The mean Earth radius (IUGG), turf's and GeoNames users' sphere. */
export const EARTH_RADIUS_KM = 6371.0088;

interface LatLon {
  lat: number;
  lon: number;
}

/** Distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return turfDistance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/** Initial bearing from a to b, degrees clockwise from north in [0, 360). */
export function initialBearing(a: LatLon, b: LatLon): number {
  return (turfBearing([a.lon, a.lat], [b.lon, b.lat]) + 360) % 360;
}
