/**
 * `sitrep gazetteer lookup NAME...` prints the candidates for a name with their scores;
 * `sitrep gazetteer import FILE...` adds GeoNames dump files to the user gazetteer;
 * `sitrep gazetteer build` recompiles the gazetteer cache.
 */
import { parseArgs } from 'node:util';
import { buildGazetteer } from '../../geo/build.js';
import { getGazetteer, resetGazetteer } from '../../geo/gazetteer.js';
import { importGeoNames } from '../../geo/import.js';
import { cacheDir } from '../../geo/paths.js';
import { noOperands, UsageError, type Command } from '../command.js';

const usage = `Usage: sitrep gazetteer lookup [--limit N] [--json] NAME...
       sitrep gazetteer import FILE...
       sitrep gazetteer build

lookup   the candidate places for a name, best first: match score (1 the place's own name,
         lower for alternate names, demonyms and transliteration variants), GeoNames id,
         feature code, country.admin1, population, coordinates
import   GeoNames dump files — a country file (UA.txt or UA.zip), allCountries, cities*.txt,
         alternateNamesV2.txt, admin1CodesASCII.txt — into the user gazetteer, which is merged
         with cities500 (use it for villages below 500 inhabitants)
build    recompile the gazetteer cache (done automatically when a source changes)

The cache lives in $SITREP_CACHE (default node_modules/.cache/sitrep).`;

export const gazetteerCommand: Command = {
  name: 'gazetteer',
  usage,
  async run(argv) {
    const [sub, ...rest] = argv;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { limit: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
    });
    if (sub === 'lookup') {
      if (!positionals.length) throw new UsageError('no name to look up');
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit must be a positive integer, not '${values.limit}'`);
      const g = getGazetteer();
      let found = 0;
      for (const name of positionals) {
        const candidates = g.lookup(name).slice(0, limit);
        found += candidates.length;
        if (values.json) {
          for (const c of candidates)
            process.stdout.write(JSON.stringify({ query: name, score: c.score, via: c.via, ...c.place }) + '\n');
          continue;
        }
        process.stdout.write(`${name}: ${candidates.length ? '' : 'no candidates'}\n`);
        for (const c of candidates) {
          const p = c.place;
          process.stdout.write(
            `  ${c.score.toFixed(2)}  ${String(p.geonameid).padStart(8)}  ${p.name}  ${p.feature}  ${p.country}${p.admin1 ? '.' + p.admin1 : ''}` +
              `${p.admin1Name ? ` (${p.admin1Name})` : ''}  pop ${p.population}  ${p.lat},${p.lon}  ${c.via}\n`,
          );
        }
      }
      return found ? 0 : 2;
    }
    if (sub === 'import') {
      if (!positionals.length) throw new UsageError('no files to import');
      const reports = importGeoNames(positionals);
      let failed = 0;
      for (const r of reports) {
        for (const p of r.problems) process.stderr.write(`sitrep gazetteer: ${p}\n`);
        if (!r.format) {
          failed++;
          continue;
        }
        process.stdout.write(
          `${r.file}: ${r.format}: ${r.places} places, ${r.alternates} alternate names, ${r.admin1} admin1 names, ${r.skipped} skipped\n`,
        );
      }
      return failed ? 2 : 0;
    }
    if (sub === 'build') {
      noOperands(positionals);
      const file = buildGazetteer();
      resetGazetteer();
      process.stdout.write(`${file}: ${getGazetteer().size} records (cache dir ${cacheDir()})\n`);
      return 0;
    }
    throw new UsageError(sub ? `unknown subcommand '${sub}'` : 'a subcommand is required (lookup, import, build)');
  },
};
