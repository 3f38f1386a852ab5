import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { textArticle, type Article } from '../model.js';
import { analyseText } from '../text/analyse.js';
import { getGazetteer, resetGazetteer } from './gazetteer.js';
import { importGeoNames, MAX_DUMP_BYTES, readGeoNamesFile } from './import.js';
import { geoparse } from './index.js';
import { packageRoot } from './paths.js';

const fixtures = join(packageRoot, 'test', 'fixtures', 'geo');
let dir = '';

const article = (text: string): Article => textArticle(text);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  process.env.SITREP_CACHE = dir;
  // the fixture alone, without the GeoNames dumps the package ships
  process.env.SITREP_GEONAMES_DIR = join(packageRoot, 'test', 'fixtures', 'geo', 'no-dumps');
  process.env.SITREP_CITIES500 = join(fixtures, 'cities-small.txt');
});

describe('gazetteer import', () => {
  it('refuses a truncated dump, the postal-code dump and a wrong column count, leaving the gazetteer unchanged', () => {
    const before = getGazetteer().size;
    const whole = readFileSync(join(fixtures, 'UA.txt'), 'utf8');
    const truncated = join(dir, 'truncated', 'UA.txt');
    mkdirSync(dirname(truncated), { recursive: true });
    writeFileSync(truncated, whole.slice(0, whole.indexOf('\n90000003') + 40));
    // the postal-code dump: country, postal code, place, admin names and codes, lat, lon, accuracy
    const postal = join(dir, 'postal', 'UA.txt');
    mkdirSync(dirname(postal), { recursive: true });
    writeFileSync(postal, 'UA\t61000\tSample Town\tKharkivska\t07\tKharkivskyi\t\t\t\t49.99\t36.23\t4\n'.repeat(3));
    const columns = join(dir, 'columns.txt');
    writeFileSync(
      columns,
      whole.replace(/\n90000002\t([^\n]*)/, (_, rest: string) => `\n90000002\t${rest}\textra`),
    );
    const reports = importGeoNames([truncated, postal, columns]);
    expect(reports.map((r) => r.format)).toEqual([null, null, null]);
    expect(reports[0].problems).toEqual([
      expect.stringMatching(
        /truncated\/UA\.txt: 1 malformed line \(first at line 4: \d+ columns, expected 19\).*refused/,
      ),
    ]);
    expect(reports[1].problems).toEqual([
      expect.stringMatching(/postal\/UA\.txt: the GeoNames postal-code dump \(12 columns\).*refused/),
    ]);
    expect(reports[2].problems).toEqual([
      expect.stringMatching(/columns\.txt: 1 malformed line \(first at line 3: 20 columns/),
    ]);
    resetGazetteer();
    expect(getGazetteer().size).toBe(before);
    expect(getGazetteer().lookup('Davydiv Brid')).toEqual([]);
  });

  it('imports populated places from a country file and skips other classes', () => {
    const [r] = importGeoNames([join(fixtures, 'UA.txt')]);
    expect(r.format).toBe('geonames');
    expect(r.places).toBe(2);
    expect(r.skipped).toBe(1);
    expect(r.problems).toEqual([]);
    const village = getGazetteer().lookup('Davydiv Brid')[0];
    expect(village.place).toMatchObject({ geonameid: 90000001, country: 'UA', admin1: '08', feature: 'PPL' });
  });

  it('reads the same dump from a ZIP, skipping its readme', () => {
    const file = join(dir, 'UA.zip');
    writeFileSync(
      file,
      zipSync({ 'readme.txt': Buffer.from('about the dump'), 'UA.txt': readFileSync(join(fixtures, 'UA.txt')) }),
    );
    const reports = importGeoNames([file]);
    expect(reports.map((r) => [r.file.endsWith('UA.zip:UA.txt'), r.places])).toEqual([[true, 2]]);
  });

  it('adds alternate names (not links) and first-level region names and ids', () => {
    const reports = importGeoNames([join(fixtures, 'alternateNamesV2.txt'), join(fixtures, 'admin1CodesASCII.txt')]);
    expect(reports.map((r) => [r.format, r.alternates, r.admin1])).toEqual([
      ['alternateNames', 3, 0],
      ['admin1Codes', 0, 2],
    ]);
    const g = getGazetteer();
    expect(g.lookup('Davydov Brod')[0].place.geonameid).toBe(90000001);
    expect(g.region('UA', '08')?.name).toBe('Kherson Oblast');
    // the region takes its GeoNames id from the file, the country its id from countryInfo
    expect(g.region('UA', '08')?.geonameid).toBe(706442);
    expect(g.region('RU', null)?.geonameid).toBe(2017370);
    expect(g.lookup('Kherson Oblast')[0].place.feature).toBe('ADM1');
  });

  it('refuses a damaged ZIP, an alternate name without its GeoNames id, and a text dump too large to read, each in one line', () => {
    const whole = zipSync({ 'UA.txt': readFileSync(join(fixtures, 'UA.txt')) });
    // the entry's local header lies past the end (the hand-written reader threw a RangeError here)
    const far = Buffer.from(whole);
    far.writeUInt32LE(0x7fffff00, far.readUInt32LE(far.length - 22 + 16) + 42);
    const [r] = readGeoNamesFile('far.zip', far);
    expect(r.report.problems).toEqual([
      'far.zip:UA.txt: not a GeoNames dump (expected a geoname table, alternateNamesV2 or admin1CodesASCII): refused',
    ]);
    expect(r.lines).toEqual([]);
    // an entry named with a line break: the reason stays on one line
    const [named] = readGeoNamesFile('named.zip', zipSync({ 'U\rA.txt': Buffer.from('not a dump\n') }));
    expect(named.report.problems).toEqual([
      'named.zip:U A.txt: not a GeoNames dump (expected a geoname table, alternateNamesV2 or admin1CodesASCII): refused',
    ]);
    // an alternate name whose GeoNames id is empty was accepted and written before
    const alternates = new TextEncoder().encode(
      '1\t90000001\ten\tDavydov Brod\t\t\t\t\t\t\n2\t\t\tNowhere\t\t\t\t\t\t\n',
    );
    const [alt] = readGeoNamesFile('alternateNamesV2.txt', alternates);
    expect(alt.report.format).toBeNull();
    expect(alt.report.problems[0]).toMatch(/line 2: bad alternate name id or GeoNames id/);
    // allCountries.txt is larger than a string holds: refused before it is read (a sparse file)
    const huge = join(dir, 'allCountries.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_DUMP_BYTES + 1);
    const [big] = importGeoNames([huge]);
    expect(big.problems).toEqual([
      expect.stringMatching(
        /allCountries\.txt: 501 MB of text, more than the 500 MB read at once: import country files/,
      ),
    ]);
  });

  it('refuses a file that is not a GeoNames dump, and a missing file, with the reason', () => {
    const [a, b] = importGeoNames([join(fixtures, 'notes.txt'), join(fixtures, 'absent.txt')]);
    expect(a.format).toBeNull();
    expect(a.problems[0]).toMatch(/notes\.txt: not a GeoNames dump/);
    expect(b.problems[0]).toMatch(/absent\.txt: no such file/);
  });

  it('lets the geoparser resolve a village below the cities500 threshold once imported', () => {
    const a = geoparse(analyseText(article('Russian troops left Davydiv Brid in the Kherson region on Friday.')));
    const village = a.toponyms!.find((t) => t.text === 'Davydiv Brid')!;
    expect(village.place?.geonameid).toBe(90000001);
    expect(a.toponyms!.find((t) => t.text === 'Kherson region')?.place?.feature).toBe('ADM1');
  });
});
