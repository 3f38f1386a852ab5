import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cannotImportAs } from './unprivileged.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-unpriv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.getuid?.() !== 0)('cannotImportAs (as root)', () => {
  it('says why when the module sits in a folder only root can enter, and null when it can be read', () => {
    const open = join(dir, 'open');
    const closed = join(dir, 'closed');
    mkdirSync(open);
    mkdirSync(closed);
    chmodSync(dir, 0o755);
    chmodSync(open, 0o755);
    chmodSync(closed, 0o700);
    for (const d of [open, closed]) {
      writeFileSync(join(d, 'm.js'), 'export const x = 1;\n');
      chmodSync(join(d, 'm.js'), 0o644);
    }
    expect(cannotImportAs(join(open, 'm.js'))).toBeNull();
    const why = cannotImportAs(join(closed, 'm.js'));
    expect(why).toContain(join(closed, 'm.js'));
    expect(why).toMatch(/folder only root can enter/);
  });
});
