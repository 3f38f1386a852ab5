import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadControl } from '../../store/control.js';
import { Store } from '../../store/index.js';
import { bowTie, box, featureCollection, namedArea, square } from '../../testing/control-maps.js';

function sitrep(args: string[]) {
  return spawnSync(process.execPath, ['bin/sitrep.js', ...args], { encoding: 'utf8' });
}

describe('sitrep control import', () => {
  it('imports the good files, names each bad one with its reason, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-control-'));
    const good = featureCollection([
      namedArea('Окуповано /// Occupied\n', square),
      namedArea('Зміїний /// Some Island', square),
    ]);
    writeFileSync(join(dir, '1662568041.geojson'), good);
    writeFileSync(join(dir, '1662588326.geojson'), good.slice(0, good.length / 2));
    writeFileSync(join(dir, '1662647935.geojson'), featureCollection([]));
    writeFileSync(join(dir, '1662652076.geojson'), featureCollection([namedArea('Окуповано /// Occupied', bowTie)]));
    const db = join(dir, 'store.db');
    const r = sitrep(['control', 'import', dir, '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('imported 1 snapshot, 3 failed\n');
    expect(r.stderr).toContain('1662588326.geojson: not valid JSON (truncated file?)');
    expect(r.stderr).toContain('1662647935.geojson: empty FeatureCollection (not imported)');
    expect(r.stderr).toMatch(/1662652076\.geojson: feature 0 "Окуповано \/\/\/ Occupied": self-intersecting polygon/);
    expect(r.stderr).toContain(
      'warning: 1662568041.geojson: feature 1 "Зміїний /// Some Island": unknown status name, feature skipped',
    );
    const store = Store.open(db);
    try {
      expect(loadControl(store).map((s) => s.file)).toEqual(['1662568041.geojson']);
      // stored with its rasters for the area checks, under an id from its time and content
      const [s] = loadControl(store);
      expect(s!.id).toMatch(/^1662568041-[0-9a-f]{16}$/);
      expect(s!.raster!.runs.occupied.length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
    const list = sitrep(['control', 'list', '--db', db]);
    expect(list.stdout).toBe('2022-09-07T16:27:21Z  1662568041.geojson  1 areas\n');
  });
  it('is a usage error without a subcommand or files', () => {
    expect(sitrep(['control']).status).toBe(1);
    expect(sitrep(['control', 'import']).status).toBe(1);
  });
});

describe('sitrep control import: areas outside the war', () => {
  it('recognises Transnistria and Snake Island once, in one note, with no warning per file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-control-'));
    const map = featureCollection([
      namedArea('Окуповано /// Occupied', square),
      namedArea("Придністров'я /// Transnistria", square),
      namedArea('Зміїний /// Snake Island', square),
    ]);
    for (const t of ['1662568041', '1662588326', '1662647935'])
      writeFileSync(join(dir, `${t}.geojson`), map.replace('Occupied', `Occupied ${t}`));
    const r = sitrep(['control', 'import', dir, '--db', join(dir, 'store.db')]);
    expect(r.stdout).toBe('imported 3 snapshots\n');
    expect(r.stderr).toBe(
      "sitrep control: note: areas outside the war's control statuses, not imported: Snake Island (3 files), Transnistria (3 files)\n",
    );
    expect(r.status).toBe(0);
  });
});

describe('sitrep control import into a store with articles', () => {
  it('checks the stored events against the new maps at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-control-'));
    const db = join(dir, 'store.db');
    writeFileSync(
      join(dir, 'report.txt'),
      'Troops Retake Balakliia\n\n8 September 2022\n\nUkrainian forces retook the town of Balakliia on Thursday, the General Staff said.\n',
    );
    expect(sitrep(['analyze', join(dir, 'report.txt'), '--db', db, '--jobs', '1']).status).toBe(0);
    // a square around Balakliia: occupied on the 7th, taken back on the 8th
    const around = box(36.5, 49.2, 37.2, 49.7);
    const maps = join(dir, 'maps');
    mkdirSync(maps);
    writeFileSync(join(maps, '1662568041.geojson'), featureCollection([namedArea('Окуповано /// Occupied', around)]));
    writeFileSync(join(maps, '1662647935.geojson'), featureCollection([namedArea('Звільнено /// Liberated', around)]));
    const r = sitrep(['control', 'import', maps, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'imported 2 snapshots\nchecked the stored events and claims against the maps: 1 map check (1 consistent, 0 inconsistent, 0 unverifiable)\n',
    );
    const exported = JSON.parse(sitrep(['export', '--format', 'json', '--db', db]).stdout) as {
      checks: { kind: string; verdict: string; eventId?: string }[];
    };
    expect(exported.checks.filter((c) => c.kind === 'control').map((c) => c.verdict)).toEqual(['consistent']);
  }, 60_000);
});
