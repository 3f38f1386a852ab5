/**
 * `sitrep export --format F`: writes what the store holds, to stdout or a file, row by row as it
 * reads the store (a file appears only once whole).
 */
import { formats, isFormat } from '../../export/index.js';
import { DEFAULT_DB } from '../../store/index.js';
import { storeLocation } from '../../store/backend.js';
import { command, noOperands, UsageError } from '../command.js';
import { openStoreOrSay } from '../store.js';
import { writeFileWhole, writePieces } from '../write-out.js';
import { oneLine } from '../../text/one-line.js';

const usage = `Usage: sitrep export --format json|jsonl|acled-csv|geojson [--db FILE|URL] [-o FILE]

Formats:
  json       one document: articles, places, entities, claims, events, disputes, checks
  jsonl      one record a line, each with a "type" field
  acled-csv  fused events in ACLED's columns and order, then sitrep_* columns (RFC 4180)
  geojson    fused events as an RFC 7946 FeatureCollection of points

Options:
  --db FILE|URL    the store: an SQLite file (default: $SITREP_DB, else ./${DEFAULT_DB}) or postgres://…
  -o, --output FILE  write there instead of stdout`;

export const exportCommand = command({
  name: 'export',
  usage,
  options: {
    format: { type: 'string', short: 'f' },
    db: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run(values, operands) {
    noOperands(operands);
    if (!values.format) throw new UsageError('--format is required');
    if (!isFormat(values.format)) throw new UsageError(`unknown format '${values.format}'`);
    const store = await openStoreOrSay(storeLocation(values.db), { create: false, who: 'sitrep' });
    if (!store) return 2;
    try {
      const format = formats[values.format];
      const output = values.output;
      if (!output) {
        await store.readCorpus((source) => writePieces(format.write(source), process.stdout));
        return 0;
      }
      try {
        await store.readCorpus((source) => writeFileWhole(output, format.write(source)));
        return 0;
      } catch (err) {
        process.stderr.write(`sitrep: ${output}: ${oneLine(`not written: ${(err as Error).message}`)}
`);
        return 2;
      }
    } finally {
      await store.close();
    }
  },
});
