import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/sitrep.js', import.meta.url));

describe('sitrep attributions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-attr-'));
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  // a BOM, a quote with the speaker after it, and indirect speech
  writeFileSync(
    a,
    '\uFEFF“The bridge is down,” said Vitaliy Hrytsenko, the Moscow-installed mayor.\nThe army said troops advanced 30 miles.\n',
  );
  writeFileSync(b, 'Vitali Hrytsenko, an occupation official, said the town was calm.\n');

  test('one JSON line per attribution, offsets into the text as read, speakers fused across files', () => {
    const out = execFileSync(process.execPath, [bin, 'attributions', a, b], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const quote = rows.find((r) => r.cue?.text === 'said' && r.file === a);
    expect(Object.keys(quote)).toEqual(['file', 'source', 'cue', 'content', 'speaker', 'hedge', 'quantities', 'dates']);
    expect(quote.content).toEqual({ start: 0, end: 21, text: '“The bridge is down,”' });
    expect(quote.speaker).toMatchObject({ canonical: 'Vitaliy Hrytsenko', side: 'Russian-installed administration' });
    const other = rows.find((r) => r.file === b);
    expect(other.speaker.entity).toBe(quote.speaker.entity);
    const army = rows.find((r) => r.source?.text === 'The army');
    expect(army.content.text).toBe('troops advanced 30 miles');
  });
  test('usage errors exit 1; an unreadable input exits 2 with one line naming it', () => {
    expect(spawnSync(process.execPath, [bin, 'attributions'], { encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, 'attributions', '--format', 'xml', a], { encoding: 'utf8' }).status).toBe(
      1,
    );
    const r = spawnSync(process.execPath, [bin, 'attributions', join(dir, 'missing.txt'), a], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.txt');
  });
});
