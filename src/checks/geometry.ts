/**
 * Plane and sphere geometry the checks need, kept small and dependency-light: great-circle
 * distance and initial bearing (turf), point in polygon with a bounding-box prefilter, ring
 * self-intersection, distance from a point to the nearest polygon edge, and the geodesic area of
 * "occupied before, not occupied after" (turf difference + turf area): the exact method, which
 * the area checks use only when asked (the rasters of src/checks/raster.ts are the default).
 */
import turfArea from '@turf/area';
import turfDifference from '@turf/difference';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type Position = [number, number];
/** outer ring first, then holes; each ring closed (first position repeated last) */
export type PolygonCoords = Position[][];
export type BBox = [number, number, number, number];

// distances and bearings are computed in one place, with the geoparser's
import { distanceKm, initialBearing } from '../geo/distance.js';
export { distanceKm, initialBearing };

export function ringBBox(ring: Position[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function bboxContains(b: BBox, x: number, y: number): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inRing(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Which of the points (xs, y) — one row, xs ascending — lie inside the polygon (even-odd over
 * all rings): the row's crossings are found once, not once per point.
 */
export function insideAlongRow(polygon: PolygonCoords, y: number, xs: number[]): boolean[] {
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  crossings.sort((p, q) => p - q);
  const out: boolean[] = [];
  let k = 0;
  for (const x of xs) {
    while (k < crossings.length && crossings[k]! < x) k++;
    out.push(k % 2 === 1);
  }
  return out;
}

/** Even-odd point in polygon: inside the outer ring and in none of the holes. */
export function pointInPolygon(polygon: PolygonCoords, x: number, y: number): boolean {
  if (!polygon[0] || !inRing(polygon[0], x, y)) return false;
  for (let h = 1; h < polygon.length; h++) if (inRing(polygon[h]!, x, y)) return false;
  return true;
}

/** Rough planar area in square degrees (scaled by cos latitude), only to rank polygons by size. */
export function roughArea(polygon: PolygonCoords): number {
  let total = 0;
  polygon.forEach((ring, k) => {
    let s = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
    const lat = ring[0] ? ring[0][1] : 0;
    total += (k === 0 ? 1 : -1) * Math.abs(s / 2) * Math.cos((lat * Math.PI) / 180);
  });
  return total;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsCross(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orient(p1, p2, q1);
  const o2 = orient(p1, p2, q2);
  const o3 = orient(q1, q2, p1);
  const o4 = orient(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(p1, p2, q1)) return true;
  if (o2 === 0 && onSegment(p1, p2, q2)) return true;
  if (o3 === 0 && onSegment(q1, q2, p1)) return true;
  if (o4 === 0 && onSegment(q1, q2, p2)) return true;
  return false;
}

/**
 * The first place where a ring crosses itself (non-adjacent edges meet), or null. Each edge asks
 * a packed R-tree (flatbush) of all edges' boxes for the edges it could meet, so a ring of long
 * parallel edges (a sawtooth, a comb) costs n log n like any map outline, where a sweep along one
 * axis compared every pair. Repeated consecutive positions (zero-length edges) are dropped first:
 * they are common in exported maps and harmless.
 */
export function ringSelfIntersection(ringIn: Position[]): Position | null {
  const ring: Position[] = [];
  for (const p of ringIn) {
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  }
  const n = ring.length - 1; // edges; the ring is closed
  if (n < 3) return null;
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  }
  index.finish();
  for (let i = 0; i < n; i++) {
    const a1 = ring[i]!;
    const a2 = ring[i + 1]!;
    const near = index.search(
      Math.min(a1[0], a2[0]),
      Math.min(a1[1], a2[1]),
      Math.max(a1[0], a2[0]),
      Math.max(a1[1], a2[1]),
    );
    for (const j of near) {
      // each pair once; neighbours share a vertex by construction
      if (j <= i || j - i === 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsCross(a1, a2, ring[j]!, ring[j + 1]!)) return a1;
    }
  }
  return null;
}

/**
 * The point of the edge a–b nearest `point`, on the local equirectangular projection centred on
 * it (longitude scaled by `k`, the cosine of its latitude): its offsets from the point in degrees
 * of latitude, and the square of its distance.
 */
function nearestOnEdge(
  point: { lat: number; lon: number },
  k: number,
  a: Position,
  b: Position,
): { px: number; py: number; d2: number } {
  const ax = (a[0] - point.lon) * k;
  const ay = a[1] - point.lat;
  const bx = (b[0] - point.lon) * k;
  const by = b[1] - point.lat;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = Math.max(0, Math.min(1, len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0));
  const px = ax + t * dx;
  const py = ay + t * dy;
  return { px, py, d2: px * px + py * py };
}

/**
 * Distance in km from a point to the nearest edge of the polygons, on a local equirectangular
 * projection centred on the point (error well under 1% within a few hundred km), then measured
 * on the sphere between the point and the nearest edge point found.
 */
export function distanceToEdgesKm(
  point: { lat: number; lon: number },
  polygons: PolygonCoords[],
): { km: number; nearest: { lat: number; lon: number } } | null {
  const k = Math.cos((point.lat * Math.PI) / 180);
  let best = Infinity;
  let bestPt: Position | null = null;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const { px, py, d2 } = nearestOnEdge(point, k, ring[i]!, ring[i + 1]!);
        if (d2 < best) {
          best = d2;
          bestPt = [point.lon + px / k, point.lat + py];
        }
      }
    }
  }
  if (!bestPt) return null;
  const nearest = { lon: bestPt[0], lat: bestPt[1] };
  return { km: distanceKm(point, nearest), nearest };
}

