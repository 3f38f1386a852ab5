import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../geo/paths.js';

const fixtures = join(packageRoot, 'test', 'fixtures', 'geo');
let env: NodeJS.ProcessEnv = {};

function sitrep(...args: string[]) {
  return spawnSync(process.execPath, [join(packageRoot, 'bin', 'sitrep.js'), ...args], { encoding: 'utf8', env });
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-'));
  env = {
    ...process.env,
    SITREP_CACHE: dir,
    SITREP_CITIES500: join(fixtures, 'cities-small.txt'),
    SITREP_GEONAMES_DIR: join(packageRoot, 'test', 'fixtures', 'geo', 'no-dumps'),
  };
});

describe('sitrep gazetteer', () => {
  it('lookup prints the candidates with their scores, best first', () => {
    const r = sitrep('gazetteer', 'lookup', 'Shevchenkovo');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('Shevchenkovo: ');
    expect(lines[1]).toMatch(/^\s+0\.97\s+694137\s+Shevchenkove\s+PPL\s+UA\.07 \(Kharkiv Oblast\)\s+pop 7090/);
    expect(lines).toHaveLength(3);
  });

  it('lookup --json gives one object per candidate; an unknown name exits 2', () => {
    const r = sitrep('gazetteer', 'lookup', '--json', 'Kupyansk');
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ query: 'Kupyansk', geonameid: 703656, via: 'alternate' });
    const none = sitrep('gazetteer', 'lookup', 'Qwxyzville');
    expect(none.status).toBe(2);
    expect(none.stdout).toMatch(/no candidates/);
  });

  it('import adds a village from a GeoNames country file, reporting what it read and skipped', () => {
    const r = sitrep('gazetteer', 'import', join(fixtures, 'UA.txt'), join(fixtures, 'notes.txt'));
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/UA\.txt: geonames: 2 places, 0 alternate names, 0 admin1 names, 1 skipped/);
    expect(r.stderr).toMatch(/notes\.txt: not a GeoNames dump/);
    expect(sitrep('gazetteer', 'lookup', 'Davydiv Brid').stdout).toMatch(/90000001\s+Davydiv Brid/);
  });

  it('rejects a missing subcommand', () => {
    expect(sitrep('gazetteer').status).toBe(1);
    expect(sitrep('gazetteer', 'lookup').status).toBe(1);
  });
});
