/**
 * Territorial-control snapshots in the store (migration 2, 'control'): one row per snapshot,
 * one row per control polygon with its bounding box. A snapshot is written in one transaction;
 * importing a file again replaces the snapshot read from the same file at the same time.
 */
import type Database from 'better-sqlite3';
import type { ControlArea, ControlSnapshot, ControlStatus } from '../checks/control.js';
import type { BBox, PolygonCoords } from '../checks/geometry.js';

export const CONTROL_SCHEMA = `
  CREATE TABLE control_snapshots (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    format TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    time INTEGER NOT NULL,
    UNIQUE (file, time)
  );
  CREATE INDEX control_snapshots_time ON control_snapshots (time);

  CREATE TABLE control_areas (
    snapshot_id INTEGER NOT NULL REFERENCES control_snapshots (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    status TEXT NOT NULL,
    label TEXT NOT NULL,
    min_lon REAL NOT NULL,
    min_lat REAL NOT NULL,
    max_lon REAL NOT NULL,
    max_lat REAL NOT NULL,
    -- the polygon's rings, [[lon, lat], ...] each, as JSON
    polygon TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, ord)
  );
`;

type Db = Database.Database | { db: Database.Database };

function dbOf(db: Db): Database.Database {
  return 'prepare' in db ? db : db.db;
}

/** Stores one snapshot (replacing one from the same file and time); returns its id. */
export function saveControlSnapshot(db: Db, snapshot: ControlSnapshot): number {
  const d = dbOf(db);
  return d.transaction(() => {
    d.prepare('DELETE FROM control_snapshots WHERE file = ? AND time = ?').run(snapshot.file, snapshot.time);
    const info = d
      .prepare('INSERT INTO control_snapshots (file, format, valid_from, time) VALUES (?, ?, ?, ?)')
      .run(snapshot.file, snapshot.format, snapshot.validFrom, snapshot.time);
    const id = Number(info.lastInsertRowid);
    const insert = d.prepare(
      'INSERT INTO control_areas (snapshot_id, ord, status, label, min_lon, min_lat, max_lon, max_lat, polygon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    snapshot.areas.forEach((a, i) => insert.run(id, i, a.status, a.label, a.bbox[0], a.bbox[1], a.bbox[2], a.bbox[3], JSON.stringify(a.polygon)));
    return id;
  })();
}

interface SnapshotRow {
  id: number;
  file: string;
  format: 'deepstate' | 'sitrep';
  valid_from: string;
  time: number;
}

interface AreaRow {
  snapshot_id: number;
  status: ControlStatus;
  label: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  polygon: string;
}

/** Every stored snapshot, oldest first, ready for the checks stage (`corpus.control`). */
export function loadControl(db: Db): ControlSnapshot[] {
  const d = dbOf(db);
  const exists = d.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'control_snapshots'").get();
  if (!exists) return [];
  const rows = d.prepare('SELECT id, file, format, valid_from, time FROM control_snapshots ORDER BY time, id').all() as SnapshotRow[];
  const byId = new Map<number, ControlSnapshot>();
  const snapshots = rows.map((r) => {
    const s: ControlSnapshot = { id: String(r.id), file: r.file, format: r.format, validFrom: r.valid_from, time: r.time, areas: [] };
    byId.set(r.id, s);
    return s;
  });
  const areas = d
    .prepare('SELECT snapshot_id, status, label, min_lon, min_lat, max_lon, max_lat, polygon FROM control_areas ORDER BY snapshot_id, ord')
    .all() as AreaRow[];
  for (const a of areas) {
    const area: ControlArea = {
      status: a.status,
      label: a.label,
      polygon: JSON.parse(a.polygon) as PolygonCoords,
      bbox: [a.min_lon, a.min_lat, a.max_lon, a.max_lat] as BBox,
    };
    byId.get(a.snapshot_id)?.areas.push(area);
  }
  return snapshots;
}

/** One line per snapshot: for `sitrep control list` and tests. */
export function controlSummary(db: Db): { id: number; file: string; valid_from: string; areas: number }[] {
  const d = dbOf(db);
  return d
    .prepare(
      'SELECT s.id, s.file, s.valid_from, (SELECT COUNT(*) FROM control_areas a WHERE a.snapshot_id = s.id) AS areas FROM control_snapshots s ORDER BY s.time, s.id',
    )
    .all() as { id: number; file: string; valid_from: string; areas: number }[];
}