/**
 * Like distanceToEdgesKm, but skipping the edges `skip` rejects (tested on the edge's midpoint,
 * nearest edges first, so that an expensive test runs on few edges).
 */
export function nearestEdgeKm(
  point: { lat: number; lon: number },
  polygons: PolygonCoords[],
  skip: (mid: { lat: number; lon: number }) => boolean,
): { km: number; nearest: { lat: number; lon: number }; skipped: number } | null {
  const k = Math.cos((point.lat * Math.PI) / 180);
  const cand: { d2: number; px: number; py: number; mx: number; my: number }[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const { px, py, d2 } = nearestOnEdge(point, k, ring[i]!, ring[i + 1]!);
        cand.push({
          d2,
          px,
          py,
          mx: (ring[i]![0] + ring[i + 1]![0]) / 2,
          my: (ring[i]![1] + ring[i + 1]![1]) / 2,
        });
      }
    }
  }
  cand.sort((a, b) => a.d2 - b.d2);
  let skipped = 0;
  for (const c of cand) {
    if (skip({ lon: c.mx, lat: c.my })) {
      skipped++;
      continue;
    }
    const nearest = { lon: point.lon + c.px / k, lat: point.lat + c.py };
    return { km: distanceKm(point, nearest), nearest, skipped };
  }
  return null;
}

/** Geodesic area in km² of a polygon (turf area, on the WGS84 mean radius sphere). */
export function areaKm2(polygon: PolygonCoords): number {
  return turfArea({ type: 'Polygon', coordinates: polygon }) / 1e6;
}

function feature(polygon: PolygonCoords): Feature<Polygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } };
}

export interface Piece {
  polygon: PolygonCoords;
  bbox: BBox;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s / 2;
}

const edgeMemo = new WeakMap<PolygonCoords, Map<string, number>>();
const vertexMemo = new WeakMap<PolygonCoords, Set<string>>();

