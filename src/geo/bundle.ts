/**
 * `npm run gazetteer:bundle -- UA.txt …`: writes a GeoNames country dump, filtered to the features
 * toponyms resolve to (the import's rule), as `data/geonames/<CC>.txt.gz`, which the package ships
 * and the gazetteer build merges with cities500. This is how the full UA dump (every village, with
 * its uk and ru names) comes with `npm ci`; GeoNames data is CC BY 4.0 and the
 * credit sits beside the files (`data/geonames/README.md`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GEONAMES_COLUMNS, keepFeature } from './features.js';
import { bundledDir } from './paths.js';

interface BundleReport {
  file: string;
  out: string;
  lines: number;
  kept: number;
  bytes: number;
}

/** Filters one geoname-table dump into the bundled folder; throws, naming the line, on a malformed one. */
function bundleDump(file: string, outDir = bundledDir()): BundleReport {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const kept: string[] = [];
  let country = '';
  lines.forEach((line, n) => {
    const f = line.split('\t');
    if (f.length !== GEONAMES_COLUMNS || !/^\d+$/.test(f[0]))
      throw new Error(`${file}:${n + 1}: ${f.length} columns, expected a geoname table of ${GEONAMES_COLUMNS}`);
    country ||= f[8];
    if (keepFeature(f[6], f[7])) kept.push(line);
  });
  if (!/^[A-Z]{2}$/.test(country)) throw new Error(`${file}: no country code in the dump`);
  // sorted by id, so that the file (and the package) changes only where GeoNames did
  kept.sort((a, b) => Number(a.slice(0, a.indexOf('\t'))) - Number(b.slice(0, b.indexOf('\t'))));
  const bytes = gzipSync(kept.join('\n') + '\n', { level: 9 });
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${country}.txt.gz`);
  writeFileSync(out, bytes);
  return { file, out, lines: lines.length, kept: kept.length, bytes: bytes.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (!files.length) {
    console.error('usage: npm run gazetteer:bundle -- XX.txt...');
    process.exit(1);
  }
  for (const f of files) {
    try {
      const r = bundleDump(f);
      console.log(
        `${basename(r.file)}: ${r.kept} of ${r.lines} features → ${join(basename(dirname(r.out)), basename(r.out))} (${(r.bytes / 1e6).toFixed(2)} MB)`,
      );
    } catch (err) {
      console.error(`sitrep: ${(err as Error).message}`);
      process.exitCode = 2;
    }
  }
}
