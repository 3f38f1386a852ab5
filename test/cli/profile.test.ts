/**
 * `--profile`: every article read with the conflict profile given, by id or from a file of one's
 * own; a file that does not fit the schema is refused with one line naming it and the field.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitrep } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-profile-cli-'));
const report = join(dir, 'report.txt');
writeFileSync(
  report,
  'Gunmen attacked the market in Kutum, North Darfur, on 3 June 2022, killing two traders, the police said.\n',
);

function profilesOf(db: string): (string | null)[] {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  expect(sitrep(['export', '--format', 'json', '--db', db, '-o', out]).status).toBe(0);
  return (JSON.parse(readFileSync(out, 'utf8')) as { articles: { profile: string | null }[] }).articles.map(
    (a) => a.profile,
  );
}

describe('sitrep analyze --profile', () => {
  it('reads an article with the profile of its places, or the one forced', () => {
    const byPlaces = join(dir, 'places.db');
    expect(sitrep(['analyze', report, '--db', byPlaces]).status).toBe(0);
    expect(profilesOf(byPlaces)).toEqual(['sudan']);
    const forced = join(dir, 'forced.db');
    expect(sitrep(['analyze', report, '--db', forced, '--profile', 'generic']).status).toBe(0);
    expect(profilesOf(forced)).toEqual(['generic']);
  });

  it('takes a profile file of one’s own, and refuses one that does not fit, naming the file and the field', () => {
    const mine = join(dir, 'mine.json');
    writeFileSync(
      mine,
      JSON.stringify({
        id: 'darfur-test',
        name: 'A test profile',
        countries: ['SD'],
        sides: [{ id: 'Darfur Test Forces', names: ['Darfur Test Forces'] }],
      }),
    );
    const db = join(dir, 'mine.db');
    expect(sitrep(['analyze', report, '--db', db, '--profile', mine]).status).toBe(0);
    expect(profilesOf(db)).toEqual(['darfur-test']);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'bad', name: 'Bad', countries: ['Sudan'], sides: [] }));
    const refused = sitrep(['analyze', report, '--db', join(dir, 'bad.db'), '--profile', bad]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe(`sitrep analyze: ${bad}: /countries/0 must match pattern "^[A-Z]{2}$"`);
    const unknown = sitrep(['analyze', report, '--db', join(dir, 'bad.db'), '--profile', 'atlantis']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/--profile atlantis: no such profile \(known: .*sudan/u);
  });
});
