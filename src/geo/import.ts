/**
 * `sitrep gazetteer import`: GeoNames dump files into the user gazetteer, merged with cities500
 * when the gazetteer is next compiled. Formats are told apart by their columns:
 *   geoname table (a country file such as UA.txt, allCountries.txt, cities*.txt): 19 columns
 *   alternateNamesV2.txt: alternateNameId, geonameid, isolanguage, name, … (10 columns)
 *   admin1CodesASCII.txt: "UA.07", name, ASCII name, geonameid
 * A .zip is read for its .txt entries (readme files are skipped).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildGazetteer } from './build.js';
import { resetGazetteer } from './gazetteer.js';
import { GEONAMES_COLUMNS, keepFeature } from './features.js';
import { cacheDir, USER_ADMIN1, USER_ALTERNATES, USER_PLACES } from './paths.js';
import { readZip } from './zip.js';

export interface ImportReport {
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
const SKIP_LANGUAGES = new Set(['link', 'post', 'iata', 'icao', 'faac', 'wkdt', 'unlc', 'tcid', 'fr_1793', 'phon', 'piny']);

function sniff(lines: string[]): ImportReport['format'] | 'postal' {
  const sample = lines.find((l) => l.trim() && !l.startsWith('#'));
  if (!sample) return null;
  const f = sample.split('\t');
  // country code, postal code, place name, admin names and codes …, latitude, longitude, accuracy
  if (f.length === POSTAL_COLUMNS && /^[A-Z]{2}$/.test(f[0]) && Number.isFinite(Number(f[9])) && Number.isFinite(Number(f[10]))) return 'postal';
  if (f.length >= 4 && /^[A-Z]{2}\.[A-Za-z0-9]+$/.test(f[0]) && f.length <= 5) return 'admin1Codes';
  if (f.length >= 19 && /^\d+$/.test(f[0]) && Number.isFinite(Number(f[4])) && Number.isFinite(Number(f[5]))) return 'geonames';
  if (f.length >= 4 && f.length <= 10 && /^\d+$/.test(f[0]) && /^\d+$/.test(f[1])) return 'alternateNames';
  return null;
}

function importText(file: string, text: string, dir: string): ImportReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const format = sniff(lines);
  const report: ImportReport = { file, format: format === 'postal' ? null : format, places: 0, alternates: 0, admin1: 0, skipped: 0, problems: [] };
  // a malformed line means a truncated or foreign file: the whole file is refused, so that the
  // gazetteer in use never holds half of a dump
  let malformed = 0;
  let first = '';
  const bad = (n: number, why: string) => {
    if (!malformed++) first = `line ${n + 1}: ${why}`;
  };
  if (format === 'postal') {
    report.problems.push(`${file}: the GeoNames postal-code dump (12 columns), not the geoname table (19 columns): refused`);
    return report;
  }
  if (!report.format) {
    report.problems.push(`${file}: not a GeoNames dump (expected a geoname table, alternateNamesV2 or admin1CodesASCII): refused`);
    return report;
  }
  const out: string[] = [];
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (report.format === 'geonames') {
      if (f.length !== GEONAMES_COLUMNS) return bad(n, `${f.length} columns, expected ${GEONAMES_COLUMNS}`);
      const lat = Number(f[4]);
      const lon = Number(f[5]);
      if (!/^\d+$/.test(f[0]) || !f[1] || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return bad(n, 'bad id, name or coordinates');
      }
      if (!keepFeature(f[6], f[7])) return void report.skipped++;
      out.push(line);
      report.places++;
    } else if (report.format === 'alternateNames') {
      if (f.length < 4 || !f[3]) return bad(n, 'no alternate name');
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
    report.problems.push(`${file}: ${malformed} malformed line${malformed > 1 ? 's' : ''} (first at ${first}); truncated or not a GeoNames dump: refused, the gazetteer is unchanged`);
    return report;
  }
  const target = join(dir, report.format === 'geonames' ? USER_PLACES : report.format === 'alternateNames' ? USER_ALTERNATES : USER_ADMIN1);
  if (out.length) mergeInto(target, out, report.format === 'alternateNames' ? (l) => l : (l) => l.slice(0, l.indexOf('\t')));
  return report;
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
    const empty = (problem: string): ImportReport => ({ file, format: null, places: 0, alternates: 0, admin1: 0, skipped: 0, problems: [problem] });
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (err) {
      reports.push(empty(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`));
      continue;
    }
    if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
      try {
        const entries = readZip(buf).filter((e) => /\.txt$/i.test(e.name) && !/readme/i.test(basename(e.name)));
        if (!entries.length) reports.push(empty(`${file}: the ZIP holds no .txt dump`));
        for (const e of entries) reports.push(importText(`${file}:${e.name}`, e.data().toString('utf8'), dir));
      } catch (err) {
        reports.push(empty(`${file}: ${(err as Error).message}`));
      }
      continue;
    }
    reports.push(importText(file, buf.toString('utf8'), dir));
  }
  if (reports.some((r) => r.places + r.alternates + r.admin1 > 0)) {
    appendFileSync(join(dir, 'imports.log'), reports.map((r) => `${new Date().toISOString()}\t${r.file}\t${r.format}\t${r.places}\t${r.alternates}\t${r.admin1}\n`).join(''));
    buildGazetteer();
    resetGazetteer();
  }
  return reports;
}
