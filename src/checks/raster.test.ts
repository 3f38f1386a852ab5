import { describe, expect, it } from 'vitest';
import { areaKm2, type PolygonCoords } from './geometry.js';
import {
  differenceKm2,
  DLAT,
  DLON,
  eachDifference,
  rasterise,
  rasteriseAreas,
  runsFromBytes,
  runsKm2,
  runsToBytes,
  union,
} from './raster.js';
import { box, squareAt } from '../testing/control-maps.js';

const rel = (x: number, y: number) => Math.abs(x - y) / y;

describe('control rasters', () => {
  it('measures a polygon, holes included, within 0.5% of its geodesic area', () => {
    const square = squareAt(36, 49, 1);
    expect(rel(runsKm2(rasterise([square])), areaKm2(square))).toBeLessThan(0.005);
    const holed: PolygonCoords = [square[0]!, squareAt(36.4, 49.4, 0.2)[0]!];
    expect(rel(runsKm2(rasterise([holed])), areaKm2(square) - areaKm2(squareAt(36.4, 49.4, 0.2)))).toBeLessThan(0.005);
    const triangle: PolygonCoords = [
      [
        [37, 48],
        [38.3, 48.2],
        [37.4, 49.1],
        [37, 48],
      ],
    ];
    expect(rel(runsKm2(rasterise([triangle])), areaKm2(triangle))).toBeLessThan(0.005);
  });
  it('counts overlapping polygons once', () => {
    const a = squareAt(36, 49, 1);
    const b = squareAt(36.5, 49.5, 1);
    const both = runsKm2(rasterise([a, b]));
    expect(both).toBeLessThan(runsKm2(rasterise([a])) + runsKm2(rasterise([b])));
    expect(rel(both, areaKm2(a) + areaKm2(b) - areaKm2(squareAt(36.5, 49.5, 0.5)))).toBeLessThan(0.005);
  });
  it('puts every snapshot on the same grid, so that a shared border cancels out', () => {
    // the second map redraws the first one's square in two halves
    const before = rasterise([squareAt(36, 49, 1)]);
    const after = rasterise([box(36, 49, 37, 49.5), box(36, 49.5, 37, 50)]);
    expect(differenceKm2(before, after)).toBe(0);
    expect(differenceKm2(before, rasterise([]))).toBeCloseTo(runsKm2(before), 6);
  });
  it('subtracts run by run: what is in a and not in b', () => {
    const a = Int32Array.from([10, 0, 10, 11, 5, 8]);
    const b = Int32Array.from([10, 2, 4, 10, 6, 7, 10, 9, 20, 12, 0, 100]);
    const out: number[][] = [];
    eachDifference(a, b, (r, c0, c1) => out.push([r, c0, c1]));
    expect(out).toEqual([
      [10, 0, 2],
      [10, 4, 6],
      [10, 7, 9],
      [11, 5, 8],
    ]);
    expect([...union(Int32Array.from([1, 0, 3]), Int32Array.from([1, 3, 5, 2, 0, 1]))]).toEqual([1, 0, 5, 2, 0, 1]);
  });
  it('measures the ground that left the occupied map, and keeps a sector only', () => {
    const before = rasterise([squareAt(36, 49, 1)]);
    const after = rasterise([box(36, 49, 37, 49.5)]);
    const north = areaKm2(box(36, 49.5, 37, 50));
    expect(rel(differenceKm2(before, after), north)).toBeLessThan(0.005);
    // seen from a point south of the square's west edge, north-northeast covers about half of it
    const eastHalf = differenceKm2(before, after, { lat: 48, lon: 36, bearing: 45, halfWidth: 22.5 });
    expect(eastHalf).toBeGreaterThan(0);
    expect(eastHalf).toBeLessThan(north);
    expect(differenceKm2(before, after, { lat: 48, lon: 36, bearing: 225, halfWidth: 45 })).toBe(0);
  });
  it('keeps one raster per status and round-trips runs through bytes', () => {
    const r = rasteriseAreas([
      { status: 'occupied', polygon: squareAt(36, 49, 0.1) },
      { status: 'contested', polygon: squareAt(37, 49, 0.1) },
    ]);
    expect(r.grid).toBe(`${DLAT}x${DLON}`);
    expect(r.runs.liberated.length).toBe(0);
    expect(r.runs.occupied.length).toBeGreaterThan(0);
    expect([...runsFromBytes(runsToBytes(r.runs.contested))]).toEqual([...r.runs.contested]);
  });
});
