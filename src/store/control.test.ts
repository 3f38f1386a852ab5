import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseControlMap, rasterOf } from '../checks/control.js';
import { controlSchema } from './control.js';
import { loadControl, saveControlSnapshot } from './control.js';
import { Store } from './index.js';
import { migrations, SQLITE } from './migrations.js';
import { featureCollection, namedArea, square } from '../testing/control-maps.js';

const map = (name: string) => featureCollection([namedArea(name)]);

describe('control snapshots in the store', () => {
  it('round-trips snapshots, oldest first, and replaces a re-imported file', () => {
    const store = Store.open(':memory:');
    try {
      expect(store.schemaVersions().map((v) => v.name)).toContain('control');
      saveControlSnapshot(store, parseControlMap(map('Окуповано /// Occupied'), '1662647935.geojson').snapshot!);
      saveControlSnapshot(store, parseControlMap(map('Під питанням /// Contested'), '1662568041.geojson').snapshot!);
      saveControlSnapshot(store, parseControlMap(map('Звільнено /// Liberated'), '1662647935.geojson').snapshot!);
      const snaps = loadControl(store);
      expect(snaps.map((s) => s.validFrom)).toEqual(['2022-09-07T16:27:21Z', '2022-09-08T14:38:55Z']);
      expect(snaps[1]!.areas).toEqual([
        { status: 'liberated', label: 'Звільнено /// Liberated', polygon: square, bbox: [36, 49, 37, 50] },
      ]);
    } finally {
      store.close();
    }
  });
  it('keys a snapshot by its time and file hash, whatever the order of imports', () => {
    const files: [string, string][] = [
      [map('Окуповано /// Occupied'), '1662647935.geojson'],
      [map('Під питанням /// Contested'), '1662568041.geojson'],
    ];
    const ids = (order: [string, string][]) => {
      const store = Store.open(':memory:');
      try {
        for (const [text, file] of order) saveControlSnapshot(store, parseControlMap(text, file).snapshot!);
        return loadControl(store).map((s) => s.id);
      } finally {
        store.close();
      }
    };
    const forward = ids(files);
    expect(forward).toEqual(ids([...files].reverse()));
    expect(forward[0]).toMatch(/^1662568041-[0-9a-f]{16}$/);
  });
  it('stores the rasters built at import and loads them back', () => {
    const store = Store.open(':memory:');
    try {
      const snap = parseControlMap(map('Окуповано /// Occupied'), '1662647935.geojson').snapshot!;
      saveControlSnapshot(store, snap);
      const [back] = loadControl(store);
      expect(back!.raster).toBeDefined();
      expect([...back!.raster!.runs.occupied]).toEqual([...rasterOf(snap).runs.occupied]);
      expect(back!.raster!.runs.contested.length).toBe(0);
    } finally {
      store.close();
    }
  });
  it('keeps the snapshots of a store made before the deterministic ids (migration 4)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-control-store-')), 'old.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    for (const m of migrations.filter((x) => x.version <= 3)) {
      old.exec(m.up);
      old.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
    }
    expect(migrations.find((m) => m.version === 2)!.up).toBe(controlSchema(SQLITE));
    old
      .prepare(
        "INSERT INTO control_snapshots (id, file, format, valid_from, time) VALUES (7, '1662647935.geojson', 'deepstate', '2022-09-08T14:38:55Z', 1662647935)",
      )
      .run();
    old
      .prepare("INSERT INTO control_areas VALUES (7, 0, 'occupied', 'Окуповано /// Occupied', 36, 49, 37, 50, ?)")
      .run(JSON.stringify(square));
    old.close();
    const store = Store.open(path);
    try {
      const [s] = loadControl(store);
      expect(s).toMatchObject({
        id: '1662647935-1662647935.geojson',
        time: 1662647935,
        areas: [{ status: 'occupied', polygon: square }],
      });
      expect(s!.raster).toBeUndefined();
      expect(rasterOf(s!).runs.occupied.length).toBeGreaterThan(0);
      // re-importing the file gives it its hash-based id and its rasters
      saveControlSnapshot(store, parseControlMap(map('Окуповано /// Occupied'), '1662647935.geojson').snapshot!);
      expect(loadControl(store).map((x) => [x.id.replace(/[0-9a-f]{16}$/, 'H'), x.raster !== undefined])).toEqual([
        ['1662647935-H', true],
      ]);
    } finally {
      store.close();
    }
  });
});
