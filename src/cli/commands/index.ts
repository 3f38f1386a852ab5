import type { Command } from '../command.js';

/**
 * The subcommands as `sitrep --help` lists them. A command's module (and the pipeline it pulls
 * in: the NLP model, the gazetteer, the store) is loaded only when that command runs, so
 * `--help` and `--version` answer at once.
 */
interface CommandEntry {
  name: string;
  /** one line for `sitrep --help` */
  summary: string;
  load(): Promise<Command>;
}

// Each subcommand lives in its own file; list it here to make it reachable.
export const commands: CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'ingest and analyse articles into the store, then print a summary',
    load: async () => (await import('./analyze.js')).analyze,
  },
  {
    name: 'watch',
    summary: 'keep analysing new files in folders and new items of RSS/Atom feeds until stopped',
    load: async () => (await import('./watch.js')).watch,
  },
  {
    name: 'worker',
    summary: 'take queued articles from a PostgreSQL store and analyse them, until stopped',
    load: async () => (await import('./worker.js')).worker,
  },
  {
    name: 'jobs',
    summary: "list a PostgreSQL store's failed jobs, or queue them again",
    load: async () => (await import('./jobs.js')).jobs,
  },
  {
    name: 'status',
    summary: "a PostgreSQL store's queue: jobs by state, throughput, workers seen, failures",
    load: async () => (await import('./jobs.js')).status,
  },
  {
    name: 'reanalyze',
    summary: 'run every stage again over the stored articles (after an upgrade)',
    load: async () => (await import('./reanalyze.js')).reanalyze,
  },
  {
    name: 'export',
    summary: 'write the stored analysis as JSON, JSON Lines, ACLED CSV or GeoJSON',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'control',
    summary: 'import territorial-control maps (DeepState GeoJSON or sitrep format) for the checks',
    load: async () => (await import('./control.js')).control,
  },
  {
    name: 'serve',
    summary: 'serve the web page and the HTTP API over the store',
    load: async () => (await import('./serve.js')).serve,
  },
  {
    name: 'geoparse',
    summary: 'print the toponyms of articles, resolved to GeoNames places (JSON lines or a table)',
    load: async () => (await import('./geoparse.js')).geoparseCommand,
  },
  {
    name: 'gazetteer',
    summary: 'look up place names, import GeoNames dumps into the user gazetteer',
    load: async () => (await import('./gazetteer.js')).gazetteerCommand,
  },
  {
    name: 'attributions',
    summary: 'print who said what in articles: source, cue, content, speaker, hedge (JSON lines)',
    load: async () => (await import('./attributions.js')).attributions,
  },
];
