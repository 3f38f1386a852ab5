/**
 * Control maps written for the tests: boxes and squares drawn by their corners, the 1°×1° test
 * square and a bow-tie that crosses itself (as Polygon coordinates, longitude first), and the
 * GeoJSON around them, in DeepState's form (the status in each feature's name) or sitrep's own
 * (a `status` property, `valid_from` on the collection).
 */
import type { PolygonCoords } from '../checks/geometry.js';

/** The rectangle between two meridians and two parallels: one outer ring, counter-clockwise. */
export function box(west: number, south: number, east: number, north: number): PolygonCoords {
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

/** A square `side` degrees wide whose south-west corner is at `lon`, `lat`. */
export function squareAt(lon: number, lat: number, side: number): PolygonCoords {
  return box(lon, lat, lon + side, lat + side);
}

/** The square 36–37°E, 49–50°N. */
export const square = squareAt(36, 49, 1);

/** The same corners joined across: a ring that crosses itself, which a map must refuse. */
export const bowTie: PolygonCoords = [
  [
    [36, 49],
    [37, 50],
    [37, 49],
    [36, 50],
    [36, 49],
  ],
];

/** A FeatureCollection as a file holds it; `extra` adds collection members such as `valid_from`. */
export function featureCollection(features: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'FeatureCollection', ...extra, features });
}

/** A DeepState area: the status is read from the feature's `name`. */
export function namedArea(name: string, coordinates: unknown = square) {
  return { type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates } };
}

/** A sitrep-format area: the status is the feature's `status` property. */
export function statusArea(status: string, coordinates: unknown = square) {
  return { type: 'Feature', properties: { status }, geometry: { type: 'Polygon', coordinates } };
}
