/**
 * The child process of the GeoNames fuzz reader's close (see `importScratch` in ./readers.ts):
 * `node scratch-gazetteer.js SECONDS FILE...`, with SITREP_CACHE set to a scratch directory.
 * Imports the files as `sitrep gazetteer import` does (the gazetteer is built), loads it, looks up
 * every accepted place name, and runs articles naming the first 300 of them through every stage
 * (spans on their text, no stage failing). Prints what it found as one JSON object.
 */
import { parseGeoNamesLine } from '../geo/build.js';
import { getGazetteer } from '../geo/gazetteer.js';
import { importGeoNames, readGeoNamesFile } from '../geo/import.js';
import { readFileSync } from 'node:fs';
import { textArticle } from '../model.js';
import { checkArticle, type ScratchResult } from './readers.js';

const [seconds, ...files] = process.argv.slice(2);
const problems: string[] = [];
const names = new Set<string>();
for (const file of files) {
  for (const read of readGeoNamesFile(file, readFileSync(file))) {
    if (read.report.format !== 'geonames') continue;
    for (const line of read.lines) names.add(parseGeoNamesLine(line)!.name);
  }
}
for (const r of importGeoNames(files)) for (const p of r.problems) problems.push(`import: ${p}`);
const g = getGazetteer();
for (const name of names) g.lookup(name);
let articles = 0;
const sample = [...names].slice(0, 300);
for (let i = 0; i < sample.length; i += 10, articles++) {
  const text = sample
    .slice(i, i + 10)
    .map((n) => `Troops shelled ${n} on Monday, the governor said.`)
    .join(' ');
  problems.push(...checkArticle(textArticle(text), Number(seconds)));
}
const result: ScratchResult = {
  files: files.length,
  records: g.size,
  names: names.size,
  articles,
  problems,
  rss: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(JSON.stringify(result));
