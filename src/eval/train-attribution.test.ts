import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { STAGES, decodeModel } from '../attribution/tagger/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const polnear = resolve(root, '..', 'shared', 'eval', 'attribution', 'polnear', 'train');
const present = existsSync(polnear);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run train:attribution', () => {
  test.skipIf(!present)('trains on a few PolNeAR articles and writes a model the stage can read', () => {
    const out = join(dir, 'model.bin.gz');
    // prettier-ignore
    const r = spawnSync(process.execPath, [join(root, 'dist', 'eval', 'train-attribution.js'), '--limit', '6', '--epochs', '1', '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/PolNeAR train: 6 articles/);
    for (const stage of STAGES) expect(r.stdout).toMatch(new RegExp(`^${stage}: .*held-out span F1 by bias`, 'm'));
    expect(r.stdout).toMatch(/dev, overlap F1 — tagger claims \(linked\)/);
    const model = decodeModel(readFileSync(out));
    expect(model.features.length).toBeGreaterThan(100);
    for (const stage of STAGES) expect(model.stages[stage].emission.length).toBe(model.features.length * 3);
  });
});
