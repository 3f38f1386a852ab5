/**
 * `sitrep gazetteer import`: GeoNames dump files into the user gazetteer, merged with cities500
 * when the gazetteer is next compiled. Formats are told apart by their columns:
 *   geoname table (a country file such as UA.txt, allCountries.txt, cities*.txt): 19 columns
 *   alternateNamesV2.txt: alternateNameId, geonameid, isolanguage, name, … (10 columns)
 *   admin1CodesASCII.txt: "UA.07", name, ASCII name, geonameid
 * A .zip is read for its .txt entries (readme files are skipped) with fflate.
 * Reading (`readGeoNamesFile`, pure) is apart from writing, so that hostile dumps can be fuzzed.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildGazetteer } from './build.js';
import { resetGazetteer } from './gazetteer.js';
import { GEONAMES_COLUMNS, keepFeature } from './features.js';
import { cacheDir, USER_ADMIN1, USER_ALTERNATES, USER_PLACES } from './paths.js';
import { unzipSync } from 'fflate';
import { oneLine } from '../text/one-line.js';

interface ImportReport {
  file: string;
  format: 'geonames' | 'alternateNames' | 'admin1Codes' | null;
  places: number;
  alternates: number;
  admin1: number;
  skipped: number;
  problems: string[];
}

// the postal-code dump, also named XX.txt, has 12 columns
const POSTAL_COLUMNS = 12;
// Alternate names that are codes or links, not names.
// prettier-ignore
const SKIP_LANGUAGES = new Set(['link', 'post', 'iata', 'icao', 'faac', 'wkdt', 'unlc', 'tcid', 'fr_1793', 'phon', 'piny']);

/** GeoNames ids are positive integers (under 2^31 today); a longer digit string is no id. */
const isGeoNameId = (field: string | undefined) => /^\d{1,15}$/.test(field ?? '');

function sniff(lines: string[]): ImportReport['format'] | 'postal' {
  const sample = lines.find((l) => l.trim() && !l.startsWith('#'));
  if (!sample) return null;
  const f = sample.split('\t');
  // country code, postal code, place name, admin names and codes …, latitude, longitude, accuracy
  if (
    f.length === POSTAL_COLUMNS &&
    /^[A-Z]{2}$/.test(f[0]) &&
    Number.isFinite(Number(f[9])) &&
    Number.isFinite(Number(f[10]))
  )
    return 'postal';
  if (f.length >= 4 && /^[A-Z]{2}\.[A-Za-z0-9]+$/.test(f[0]) && f.length <= 5) return 'admin1Codes';
  if (f.length >= 19 && /^\d+$/.test(f[0]) && Number.isFinite(Number(f[4])) && Number.isFinite(Number(f[5])))
    return 'geonames';
  if (f.length >= 4 && f.length <= 10 && /^\d+$/.test(f[0]) && /^\d+$/.test(f[1])) return 'alternateNames';
  return null;
}

/** What one dump holds: the report, and the lines to merge into the user file of its format. */
export interface DumpRead {
  report: ImportReport;
  lines: string[];
}

/**
 * The largest dump read at once: a JavaScript string holds about 512 MB, and allCountries.txt is
 * larger; a country file (RU.txt, the largest, about 180 MB) fits.
 */
export const MAX_DUMP_BYTES = 500 * 1024 * 1024;

function readText(file: string, text: string): DumpRead {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const format = sniff(lines);
  const report: ImportReport = {
    file,
    format: format === 'postal' ? null : format,
    places: 0,
    alternates: 0,
    admin1: 0,
    skipped: 0,
    problems: [],
  };
  // a malformed line means a truncated or foreign file: the whole file is refused, so that the
  // gazetteer in use never holds half of a dump
  let malformed = 0;
  let first = '';
  const bad = (n: number, why: string) => {
    if (!malformed++) first = `line ${n + 1}: ${why}`;
  };
  if (format === 'postal') {
    report.problems.push(
      `${file}: the GeoNames postal-code dump (12 columns), not the geoname table (19 columns): refused`,
    );
    return { report, lines: [] };
  }
  if (!report.format) {
    report.problems.push(
      `${file}: not a GeoNames dump (expected a geoname table, alternateNamesV2 or admin1CodesASCII): refused`,
    );
    return { report, lines: [] };
  }
  const out: string[] = [];
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (report.format === 'geonames') {
      if (f.length !== GEONAMES_COLUMNS) return bad(n, `${f.length} columns, expected ${GEONAMES_COLUMNS}`);
      const lat = Number(f[4]);
      const lon = Number(f[5]);
      if (
        !isGeoNameId(f[0]) ||
        !f[1].trim() ||
        !Number.isFinite(lat) ||
        !Number.isFinite(lon) ||
        Math.abs(lat) > 90 ||
        Math.abs(lon) > 180
      ) {
        return bad(n, 'bad id, name or coordinates');
      }
      if (!keepFeature(f[6], f[7])) return void report.skipped++;
      out.push(line);
      report.places++;
    } else if (report.format === 'alternateNames') {
      if (!isGeoNameId(f[0]) || !isGeoNameId(f[1])) return bad(n, 'bad alternate name id or GeoNames id');
      if (f.length < 4 || !f[3].trim()) return bad(n, 'no alternate name');
      if (SKIP_LANGUAGES.has(f[2]) || f[7] === '1') return void report.skipped++;
      out.push(`${f[1]}\t${f[3]}`);
      report.alternates++;
    } else {
      if (f.length < 3 || !/^[A-Z]{2}\.[A-Za-z0-9]+$/.test(f[0])) return bad(n, 'expected CC.code, name, ASCII name');
      // the fourth column is the region's GeoNames id: it replaces the id sitrep would compose
      out.push(`${f[0]}\t${f[1]}\t${f[2]}${/^\d+$/.test(f[3] ?? '') ? `\t${f[3]}` : ''}`);
      report.admin1++;
    }
  });
  if (malformed) {
    report.format = null;
    report.places = report.alternates = report.admin1 = 0;
    report.problems.push(
      `${file}: ${malformed} malformed line${malformed > 1 ? 's' : ''} (first at ${first}); truncated or not a GeoNames dump: refused, the gazetteer is unchanged`,
    );
    return { report, lines: [] };
  }
  return { report, lines: out };
}

