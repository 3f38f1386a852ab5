/**
 * Territorial-control snapshots: parsing DeepState's GeoJSON and sitrep's own simple format
 * (docs/control-format.md) into `ControlSnapshot`s, and the status of a point in a snapshot.
 *
 * A file either loads whole or not at all: a truncated file, an empty FeatureCollection, a
 * self-intersecting polygon or a missing snapshot time is one error naming the file, and no
 * snapshot. A polygon whose status name is unknown is a warning, and only that feature is left
 * out. Points and lines (arrows, unit positions, airfields) are not control and are skipped.
 */
import { isoDateProblem, timeProblem } from '../time/valid-date.js';
import { basename } from 'node:path';
import { controlStatusNames, CONTROL_STATUSES, outsideTheWar, type ControlStatus } from './control-status.js';
import {
  bboxContains,
  pointInPolygon,
  ringBBox,
  ringSelfIntersection,
  roughArea,
  type BBox,
  type PolygonCoords,
  type Position,
} from './geometry.js';
import { GRID, rasteriseAreas, type ControlRaster } from './raster.js';
import { hashId } from '../hash-id.js';
import { oneLine } from '../text/one-line.js';

export type { ControlStatus } from './control-status.js';

/** One polygon of a control map, with what it says about who holds it. */
export interface ControlArea {
  status: ControlStatus;
  /** the label as the map gives it (DeepState's name), or the status */
  label: string;
  polygon: PolygonCoords;
  bbox: BBox;
}

/** A dated territorial-control map. */
export interface ControlSnapshot {
  /** `<unix seconds>-<first 16 hex digits of the file's SHA-256>`: the same whatever the order of imports */
  id: string;
  /** SHA-256 of the file's text, hex */
  sha256: string;
  /** the file it was read from (base name) */
  file: string;
  format: 'deepstate' | 'sitrep';
  /** when the map was valid from, ISO 8601 UTC */
  validFrom: string;
  /** the same instant in Unix seconds */
  time: number;
  areas: ControlArea[];
  /** the areas on the shared grid (src/checks/raster.ts), as stored at import; built when absent */
  raster?: ControlRaster;
}

