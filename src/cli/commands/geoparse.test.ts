import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../geo/paths.js';

let dir = '';
let env: NodeJS.ProcessEnv = {};

function sitrep(...args: string[]) {
  return spawnSync(process.execPath, [join(packageRoot, 'bin', 'sitrep.js'), ...args], { encoding: 'utf8', env });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-geoparse-'));
  // a small gazetteer keeps each spawned process fast
  env = {
    ...process.env,
    SITREP_CACHE: join(dir, 'cache'),
    SITREP_CITIES500: join(packageRoot, 'test', 'fixtures', 'geo', 'cities-small.txt'),
    SITREP_GEONAMES_DIR: join(packageRoot, 'test', 'fixtures', 'geo', 'no-dumps'),
  };
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'a.txt'), '\uFEFFUkrainian forces retook Balaklyaya and moved toward Kupiansk.\n');
  writeFileSync(join(dir, 'news', 'b.txt'), 'Lloyd Austin said nothing about Izyum.\n');
}, 120_000);

describe('sitrep geoparse', () => {
  it('prints one JSON line per toponym (demonyms left out) with offsets into the text as read (BOM removed)', () => {
    const r = sitrep('geoparse', join(dir, 'news', 'a.txt'));
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const text = 'Ukrainian forces retook Balaklyaya and moved toward Kupiansk.\n';
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
    const town = rows.find((x) => x.text === 'Balaklyaya');
    expect(town).toMatchObject({ geonameid: 712926, name: 'Balakliia', feature: 'PPL', country: 'UA', admin1: '07' });
    expect(Object.keys(town)).toEqual([
      'file',
      'start',
      'end',
      'text',
      'geonameid',
      'name',
      'feature',
      'country',
      'admin1',
      'lat',
      'lon',
      'confidence',
    ]);
    // "Ukrainian" is a demonym: it says whose forces, not where, so it is no toponym row
    expect(rows.find((x) => x.text === 'Ukrainian')).toBeUndefined();
  });

  it('reads directories and prints a table on request; a person is not a place', () => {
    const r = sitrep('geoparse', '--format', 'table', join(dir, 'news'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/b\.txt\t\d+-\d+\tIzyum\tIzium \[PPLA2 UA\.07\]/);
    expect(r.stdout).not.toMatch(/Austin/);
  });

  it('names a missing file with its reason, goes on with the rest, and exits 2', () => {
    const r = sitrep('geoparse', join(dir, 'missing.txt'), join(dir, 'news', 'b.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stdout).toMatch(/Izyum/);
  });

  it('rejects an unknown format and no input as usage errors', () => {
    expect(sitrep('geoparse', '--format', 'xml', 'a.txt').status).toBe(1);
    expect(sitrep('geoparse').status).toBe(1);
  });
});