const refusal = (file: string, problem: string): ImportReport => ({
  file,
  format: null,
  places: 0,
  alternates: 0,
  admin1: 0,
  skipped: 0,
  problems: [problem],
});

const tooLarge = (file: string, bytes: number) =>
  `${file}: ${Math.ceil(bytes / 1024 / 1024)} MB of text, more than the ${MAX_DUMP_BYTES / 1024 / 1024} MB read at once: import country files (XX.zip) instead of allCountries`;

/**
 * Reads one file's bytes as GeoNames dumps (a ZIP gives one per .txt entry), writing nothing:
 * whatever the bytes, it answers reports whose problems are one line each, never an exception.
 */
export function readGeoNamesFile(file: string, buf: Uint8Array): DumpRead[] {
  const refused = (problem: string): DumpRead => ({ report: refusal(file, problem), lines: [] });
  const isZip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  if (!isZip) {
    if (buf.length > MAX_DUMP_BYTES) return [refused(tooLarge(file, buf.length))];
    return [readText(file, Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString('utf8'))];
  }
  let entries: Record<string, Uint8Array>;
  const oversize: string[] = [];
  try {
    entries = unzipSync(buf, {
      filter: (e) => {
        if (!/\.txt$/i.test(e.name) || /readme/i.test(basename(e.name))) return false;
        if (e.originalSize > MAX_DUMP_BYTES) oversize.push(tooLarge(`${file}:${oneLine(e.name)}`, e.originalSize));
        return e.originalSize <= MAX_DUMP_BYTES;
      },
    });
  } catch (err) {
    // fflate's reasons are short phrases ("invalid zip data", "unknown compression type 12")
    return [refused(`${file}: not a readable ZIP file (${(err as Error).message.split('\n')[0]})`)];
  }
  // an entry's name is the archive's to choose: it may hold line breaks, and reasons are one line
  const reads = Object.entries(entries).map(([name, data]) =>
    readText(`${file}:${oneLine(name)}`, Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8')),
  );
  reads.push(...oversize.map(refused));
  if (!reads.length) reads.push(refused(`${file}: the ZIP holds no .txt dump`));
  return reads;
}

function writeDump(read: DumpRead, dir: string): void {
  const { report, lines } = read;
  if (!report.format || !lines.length) return;
  const target = join(
    dir,
    report.format === 'geonames' ? USER_PLACES : report.format === 'alternateNames' ? USER_ALTERNATES : USER_ADMIN1,
  );
  mergeInto(target, lines, report.format === 'alternateNames' ? (l) => l : (l) => l.slice(0, l.indexOf('\t')));
}

/** Merges lines into a user file: a line with the same key (id or code) replaces the old one. */
function mergeInto(target: string, lines: string[], key: (line: string) => string): void {
  const map = new Map<string, string>();
  if (existsSync(target)) for (const l of readFileSync(target, 'utf8').split('\n')) if (l) map.set(key(l), l);
  for (const l of lines) map.set(key(l), l);
  writeFileSync(target, [...map.values()].join('\n') + '\n');
}

/** Imports GeoNames dump files into the user gazetteer and recompiles the gazetteer. */
export function importGeoNames(files: string[]): ImportReport[] {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const reports: ImportReport[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      // a text dump too large to read at once is refused before it is read
      const bytes = statSync(file).size;
      if (bytes > MAX_DUMP_BYTES && !/\.zip$/i.test(file)) {
        reports.push(refusal(file, tooLarge(file, bytes)));
        continue;
      }
      buf = readFileSync(file);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      reports.push(refusal(file, `${file}: ${why}`));
      continue;
    }
    for (const read of readGeoNamesFile(file, buf)) {
      writeDump(read, dir);
      reports.push(read.report);
    }
  }
  if (reports.some((r) => r.places + r.alternates + r.admin1 > 0)) {
    appendFileSync(
      join(dir, 'imports.log'),
      reports
        .map((r) => `${new Date().toISOString()}\t${r.file}\t${r.format}\t${r.places}\t${r.alternates}\t${r.admin1}\n`)
        .join(''),
    );
    buildGazetteer();
    resetGazetteer();
  }
  return reports;
}