interface ControlParseResult {
  snapshot: ControlSnapshot | null;
  /** per-feature problems; the feature is left out, the snapshot still loads */
  warnings: string[];
  /** known areas outside the war's statuses (Transnistria …), skipped without a warning */
  outside: string[];
  /** why the whole file was not loaded */
  error: string | null;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Array.isArray, but its items are unknown (as JSON's are), not `any` */
function isArray(v: unknown): v is unknown[] {
  return Array.isArray(v);
}

/** A property read as text: names and statuses are strings (a number is kept as its digits), anything else is no text. */
function textOf(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** How deep GeometryCollections may nest: RFC 7946 advises against nesting them at all. */
const MAX_COLLECTION_DEPTH = 32;

/**
 * Polygons of a geometry (Polygon, MultiPolygon, GeometryCollection); null when it is not an area.
 * Collections are walked with an explicit stack, so a hostile nesting cannot overflow the call
 * stack; one nested deeper than MAX_COLLECTION_DEPTH is refused with its reason.
 */
function polygonsOf(geometry: unknown): { polygons: unknown[] | null } | { problem: string } {
  const all: unknown[] = [];
  const stack: [unknown, number][] = [[geometry, 0]];
  while (stack.length) {
    const [g, depth] = stack.pop()!;
    if (!isObject(g)) continue;
    if (g.type === 'Polygon') all.push(g.coordinates);
    else if (g.type === 'MultiPolygon') {
      if (isArray(g.coordinates)) all.push(...g.coordinates);
    } else if (g.type === 'GeometryCollection' && isArray(g.geometries)) {
      if (depth >= MAX_COLLECTION_DEPTH)
        return { problem: `GeometryCollections nested more than ${MAX_COLLECTION_DEPTH} deep` };
      // pushed in reverse so the polygons come out in the file's order
      for (let k = g.geometries.length - 1; k >= 0; k--) stack.push([g.geometries[k], depth + 1]);
    }
  }
  return { polygons: all.length ? all : null };
}

/**
 * RFC 7946 dropped `crs`: positions are WGS 84 longitude and latitude. A file that still declares
 * another system (a projected one, in metres) would be read as degrees and put every area in the
 * wrong place, so it is refused; the names of WGS 84 itself are accepted.
 */
function crsProblem(doc: Json): string | null {
  if (!('crs' in doc) || doc.crs === null) return null;
  const crs = doc.crs;
  const name =
    isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string' ? crs.properties.name : null;
  if (name && /(?:CRS:?84|EPSG:{1,2}4326|WGS[ _-]?84)$/iu.test(name.trim())) return null;
  return `crs ${JSON.stringify(name ?? crs)}: only WGS 84 longitude/latitude is read (RFC 7946); reproject the file first`;
}

/** Validates rings: closed, at least 4 positions, finite lon/lat in range; drops a third coordinate. */
function readPolygon(raw: unknown): { polygon: PolygonCoords } | { problem: string } {
  if (!isArray(raw) || raw.length === 0) return { problem: 'a polygon without rings' };
  const polygon: PolygonCoords = [];
  for (const rawRing of raw) {
    if (!isArray(rawRing)) return { problem: 'a ring that is not a list of positions' };
    const ring: Position[] = [];
    for (const p of rawRing) {
      if (!isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number')
        return { problem: 'a position that is not [lon, lat]' };
      const [x, y] = p as number[];
      if (!Number.isFinite(x!) || !Number.isFinite(y!) || Math.abs(x!) > 180 || Math.abs(y!) > 90) {
        return { problem: `a position out of range [${x}, ${y}]` };
      }
      ring.push([x!, y!]);
    }
    if (ring.length < 4) return { problem: `a ring of ${ring.length} positions (at least 4 needed)` };
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
    polygon.push(ring);
  }
  return { polygon };
}

/** The snapshot time a DeepState file name carries: `<unix seconds>.geojson`. */
export function timeFromFileName(file: string): number | null {
  const m = /^(\d{9,11})(?:\.geo)?(?:\.json|\.geojson)?$/i.exec(basename(file));
  return m ? Number(m[1]) : null;
}

function isoOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Parses one control-map file's text. `file` names the file in messages and, for DeepState,
 * carries the snapshot time.
 */
export function parseControlMap(text: string, file: string): ControlParseResult {
  const name = basename(file);
  // one line: JSON.parse quotes the input, line breaks and all
  const fail = (reason: string): ControlParseResult => ({
    snapshot: null,
    warnings: [],
    outside: [],
    error: `${name}: ${oneLine(reason)}`,
  });
  const sha256 = hashId([text], 64);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail(`not valid JSON (truncated file?): ${(err as Error).message}`);
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !isArray(doc.features)) {
    return fail('not a GeoJSON FeatureCollection');
  }
  if (doc.features.length === 0) return fail('empty FeatureCollection');
  const crs = crsProblem(doc);
  if (crs) return fail(crs);

  const ownFormat =
    'valid_from' in doc || doc.features.some((f) => isObject(f) && isObject(f.properties) && 'status' in f.properties);
  let time: number | null;
  if (ownFormat) {
    const v = doc.valid_from;
    // a time without an offset is UTC (Date.parse would take it as local time)
    const iso = typeof v === 'string' && /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(v) ? `${v}Z` : v;
    const ms = typeof iso === 'string' ? Date.parse(iso) : typeof iso === 'number' ? iso * 1000 : NaN;
    if (!Number.isFinite(ms)) return fail(`valid_from missing or not an ISO time (${JSON.stringify(v ?? null)})`);
    // the one date rule: a real day within 1900–2100
    const problem = (typeof v === 'string' ? isoDateProblem(v) : null) ?? timeProblem(ms);
    if (problem) return fail(`valid_from ${JSON.stringify(v)}: ${problem}`);
    time = Math.floor(ms / 1000);
  } else {
    time = timeFromFileName(name);
    if (time === null) return fail('no snapshot time: a DeepState file is named <unix-seconds>.geojson');
    const problem = timeProblem(time * 1000);
    if (problem) return fail(`snapshot time ${time}: ${problem}; a DeepState file is named <unix-seconds>.geojson`);
  }

  const warnings: string[] = [];
  const outside = new Set<string>();
  const areas: ControlArea[] = [];
  for (let i = 0; i < doc.features.length; i++) {
    const f = doc.features[i];
    if (!isObject(f)) return fail(`feature ${i} is not a GeoJSON Feature`);
    const props = isObject(f.properties) ? f.properties : {};
    const shapes = polygonsOf(f.geometry);
    if ('problem' in shapes) return fail(`feature ${i}: ${shapes.problem}`);
    const polygons = shapes.polygons;
    if (!polygons) continue; // points and lines are not control
    const label = textOf(ownFormat ? props.status : props.name).replace(/\s+$/, '');
    let status: ControlStatus | null;
    if (ownFormat) {
      const s = textOf(props.status).trim().toLowerCase();
      status = (CONTROL_STATUSES as readonly string[]).includes(s) ? (s as ControlStatus) : null;
    } else {
      status = controlStatusNames.classify(label);
    }
    const known = status || ownFormat ? null : outsideTheWar(label);
    if (known) {
      outside.add(known);
      continue;
    }
    if (!status) {
      warnings.push(`${name}: feature ${i} ${JSON.stringify(label)}: unknown status name, feature skipped`);
      continue;
    }
    for (const raw of polygons) {
      const read = readPolygon(raw);
      if ('problem' in read) return fail(`feature ${i} ${JSON.stringify(label)}: ${read.problem}`);
      for (const ring of read.polygon) {
        const at = ringSelfIntersection(ring);
        if (at)
          return fail(`feature ${i} ${JSON.stringify(label)}: self-intersecting polygon near [${at[0]}, ${at[1]}]`);
      }
      areas.push({ status, label, polygon: read.polygon, bbox: ringBBox(read.polygon[0]!) });
    }
  }
  if (areas.length === 0)
    return {
      snapshot: null,
      warnings,
      outside: [...outside],
      error: `${name}: no control polygons (occupied, liberated or contested)`,
    };
  return {
    snapshot: {
      id: snapshotId(time, sha256),
      sha256,
      file: name,
      format: ownFormat ? 'sitrep' : 'deepstate',
      validFrom: isoOf(time),
      time,
      areas,
    },
    warnings,
    outside: [...outside],
    error: null,
  };
}

function snapshotId(time: number, sha256: string): string {
  return `${time}-${sha256.slice(0, 16)}`;
}

const rasterMemo = new WeakMap<ControlSnapshot, ControlRaster>();

/** The snapshot's raster on the current grid: the stored one, else built once and remembered. */
export function rasterOf(snapshot: ControlSnapshot): ControlRaster {
  if (snapshot.raster?.grid === GRID) return snapshot.raster;
  let r = rasterMemo.get(snapshot);
  if (!r) rasterMemo.set(snapshot, (r = rasteriseAreas(snapshot.areas)));
  return r;
}

const sizeMemo = new WeakMap<PolygonCoords, number>();

/** What a snapshot says about a point: a status, or 'none' where the map draws nothing. */
export type PointStatus = ControlStatus | 'none';

/**
 * The status of a point. Where areas overlap, the smallest one wins: maps draw the specific
 * (a contested pocket) on top of the general (the occupied region around it).
 */
export function statusAt(snapshot: ControlSnapshot, lon: number, lat: number): PointStatus {
  let best: ControlArea | null = null;
  let bestSize = Infinity;
  for (const a of snapshot.areas) {
    if (!bboxContains(a.bbox, lon, lat)) continue;
    if (!pointInPolygon(a.polygon, lon, lat)) continue;
    let size = sizeMemo.get(a.polygon);
    if (size === undefined) sizeMemo.set(a.polygon, (size = roughArea(a.polygon)));
    if (size < bestSize) {
      best = a;
      bestSize = size;
    }
  }
  return best ? best.status : 'none';
}