/** Directed edges, outer rings counter-clockwise and holes clockwise: the interior on the left. */
function directedEdges(polygon: PolygonCoords): Map<string, number> {
  const memo = edgeMemo.get(polygon);
  if (memo) return memo;
  const counts = new Map<string, number>();
  edgeMemo.set(polygon, counts);
  polygon.forEach((ringIn, k) => {
    const ccw = signedArea(ringIn) > 0;
    const ring = ccw === (k === 0) ? ringIn : [...ringIn].reverse();
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      const key = `${a[0]},${a[1]},${b[0]},${b[1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  return counts;
}

function vertexKeys(polygon: PolygonCoords): Set<string> {
  const memo = vertexMemo.get(polygon);
  if (memo) return memo;
  const keys = new Set<string>();
  vertexMemo.set(polygon, keys);
  for (const ring of polygon) for (const p of ring) keys.add(`${p[0]},${p[1]}`);
  return keys;
}

/** Some vertex of `a` that is not a vertex of `b` lies inside `b`. */
function reachesInto(a: PolygonCoords, b: PolygonCoords, bVertices: Set<string>, bBox: BBox): boolean {
  for (const ring of a)
    for (const p of ring) {
      if (!bboxContains(bBox, p[0], p[1]) || bVertices.has(`${p[0]},${p[1]}`)) continue;
      if (pointInPolygon(b, p[0], p[1])) return true;
    }
  return false;
}

/**
 * The `bs` that can take something away from `a`: those that share an edge with it in the same
 * direction (a redrawn version of it), or reach into it, or it into them. A neighbour that only
 * touches it along a common border is left out.
 */
const overlapMemo = new WeakMap<PolygonCoords, WeakMap<PolygonCoords, boolean>>();

export function overlapping(a: Piece, bs: Piece[]): Piece[] {
  let memo = overlapMemo.get(a.polygon);
  if (!memo) overlapMemo.set(a.polygon, (memo = new WeakMap()));
  const known = memo;
  const ea = directedEdges(a.polygon);
  const va = vertexKeys(a.polygon);
  return bs.filter((b) => {
    if (!bboxIntersects(a.bbox, b.bbox)) return false;
    const seen = known.get(b.polygon);
    if (seen !== undefined) return seen;
    let result = false;
    for (const k of directedEdges(b.polygon).keys())
      if (ea.has(k)) {
        result = true;
        break;
      }
    result ||=
      reachesInto(b.polygon, a.polygon, va, a.bbox) || reachesInto(a.polygon, b.polygon, vertexKeys(b.polygon), b.bbox);
    known.set(b.polygon, result);
    return result;
  });
}

/**
 * The box holding every directed edge that `a` and `bs` do not share. Outside it the outlines
 * agree, so (by ray parity, casting away from the box) a point outside it lies in `a` only if
 * it lies in one of `bs`: the difference a − bs lies inside the box. Null when nothing differs.
 */
function changedBox(a: PolygonCoords, bs: PolygonCoords[]): BBox | null {
  const ea = directedEdges(a);
  const eb = new Map<string, number>();
  for (const b of bs) for (const [k, n] of directedEdges(b)) eb.set(k, (eb.get(k) ?? 0) + n);
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (k: string) => {
    const [x1, y1, x2, y2] = k.split(',').map(Number) as [number, number, number, number];
    box[0] = Math.min(box[0], x1, x2);
    box[1] = Math.min(box[1], y1, y2);
    box[2] = Math.max(box[2], x1, x2);
    box[3] = Math.max(box[3], y1, y2);
  };
  for (const [k, n] of ea) if ((eb.get(k) ?? 0) !== n) grow(k);
  for (const [k, n] of eb) if ((ea.get(k) ?? 0) !== n) grow(k);
  return box[0] === Infinity ? null : box;
}

/** Sutherland–Hodgman clip of one ring to a box; exact in area for any simple ring. */
function clipRing(ring: Position[], b: BBox): Position[] {
  let out = ring.slice(0, -1);
  const sides: [(p: Position) => boolean, (p: Position, q: Position) => Position][] = [
    [(p) => p[0] >= b[0], (p, q) => [b[0], p[1] + ((q[1] - p[1]) * (b[0] - p[0])) / (q[0] - p[0])]],
    [(p) => p[0] <= b[2], (p, q) => [b[2], p[1] + ((q[1] - p[1]) * (b[2] - p[0])) / (q[0] - p[0])]],
    [(p) => p[1] >= b[1], (p, q) => [p[0] + ((q[0] - p[0]) * (b[1] - p[1])) / (q[1] - p[1]), b[1]]],
    [(p) => p[1] <= b[3], (p, q) => [p[0] + ((q[0] - p[0]) * (b[3] - p[1])) / (q[1] - p[1]), b[3]]],
  ];
  for (const [inside, cut] of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  const dedup: Position[] = [];
  for (const p of out) {
    const last = dedup[dedup.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) dedup.push(p);
  }
  if (dedup.length < 3) return [];
  dedup.push([dedup[0]![0], dedup[0]![1]]);
  return dedup;
}

/** A polygon cut to a box (holes cut too); null when nothing of it is left inside. */
function clipPolygon(polygon: PolygonCoords, b: BBox): PolygonCoords | null {
  const outer = clipRing(polygon[0]!, b);
  if (outer.length < 4) return null;
  const holes = polygon
    .slice(1)
    .map((h) => clipRing(h, b))
    .filter((h) => h.length >= 4);
  return [outer, ...holes];
}

function directedEdgeList(polygon: PolygonCoords): [Position, Position][] {
  const edges: [Position, Position][] = [];
  polygon.forEach((ringIn, k) => {
    const ccw = signedArea(ringIn) > 0;
    const ring = ccw === (k === 0) ? ringIn : [...ringIn].reverse();
    for (let i = 0; i + 1 < ring.length; i++) edges.push([ring[i]!, ring[i + 1]!]);
  });
  return edges;
}

/** the cells of a grid that a segment's box touches */
function cellsOf(a: Position, b: Position, box: BBox, cell: number, nx: number, ny: number, out: Set<number>): void {
  const x0 = Math.max(0, Math.floor((Math.min(a[0], b[0]) - box[0]) / cell));
  const x1 = Math.min(nx - 1, Math.floor((Math.max(a[0], b[0]) - box[0]) / cell));
  const y0 = Math.max(0, Math.floor((Math.min(a[1], b[1]) - box[1]) / cell));
  const y1 = Math.min(ny - 1, Math.floor((Math.max(a[1], b[1]) - box[1]) / cell));
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.add(y * nx + x);
}

function polygonsOfDifference(f: Feature<Polygon | MultiPolygon> | null): PolygonCoords[] {
  if (!f) return [];
  return f.geometry.type === 'Polygon'
    ? [f.geometry.coordinates as PolygonCoords]
    : (f.geometry.coordinates as PolygonCoords[]);
}

/**
 * a − ∪bs, restricted to `box`, in km², cell by cell. In a cell crossed by no unshared edge,
 * 1_a − Σ1_b cannot jump (every edge there is crossed by a and some b alike), so one point
 * decides the whole cell; only the cells an unshared edge crosses are clipped (turf
 * difference) — small polygons, instead of whole front lines.
 */
function differenceInBox(a: PolygonCoords, bs: PolygonCoords[], box: BBox): { km2: number; pieces: PolygonCoords[] } {
  const span = Math.max(box[2] - box[0], box[3] - box[1]);
  const cell = Math.max(span / 24, 0.02);
  const nx = Math.max(1, Math.ceil((box[2] - box[0]) / cell));
  const ny = Math.max(1, Math.ceil((box[3] - box[1]) / cell));
  // unshared directed edges mark their cells dirty
  const ea = directedEdges(a);
  const eb = new Map<string, number>();
  for (const b of bs) for (const [k, n] of directedEdges(b)) eb.set(k, (eb.get(k) ?? 0) + n);
  const dirty = new Set<number>();
  const mark = (edges: [Position, Position][], own: Map<string, number>, other: Map<string, number>) => {
    for (const [p, q] of edges) {
      const k = `${p[0]},${p[1]},${q[0]},${q[1]}`;
      if ((own.get(k) ?? 0) !== (other.get(k) ?? 0)) cellsOf(p, q, box, cell, nx, ny, dirty);
    }
  };
  mark(directedEdgeList(a), ea, eb);
  for (const b of bs) mark(directedEdgeList(b), eb, ea);
  const bBoxes = bs.map((b) => ringBBox(b[0]!));
  const aBox = ringBBox(a[0]!);
  let km2 = 0;
  const pieces: PolygonCoords[] = [];
  const centres = Array.from({ length: nx }, (_, x) => box[0] + (x + 0.5) * cell);
  for (let y = 0; y < ny; y++) {
    const cy = box[1] + (y + 0.5) * cell;
    const inA = insideAlongRow(a, cy, centres);
    const inB = bs.map((b, i) => (cy >= bBoxes[i]![1] && cy <= bBoxes[i]![3] ? insideAlongRow(b, cy, centres) : null));
    for (let x = 0; x < nx; x++) {
      const c: BBox = [box[0] + x * cell, box[1] + y * cell, box[0] + (x + 1) * cell, box[1] + (y + 1) * cell];
      if (!bboxIntersects(c, aBox)) continue;
      if (!dirty.has(y * nx + x)) {
        if (!inA[x]) continue;
        if (inB.some((row) => row !== null && row[x])) continue;
        const rect: PolygonCoords = [
          [
            [c[0], c[1]],
            [c[2], c[1]],
            [c[2], c[3]],
            [c[0], c[3]],
            [c[0], c[1]],
          ],
        ];
        km2 += areaKm2(rect);
        pieces.push(rect);
        continue;
      }
      const subject = clipPolygon(a, c);
      if (!subject) continue;
      const cutters = bs
        .filter((_, i) => bboxIntersects(bBoxes[i]!, c))
        .map((b) => clipPolygon(b, c))
        .filter((q): q is PolygonCoords => q !== null);
      const rest = cutters.length
        ? polygonsOfDifference(
            turfDifference({ type: 'FeatureCollection', features: [feature(subject), ...cutters.map(feature)] }),
          )
        : [subject];
      for (const p of rest) {
        const ar = areaKm2(p);
        if (ar > 0) {
          km2 += ar;
          pieces.push(p);
        }
      }
    }
  }
  return { km2, pieces };
}

/**
 * Area in km² (geodesic) of the union of `before` minus the union of `after`, with the pieces
 * that changed. A piece of `before` is compared with the `after` pieces that overlap it; only
 * the box around the edges they do not share is examined, cell by cell (differenceInBox), so
 * two snapshots that differ along one front cost a few small clips, not a clip of whole outlines.
 * Overlaps inside `before` are counted once: each piece is also clipped by the earlier pieces.
 */
export function areaNoLongerCovered(before: Piece[], after: Piece[]): { km2: number; pieces: PolygonCoords[] } {
  const pieces: PolygonCoords[] = [];
  let km2 = 0;
  const earlier: Piece[] = [];
  for (const piece of before) {
    const clip = overlapping(piece, [...after, ...earlier]).map((q) => q.polygon);
    earlier.push(piece);
    const box = changedBox(piece.polygon, clip);
    if (!box) continue;
    const m = 0.001; // a margin, so that no cell boundary runs along the box's edges
    const r = differenceInBox(piece.polygon, clip, [box[0] - m, box[1] - m, box[2] + m, box[3] + m]);
    km2 += r.km2;
    pieces.push(...r.pieces);
  }
  return { km2, pieces };
}
