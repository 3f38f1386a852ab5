import { appendFileSync, existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE } from './build.js';
import { getGazetteer, loadGazetteer, resetGazetteer } from './gazetteer.js';
import { packageRoot, USER_ALTERNATES } from './paths.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  process.env.SITREP_CACHE = dir;
  // the fixture alone, without the GeoNames dumps the package ships
  process.env.SITREP_GEONAMES_DIR = join(packageRoot, 'test', 'fixtures', 'geo', 'no-dumps');
  process.env.SITREP_CITIES500 = join(packageRoot, 'test', 'fixtures', 'geo', 'cities-small.txt');
});

describe('gazetteer', () => {
  it('compiles a cache file once and reuses it while the sources are unchanged', () => {
    getGazetteer();
    const file = join(dir, CACHE_FILE);
    expect(existsSync(file)).toBe(true);
    const built = statSync(file).mtimeMs;
    resetGazetteer();
    loadGazetteer();
    expect(statSync(file).mtimeMs).toBe(built);
  });

  it('rebuilds when a source changes, and removes the caches of earlier versions', () => {
    writeFileSync(join(dir, 'gazetteer-v1.bin'), 'an old cache');
    appendFileSync(join(dir, USER_ALTERNATES), '712926\tBalaklija\n');
    resetGazetteer();
    expect(getGazetteer().lookup('Balaklija')[0]?.place.geonameid).toBe(712926);
    expect(existsSync(join(dir, 'gazetteer-v1.bin'))).toBe(false);
    expect(existsSync(join(dir, CACHE_FILE))).toBe(true);
  });

  it('finds names in any script, the keys being compared as UTF-8 bytes', () => {
    const g = getGazetteer();
    expect(g.lookup('Харків')[0]?.place.geonameid).toBe(706483);
    expect(g.has('харків')).toBe(true);
    expect(g.lookup('Харкі')).toEqual([]);
  });

  it('scores the own name above an alternate name above a transliteration variant', () => {
    const g = getGazetteer();
    const own = g.lookup('Kharkiv')[0];
    expect(own).toMatchObject({ score: 1, via: 'name' });
    const alternate = g.lookup('Kharkov')[0];
    expect(alternate.place.geonameid).toBe(706483);
    expect(alternate.via).toBe('alternate');
    const variant = g.lookup('Balaklyaya')[0];
    expect(variant.place.geonameid).toBe(712926);
    expect(variant.via).toBe('key');
    expect(own.score).toBeGreaterThan(alternate.score);
    expect(alternate.score).toBeGreaterThan(variant.score);
  });

  it('lists every place sharing a name, the largest first among equals', () => {
    const ids = getGazetteer()
      .lookup('Lyman')
      .map((c) => c.place.geonameid);
    expect(ids).toEqual([704204, 703071]);
  });

  it('matches Cyrillic input and strips accents', () => {
    const g = getGazetteer();
    expect(g.lookup('Харків')[0].place.geonameid).toBe(706483);
    expect(
      g
        .lookup('Ozerné')
        .map((c) => c.place.geonameid)
        .sort(),
    ).toEqual([698102, 713183]);
  });

  it('finds places by id, countries with demonyms, and first-level regions from their seats', () => {
    const g = getGazetteer();
    expect(g.byId(707292)?.name).toBe('Izium');
    expect(g.byId(1)).toBeUndefined();
    const ukrainian = g.lookup('Ukrainian')[0];
    expect(ukrainian).toMatchObject({ via: 'demonym' });
    expect(ukrainian.place).toMatchObject({ feature: 'PCLI', country: 'UA', lat: 49, lon: 32 });
    const oblast = g.region('UA', '07')!;
    expect(oblast).toMatchObject({ feature: 'ADM1', name: 'Kharkiv Oblast', country: 'UA', admin1: '07' });
    expect(g.regions.some((r) => r.feature === 'ADM1' && r.admin1 === '21')).toBe(true);
    expect(g.byId(703656)?.admin1Name).toBe('Kharkiv Oblast');
  });
});
