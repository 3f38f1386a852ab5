/**
 * Territorial-control snapshots in the store: one row per snapshot, with its rasters on the
 * checks' shared grid (built at import, so that an area check never rasterises), and one row per
 * control polygon with its bounding box. A snapshot is written in one transaction; importing a
 * file again replaces the snapshot read from the same file at the same time.
 *
 * Migration 2 ('control') created the tables with import-order ids; migration 4 ('control
 * snapshot ids and rasters') keys a snapshot by its time and the SHA-256 of its file, so the
 * store holds the same rows whatever the order of imports.
 */
import type Database from 'better-sqlite3';
import { rasterOf, type ControlArea, type ControlSnapshot, type ControlStatus } from '../checks/control.js';
import type { BBox, PolygonCoords } from '../checks/geometry.js';
import { runsFromBytes, runsToBytes } from '../checks/raster.js';
import type { Dialect } from './migrations.js';

/** The areas table as migration 2 made it and migration 4 remade it, keyed by `snapshotId` ids. */
const areasTable = (d: Dialect, name: string, snapshots: string, snapshotId: string): string => `
  CREATE TABLE ${name} (
    snapshot_id ${snapshotId} NOT NULL REFERENCES ${snapshots} (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    status TEXT NOT NULL,
    label TEXT NOT NULL,
    min_lon ${d.real} NOT NULL,
    min_lat ${d.real} NOT NULL,
    max_lon ${d.real} NOT NULL,
    max_lat ${d.real} NOT NULL,
    -- the polygon's rings, [[lon, lat], ...] each, as JSON
    polygon TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, ord)
  );`;

/** Migration 2: snapshots with ids in import order. */
export const controlSchema = (d: Dialect): string => `
  CREATE TABLE control_snapshots (
    id ${d.rowId},
    file TEXT NOT NULL,
    format TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    time ${d.bigint} NOT NULL,
    UNIQUE (file, time)
  );
  CREATE INDEX control_snapshots_time ON control_snapshots (time);
${areasTable(d, 'control_areas', 'control_snapshots', d.bigint)}
`;

/**
 * Migration 4: rebuilds the tables with text ids `<time>-<sha256 prefix>` and raster columns.
 * Snapshots stored before have no hash: they keep `<time>-<file>` as id and get their rasters
 * built when loaded (re-importing the file stores both).
 */
export const controlSchemaV4 = (d: Dialect): string => `
  CREATE TABLE control_snapshots_v4 (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    format TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    time ${d.bigint} NOT NULL,
    sha256 TEXT,
    -- the grid the rasters are on (src/checks/raster.ts GRID); runs as little-endian int32 triples
    grid TEXT,
    occupied ${d.blob},
    contested ${d.blob},
    liberated ${d.blob},
    UNIQUE (file, time)
  );
  INSERT INTO control_snapshots_v4 (id, file, format, valid_from, time)
    SELECT ${d.text('time')} || '-' || file, file, format, valid_from, time FROM control_snapshots;
${areasTable(d, 'control_areas_v4', 'control_snapshots_v4', 'TEXT')}
  INSERT INTO control_areas_v4 (snapshot_id, ord, status, label, min_lon, min_lat, max_lon, max_lat, polygon)
    SELECT ${d.text('s.time')} || '-' || s.file, a.ord, a.status, a.label, a.min_lon, a.min_lat, a.max_lon, a.max_lat, a.polygon
    FROM control_areas a JOIN control_snapshots s ON s.id = a.snapshot_id;

  DROP TABLE control_areas;
  DROP TABLE control_snapshots;
  ALTER TABLE control_snapshots_v4 RENAME TO control_snapshots;
  ALTER TABLE control_areas_v4 RENAME TO control_areas;
  CREATE INDEX control_snapshots_time ON control_snapshots (time);
`;

type Db = Database.Database | { db: Database.Database };

function dbOf(db: Db): Database.Database {
  return 'prepare' in db ? db : db.db;
}

/** A snapshot's row in control_snapshots, in column order (SNAPSHOT_COLUMNS), with its rasters. */
// prettier-ignore
export const SNAPSHOT_COLUMNS = ['id', 'file', 'format', 'valid_from', 'time', 'sha256', 'grid', 'occupied', 'contested', 'liberated'] as const;
// prettier-ignore
export const AREA_COLUMNS = ['snapshot_id', 'ord', 'status', 'label', 'min_lon', 'min_lat', 'max_lon', 'max_lat', 'polygon'] as const;

