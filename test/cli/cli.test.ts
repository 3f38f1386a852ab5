import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, sitrep } from './helpers.js';

describe('sitrep (dispatcher)', () => {
  it('--help lists analyze and export and exits 0', () => {
    const r = sitrep(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+analyze\s+/m);
    expect(r.stdout).toMatch(/^\s+export\s+/m);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = sitrep(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('an unknown command or no command is a usage error (1)', () => {
    const r = sitrep(['frobnicate']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(sitrep([]).status).toBe(1);
  });

  it('analyze without inputs, or with an unknown option, is a usage error (1)', () => {
    const none = sitrep(['analyze']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no inputs given');
    expect(sitrep(['analyze', '--bogus', 'x.txt']).status).toBe(1);
    expect(sitrep(['analyze', '--help']).stdout).toContain('Usage: sitrep analyze');
  });

  it('an article over its --article-timeout keeps what finished and names the stages not run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-budget-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Shelling hit Nikopol on Monday, the governor said.\n');
      expect(sitrep(['analyze', join(dir, 'a.txt'), '--db', join(dir, 's.db'), '--article-timeout', '0']).status).toBe(
        1,
      );
      const r = sitrep(['analyze', join(dir, 'a.txt'), '--db', join(dir, 's.db'), '--article-timeout', '0.000001']);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/a\.txt: over its 0\.000001 s budget, not run: \w+/);
      expect(r.stdout).toMatch(/new articles?: 1|1 new/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('export without a known format is a usage error (1)', () => {
    expect(sitrep(['export']).status).toBe(1);
    const r = sitrep(['export', '--format', 'xml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("unknown format 'xml'");
  });

  it('export from a store that does not exist names it and exits 2', () => {
    const r = sitrep(['export', '--format', 'json', '--db', join(root, 'no-such-dir', 'none.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('none.db');
  });

  it('export from a file that is not a store names it and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    const notes = join(dir, 'notes.db');
    writeFileSync(notes, 'plain text, not SQLite\n'.repeat(100));
    const r = sitrep(['export', '--format', 'geojson', '--db', notes]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`sitrep: ${notes}: cannot open the store: not a sitrep store (not an SQLite database)\n`);
  });
});

describe('output into a pipe that closes early', () => {
  it('ends quietly with exit 0 when the reader stops (sitrep geoparse … | head)', async () => {
    const { spawnSync } = await import('node:child_process');
    // enough lines that the pipe is still being written when head has closed it
    const inputs = Array(20).fill('examples/kharkiv-2022').join(' ');
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node bin/sitrep.js geoparse ${inputs} | head -c 200 >/dev/null`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});
