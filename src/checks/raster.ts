/**
 * Control maps as run-length rasters on one fixed latitude/longitude grid, so that "how much
 * ground left the occupied map between snapshot A and snapshot B" is a merge of two sorted run
 * lists (milliseconds), not a polygon difference (half a second for a pair of DeepState maps).
 *
 * The grid is anchored at 0°, 0° and the same for every snapshot, whatever its extent or the
 * order of imports: row r spans latitudes [r·DLAT, (r+1)·DLAT), column c longitudes
 * [c·DLON, (c+1)·DLON). A cell belongs to a status when its centre lies inside one of the
 * status's polygons (even-odd over each polygon's rings, then the union over polygons), the same
 * rule as `insideAlongRow`. A cell's area is the exact area of its band on the sphere of
 * @turf/area's radius, so rows further north count for less.
 *
 * At 1/400° × 1/256° a cell is about 0.28 × 0.29 km (≈ 0.08 km²) at 49° N, the seeds' latitude; on the
 * seeds' area claims the raster lies within 1% of the exact polygon difference (seeds.test.ts
 * keeps that measured on ../shared).
 */
import { EARTH_RADIUS_KM } from '../geo/distance.js';
import type { ControlStatus } from './control-status.js';
import type { PolygonCoords } from './geometry.js';

// whole numbers of cells per degree, so that a map's edge on a round degree is a cell edge
export const DLAT = 1 / 400;
export const DLON = 1 / 256;
/** names the grid a stored raster was built on; a raster on another grid is rebuilt */
export const GRID = `${DLAT}x${DLON}`;
/** @turf/area's sphere (turf helpers' earthRadius), so that the two methods measure alike */
const EARTH_RADIUS_M = EARTH_RADIUS_KM * 1000;

/**
 * Cells of one status: triples (row, first column, column after the last), sorted by row then
 * column, runs in a row disjoint and not touching.
 */
export type Runs = Int32Array;

export interface ControlRaster {
  grid: string;
  runs: Record<ControlStatus, Runs>;
}

/** Area of one cell of row `row`, km². */
function cellKm2(row: number): number {
  const rad = Math.PI / 180;
  const s = Math.sin((row + 1) * DLAT * rad) - Math.sin(row * DLAT * rad);
  return (EARTH_RADIUS_M * EARTH_RADIUS_M * DLON * rad * s) / 1e6;
}

const rowCentre = (row: number) => (row + 0.5) * DLAT;
/** the first column whose centre is at or east of x */
const colAtOrAfter = (x: number) => Math.ceil(x / DLON - 0.5);

/** Appends the runs of one polygon (even-odd over its rings) to `rows` (keyed by row). */
function addPolygon(polygon: PolygonCoords, rows: Map<number, number[]>): void {
  const crossings = new Map<number, number[]>();
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi === yj) continue;
      const lo = Math.min(yi, yj);
      const hi = Math.max(yi, yj);
      // rows whose centre lies in [lo, hi): the half-open rule of insideAlongRow
      const r0 = Math.ceil(lo / DLAT - 0.5);
      const r1 = Math.ceil(hi / DLAT - 0.5);
      for (let r = r0; r < r1; r++) {
        const y = rowCentre(r);
        if (y < lo || y >= hi) continue;
        const x = ((xj - xi) * (y - yi)) / (yj - yi) + xi;
        let list = crossings.get(r);
        if (!list) crossings.set(r, (list = []));
        list.push(x);
      }
    }
  }
  for (const [r, xs] of crossings) {
    xs.sort((a, b) => a - b);
    let out = rows.get(r);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = colAtOrAfter(xs[k]!);
      const c1 = colAtOrAfter(xs[k + 1]!);
      if (c1 <= c0) continue;
      if (!out) rows.set(r, (out = []));
      out.push(c0, c1);
    }
  }
}

/** Sorted, merged runs from per-row (start, end) pairs. */
function toRuns(rows: Map<number, number[]>): Runs {
  const out: number[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const pairs = rows.get(r)!;
    const idx = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort((a, b) => pairs[2 * a]! - pairs[2 * b]!);
    let s = NaN;
    let e = NaN;
    for (const i of idx) {
      const c0 = pairs[2 * i]!;
      const c1 = pairs[2 * i + 1]!;
      if (Number.isNaN(s)) [s, e] = [c0, c1];
      else if (c0 <= e) e = Math.max(e, c1);
      else {
        out.push(r, s, e);
        [s, e] = [c0, c1];
      }
    }
    if (!Number.isNaN(s)) out.push(r, s, e);
  }
  return Int32Array.from(out);
}

/** The cells of the union of some polygons. */
export function rasterise(polygons: PolygonCoords[]): Runs {
  const rows = new Map<number, number[]>();
  for (const p of polygons) addPolygon(p, rows);
  return toRuns(rows);
}

/** One raster per status of a snapshot's areas. */
export function rasteriseAreas(areas: { status: ControlStatus; polygon: PolygonCoords }[]): ControlRaster {
  const of = (status: ControlStatus) => rasterise(areas.filter((a) => a.status === status).map((a) => a.polygon));
  return { grid: GRID, runs: { occupied: of('occupied'), contested: of('contested'), liberated: of('liberated') } };
}