export function snapshotRows(snapshot: ControlSnapshot): { snapshot: unknown[]; areas: unknown[][] } {
  const raster = rasterOf(snapshot);
  return {
    snapshot: [
      snapshot.id,
      snapshot.file,
      snapshot.format,
      snapshot.validFrom,
      snapshot.time,
      snapshot.sha256,
      raster.grid,
      runsToBytes(raster.runs.occupied),
      runsToBytes(raster.runs.contested),
      runsToBytes(raster.runs.liberated),
    ],
    areas: snapshot.areas.map((a, i) => [
      snapshot.id,
      i,
      a.status,
      a.label,
      a.bbox[0],
      a.bbox[1],
      a.bbox[2],
      a.bbox[3],
      JSON.stringify(a.polygon),
    ]),
  };
}

/** Stores one snapshot (replacing one from the same file and time) with its rasters; returns its id. */
export function saveControlSnapshot(db: Db, snapshot: ControlSnapshot): string {
  const d = dbOf(db);
  const rows = snapshotRows(snapshot);
  return d.transaction(() => {
    d.prepare('DELETE FROM control_snapshots WHERE (file = ? AND time = ?) OR id = ?').run(
      snapshot.file,
      snapshot.time,
      snapshot.id,
    );
    d.prepare(
      `INSERT INTO control_snapshots (${SNAPSHOT_COLUMNS.join(', ')}) VALUES (${SNAPSHOT_COLUMNS.map(() => '?').join(', ')})`,
    ).run(...rows.snapshot);
    const insert = d.prepare(
      `INSERT INTO control_areas (${AREA_COLUMNS.join(', ')}) VALUES (${AREA_COLUMNS.map(() => '?').join(', ')})`,
    );
    for (const area of rows.areas) insert.run(...area);
    return snapshot.id;
  })();
}

export interface SnapshotRow {
  id: string;
  file: string;
  format: 'deepstate' | 'sitrep';
  valid_from: string;
  time: number;
  sha256: string | null;
  grid: string | null;
  occupied: Uint8Array | null;
  contested: Uint8Array | null;
  liberated: Uint8Array | null;
}

export interface AreaRow {
  snapshot_id: string;
  status: ControlStatus;
  label: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  polygon: string;
}

export const SNAPSHOTS_SQL = `SELECT ${SNAPSHOT_COLUMNS.join(', ')} FROM control_snapshots ORDER BY time, id`;
export const AREAS_SQL =
  'SELECT snapshot_id, status, label, min_lon, min_lat, max_lon, max_lat, polygon FROM control_areas ORDER BY snapshot_id, ord';
export const CONTROL_SUMMARY_SQL =
  'SELECT s.id, s.file, s.valid_from, (SELECT COUNT(*) FROM control_areas a WHERE a.snapshot_id = s.id) AS areas FROM control_snapshots s ORDER BY s.time, s.id';

/** Snapshots from their rows (oldest first) and their areas' rows. */
export function snapshotsFromRows(rows: SnapshotRow[], areas: AreaRow[]): ControlSnapshot[] {
  const byId = new Map<string, ControlSnapshot>();
  const snapshots = rows.map((r) => {
    const s: ControlSnapshot = {
      id: r.id,
      sha256: r.sha256 ?? '',
      file: r.file,
      format: r.format,
      validFrom: r.valid_from,
      time: Number(r.time),
      areas: [],
    };
    if (r.grid && r.occupied && r.contested && r.liberated) {
      s.raster = {
        grid: r.grid,
        runs: {
          occupied: runsFromBytes(r.occupied),
          contested: runsFromBytes(r.contested),
          liberated: runsFromBytes(r.liberated),
        },
      };
    }
    byId.set(r.id, s);
    return s;
  });
  for (const a of areas) {
    const area: ControlArea = {
      status: a.status,
      label: a.label,
      polygon: JSON.parse(a.polygon) as PolygonCoords,
      bbox: [Number(a.min_lon), Number(a.min_lat), Number(a.max_lon), Number(a.max_lat)] as BBox,
    };
    byId.get(a.snapshot_id)?.areas.push(area);
  }
  return snapshots;
}

/** Every stored snapshot, oldest first, ready for the checks stage (`corpus.control`). */
export function loadControl(db: Db): ControlSnapshot[] {
  const d = dbOf(db);
  const exists = d.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'control_snapshots'").get();
  if (!exists) return [];
  return snapshotsFromRows(d.prepare(SNAPSHOTS_SQL).all() as SnapshotRow[], d.prepare(AREAS_SQL).all() as AreaRow[]);
}

/** One line per snapshot: for `sitrep control list` and tests. */
export function controlSummary(db: Db): { id: string; file: string; valid_from: string; areas: number }[] {
  const d = dbOf(db);
  return d.prepare(CONTROL_SUMMARY_SQL).all() as { id: string; file: string; valid_from: string; areas: number }[];
}
