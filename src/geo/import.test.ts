import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { textArticle, type Article } from '../model.js';
import { analyseText } from '../text/analyse.js';
import { getGazetteer, resetGazetteer } from './gazetteer.js';
import { importGeoNames } from './import.js';
import { geoparse } from './index.js';
import { packageRoot } from './paths.js';

const fixtures = join(packageRoot, 'test', 'fixtures', 'geo');
let dir = '';

/** A ZIP with deflated entries, as GeoNames serves UA.zip. */
function zip(entries: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

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
    writeFileSync(columns, whole.replace(/\n90000002\t([^\n]*)/, (_, rest: string) => `\n90000002\t${rest}\textra`));
    const reports = importGeoNames([truncated, postal, columns]);
    expect(reports.map((r) => r.format)).toEqual([null, null, null]);
    expect(reports[0].problems).toEqual([expect.stringMatching(/truncated\/UA\.txt: 1 malformed line \(first at line 4: \d+ columns, expected 19\).*refused/)]);
    expect(reports[1].problems).toEqual([expect.stringMatching(/postal\/UA\.txt: the GeoNames postal-code dump \(12 columns\).*refused/)]);
    expect(reports[2].problems).toEqual([expect.stringMatching(/columns\.txt: 1 malformed line \(first at line 3: 20 columns/)]);
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
    writeFileSync(file, zip([['readme.txt', Buffer.from('about the dump')], ['UA.txt', readFileSync(join(fixtures, 'UA.txt'))]]));
    const reports = importGeoNames([file]);
    expect(reports.map((r) => [r.file.endsWith('UA.zip:UA.txt'), r.places])).toEqual([[true, 2]]);
  });

  it('adds alternate names (not links) and first-level region names and ids', () => {
    const reports = importGeoNames([join(fixtures, 'alternateNamesV2.txt'), join(fixtures, 'admin1CodesASCII.txt')]);
    expect(reports.map((r) => [r.format, r.alternates, r.admin1])).toEqual([['alternateNames', 3, 0], ['admin1Codes', 0, 2]]);
    const g = getGazetteer();
    expect(g.lookup('Davydov Brod')[0].place.geonameid).toBe(90000001);
    expect(g.region('UA', '08')?.name).toBe('Kherson Oblast');
    // the region takes its GeoNames id from the file, the country its id from countryInfo
    expect(g.region('UA', '08')?.geonameid).toBe(706442);
    expect(g.region('RU', null)?.geonameid).toBe(2017370);
    expect(g.lookup('Kherson Oblast')[0].place.feature).toBe('ADM1');
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
