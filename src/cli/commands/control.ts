/**
 * `sitrep control import FILES|DIRS...`: loads dated territorial-control maps (DeepState GeoJSON
 * named <unix-seconds>.geojson, or sitrep's own format: docs/control-format.md) into the store,
 * one transaction per file. A file that fails is named with its reason and not stored; the rest
 * still are. `sitrep control list` shows what is stored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseControlMap } from '../../checks/control.js';
import { DEFAULT_DB } from '../../store/index.js';
import { storeLocation } from '../../store/backend.js';
import { oneLine } from '../../text/one-line.js';
import { noOperands, UsageError, type Command } from '../command.js';
import { openStoreOrSay } from '../store.js';

const usage = `Usage: sitrep control import FILES|DIRS... [--db FILE|URL]
       sitrep control list [--db FILE|URL]

Loads territorial-control snapshots: DeepState GeoJSON (the file name is the snapshot time in
Unix seconds: 1662647935.geojson) or sitrep's format (a FeatureCollection with "valid_from" and
a "status" of occupied | liberated | contested on each feature; see docs/control-format.md).
Directories are read for *.geojson and *.json files. Each file is stored in one transaction,
with its rasters for the area checks; a snapshot's id is its time and the file's SHA-256, so
the order of imports does not matter. A truncated file, an empty collection or a
self-intersecting polygon is reported and skipped. When the store holds articles, their events
and claims are then checked against all the maps (the corpus stages run again), and one line
counts the map checks by verdict.

Options:
  --db FILE|URL   the store: an SQLite file (default: $SITREP_DB, else ./${DEFAULT_DB}) or postgres://…; import creates it when missing, list never does

Exit codes: 0 success, 1 usage error, 2 a file failed, or the store is missing (list) or not a store.`;

function expand(inputs: string[], problems: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      problems.push(`${input}: no such file or directory`);
      continue;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(input).sort()) if (/\.(geo)?json$/i.test(name)) files.push(join(input, name));
    } else files.push(input);
  }
  return files;
}

export const control: Command = {
  name: 'control',
  usage,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'import' && sub !== 'list')
      throw new UsageError(sub ? `unknown subcommand '${sub}'` : 'a subcommand is required (import, list)');
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { db: { type: 'string' } },
    });
    if (sub === 'list') noOperands(positionals);
    if (sub === 'import' && !positionals.length) throw new UsageError('no input files');
    // import makes the store when missing; list only reads, and never creates one
    const store = await openStoreOrSay(storeLocation(values.db), { create: sub === 'import', who: 'sitrep control' });
    if (!store) return 2;
    try {
      if (sub === 'list') {
        for (const s of await store.controlSummary())
          process.stdout.write(`${s.valid_from}  ${s.file}  ${s.areas} areas\n`);
        return 0;
      }
      const problems: string[] = [];
      const files = expand(positionals, problems);
      let imported = 0;
      // known areas outside the war's statuses: one note for the whole import, not one per file
      const outside = new Map<string, number>();
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (err) {
          problems.push(`${file}: cannot read: ${(err as Error).message}`);
          continue;
        }
        const r = parseControlMap(text, file);
        for (const w of r.warnings) process.stderr.write(`sitrep control: warning: ${w}\n`);
        for (const o of r.outside) outside.set(o, (outside.get(o) ?? 0) + 1);
        if (!r.snapshot) {
          problems.push(`${file}: ${r.error!.replace(/^[^:]*: /, '')}`);
          continue;
        }
        await store.saveControlSnapshot(r.snapshot);
        imported++;
      }
      for (const p of problems) process.stderr.write(`sitrep control: ${p} (not imported)\n`);
      if (outside.size) {
        const areas = [...outside]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([o, n]) => `${o} (${n} file${n === 1 ? '' : 's'})`);
        process.stderr.write(
          `sitrep control: note: areas outside the war's control statuses, not imported: ${areas.join(', ')}\n`,
        );
      }
      process.stdout.write(
        `imported ${imported} snapshot${imported === 1 ? '' : 's'}${problems.length ? `, ${problems.length} failed` : ''}\n`,
      );
      // the stored events and claims are checked against the maps now, not at the next analyze
      if (imported && (await store.articleCount()) > 0) {
        const { analyseArticle, analyseCorpus, analyseStoredCorpus } = await import('../../pipeline.js');
        const { runCorpusPass } = await import('../../store/corpus-pass.js');
        try {
          const { corpus } = await runCorpusPass(store, { analyseArticle, analyseCorpus, analyseStoredCorpus });
          const map = corpus.checks.filter((c) => c.kind === 'control' || c.kind === 'area');
          const by = (v: string) => map.filter((c) => c.verdict === v).length;
          process.stdout.write(
            `checked the stored events and claims against the maps: ${map.length} map check${map.length === 1 ? '' : 's'} (${by('consistent')} consistent, ${by('inconsistent')} inconsistent, ${by('unverifiable')} unverifiable)\n`,
          );
        } catch (err) {
          process.stderr.write(
            `sitrep control: ${oneLine(`the maps are imported, but the checks failed: ${(err as Error).message}; the next analyze runs them again`)}\n`,
          );
          return 2;
        }
      }
      return problems.length ? 2 : 0;
    } finally {
      await store.close();
    }
  },
};