/** The union of two run lists: one merge pass, runs that overlap or touch joined. */
export function union(a: Runs, b: Runs): Runs {
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  const before = (p: Runs, x: number, q: Runs, y: number) => p[x]! < q[y]! || (p[x] === q[y] && p[x + 1]! <= q[y + 1]!);
  while (i < a.length || j < b.length) {
    let src: Runs;
    let k: number;
    if (j >= b.length || (i < a.length && before(a, i, b, j))) {
      src = a;
      k = i;
      i += 3;
    } else {
      src = b;
      k = j;
      j += 3;
    }
    if (n > 0 && out[n - 3] === src[k] && src[k + 1]! <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, src[k + 2]!);
    else {
      out[n] = src[k]!;
      out[n + 1] = src[k + 1]!;
      out[n + 2] = src[k + 2]!;
      n += 3;
    }
  }
  return out.slice(0, n);
}

/**
 * Calls `emit(row, c0, c1)` for each run of cells in `a` and not in `b`; both lists sorted as
 * `Runs` are, so one pass over each.
 */
export function eachDifference(a: Runs, b: Runs, emit: (row: number, c0: number, c1: number) => void): void {
  let j = 0;
  for (let i = 0; i < a.length; i += 3) {
    const row = a[i]!;
    let s = a[i + 1]!;
    const e = a[i + 2]!;
    while (j < b.length && (b[j]! < row || (b[j] === row && b[j + 2]! <= s))) j += 3;
    let k = j;
    while (s < e && k < b.length && b[k] === row && b[k + 1]! < e) {
      if (b[k + 1]! > s) emit(row, s, b[k + 1]!);
      s = Math.max(s, b[k + 2]!);
      k += 3;
    }
    if (s < e) emit(row, s, e);
  }
}

/** A sector seen from a point: initial bearings within `halfWidth`° of `bearing`. */
interface Sector {
  lat: number;
  lon: number;
  bearing: number;
  halfWidth: number;
}

/**
 * Area in km² of the cells in `a` and not in `b`, optionally only those whose centre lies in a
 * sector (great-circle initial bearing from the sector's point, as @turf/bearing computes it).
 */
export function differenceKm2(a: Runs, b: Runs, sector: Sector | null = null): number {
  let km2 = 0;
  if (!sector) {
    eachDifference(a, b, (row, c0, c1) => (km2 += (c1 - c0) * cellKm2(row)));
    return km2;
  }
  const rad = Math.PI / 180;
  const lat1 = sector.lat * rad;
  const sin1 = Math.sin(lat1);
  const cos1 = Math.cos(lat1);
  // the sine and cosine of each column's longitude offset, once per column, not per cell
  let minC = Infinity;
  let maxC = -Infinity;
  for (let i = 0; i < a.length; i += 3) {
    if (a[i + 1]! < minC) minC = a[i + 1]!;
    if (a[i + 2]! > maxC) maxC = a[i + 2]!;
  }
  const width = Math.max(0, maxC - minC);
  const sinD = new Float64Array(width);
  const cosD = new Float64Array(width);
  for (let k = 0; k < width; k++) {
    const dLon = ((minC + k + 0.5) * DLON - sector.lon) * rad;
    sinD[k] = Math.sin(dLon);
    cosD[k] = Math.cos(dLon);
  }
  // the initial bearing's direction is (north, east) ∝ (cos1·sin2 − sin1·cos2·cosΔ, sinΔ·cos2);
  // it lies within halfWidth of the sector's bearing when its angle to that unit vector does
  const uN = Math.cos(sector.bearing * rad);
  const uE = Math.sin(sector.bearing * rad);
  const cosH = Math.cos(Math.min(sector.halfWidth, 180) * rad);
  eachDifference(a, b, (row, c0, c1) => {
    const lat2 = rowCentre(row) * rad;
    const sin2 = Math.sin(lat2);
    const cos2 = Math.cos(lat2);
    let n = 0;
    for (let c = c0; c < c1; c++) {
      const k = c - minC;
      const north = cos1 * sin2 - sin1 * cos2 * cosD[k]!;
      const east = sinD[k]! * cos2;
      const dot = north * uN + east * uE;
      if (dot >= cosH * Math.sqrt(north * north + east * east)) n++;
    }
    km2 += n * cellKm2(row);
  });
  return km2;
}

/** Area in km² of a run list. */
export function runsKm2(a: Runs): number {
  let km2 = 0;
  for (let i = 0; i < a.length; i += 3) km2 += (a[i + 2]! - a[i + 1]!) * cellKm2(a[i]!);
  return km2;
}

/** Bytes for the store (little-endian 32-bit integers) and back. */
export function runsToBytes(runs: Runs): Buffer {
  const buf = Buffer.alloc(runs.length * 4);
  runs.forEach((v, i) => buf.writeInt32LE(v, i * 4));
  return buf;
}

export function runsFromBytes(buf: Uint8Array): Runs {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out = new Int32Array(buf.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}
