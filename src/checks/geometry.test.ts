import { describe, expect, it } from 'vitest';
import {
  areaKm2,
  areaNoLongerCovered,
  insideAlongRow,
  nearestEdgeKm,
  ringBBox,
  ringSelfIntersection,
  type PolygonCoords,
} from './geometry.js';
import { countryOutline, nearOutline } from './borders.js';
import { box, squareAt } from '../testing/control-maps.js';

const piece = (p: PolygonCoords) => ({ polygon: p, bbox: ringBBox(p[0]!) });

describe('geometry', () => {
  it('finds a ring crossing itself, not a ring that only turns', () => {
    expect(
      ringSelfIntersection([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).not.toBeNull();
    expect(ringSelfIntersection(squareAt(0, 0, 1)[0]!)).toBeNull();
    expect(
      ringSelfIntersection([
        [0, 0],
        [2, 0],
        [2, 2],
        [1, 0.5],
        [0, 2],
        [0, 0],
      ]),
    ).toBeNull();
    // a sawtooth: long parallel edges, each overlapping all the others along x
    const saw: [number, number][] = Array.from({ length: 2000 }, (_, k) => [k % 2 ? 31 : 30, 45 + k * 1e-4]);
    const top = saw[saw.length - 1]![1];
    expect(ringSelfIntersection([...saw, [29, top], [29, 44], saw[0]!])).toBeNull();
    // the same with one tooth pulled across its neighbours
    const crossed = saw.map((p, k) => (k === 1001 ? [31, 45 + 998 * 1e-4] : p) as [number, number]);
    expect(ringSelfIntersection([...crossed, [29, top], [29, 44], crossed[0]!])).not.toBeNull();
  });
  it('measures what left the first set of polygons, once even where they overlap', () => {
    const whole = areaKm2(squareAt(36, 49, 1));
    expect(areaNoLongerCovered([piece(squareAt(36, 49, 1))], [piece(squareAt(36, 49, 1))]).km2).toBe(0);
    expect(areaNoLongerCovered([piece(squareAt(36, 49, 1))], []).km2).toBeCloseTo(whole, 3);
    // half of it still covered after: a redrawn outline sharing three corners
    const after: PolygonCoords = box(36, 49, 37, 49.5);
    const half = areaKm2(after);
    expect(areaNoLongerCovered([piece(squareAt(36, 49, 1))], [piece(after)]).km2).toBeCloseTo(whole - half, 1);
    // two overlapping pieces before count their union once
    expect(areaNoLongerCovered([piece(squareAt(36, 49, 1)), piece(squareAt(36, 49, 1))], []).km2).toBeCloseTo(whole, 1);
  });
  it('tells inside from outside along a row, holes included', () => {
    const ring: PolygonCoords = [...squareAt(0, 0, 4), ...box(1, 1, 3, 3)];
    expect(insideAlongRow(ring, 2, [0.5, 2, 3.5, 5])).toEqual([true, false, true, false]);
  });
  it('skips the edges a test rejects, nearest first', () => {
    const p = { lat: 49.5, lon: 36.5 };
    const all = nearestEdgeKm(p, [squareAt(36, 49, 1)], () => false)!;
    const noSouthOrNorth = nearestEdgeKm(p, [squareAt(36, 49, 1)], (mid) => mid.lon === 36.5)!;
    expect(all.km).toBeCloseTo(36.2, 0); // to the western or eastern edge (0.5° of longitude at 49.5°N)
    expect(noSouthOrNorth.km).toBeCloseTo(36.2, 0);
    expect(nearestEdgeKm(p, [squareAt(36, 49, 1)], (mid) => mid.lat === 49.5)!.km).toBeCloseTo(55.6, 0); // north-south edges skipped
  });
  it('knows a point on a country border from one inland', () => {
    const ua = countryOutline('UA');
    if (!ua) return; // the outlines package is optional for this test
    expect(nearOutline(ua, { lat: 50.38, lon: 36.95 }, 10)).toBe(true); // on the border north of Vovchansk
    expect(nearOutline(ua, { lat: 49.71, lon: 37.62 }, 10)).toBe(false); // Kupiansk, ~40 km from it
  });
});
