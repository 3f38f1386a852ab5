/**
 * `sitrep analyze <inputs...>`: ingest as the stages take articles (../fresh.ts), run the article
 * stages on each article not stored yet (one transaction each), the undated ones last, dated from
 * what is stored, then the corpus stages over everything stored. Safe to interrupt: a rerun skips
 * what is stored and carries on.
 */
import { allProfiles, GENERIC } from '../../profiles/index.js';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inferUndatedDates, ingest, type IngestResult } from '../../ingest/index.js';
import type { Article } from '../../model.js';
import { analyseArticle, analyseCorpus, analyseStoredCorpus, DEFAULT_ARTICLE_SECONDS } from '../../pipeline.js';
import { formats } from '../../export/index.js';
import { runCorpusPass, type CorpusPassResult } from '../../store/corpus-pass.js';
import { Census } from '../../store/census.js';
import { analysedRow, type AnalysedRow } from '../../store/rows.js';
import { DEFAULT_DB } from '../../store/index.js';
import { isPostgres, storeLocation, type StoreBackend } from '../../store/backend.js';
import type { PgStore } from '../../store/postgres.js';
import { DEFAULT_LEASE_SECONDS } from '../../queue/lease.js';
import { command, UsageError } from '../command.js';
import { openStoreOrSay } from '../store.js';
import { progress } from '../progress.js';
import { freshArticles, type Fresh } from '../fresh.js';
import { oneLine } from '../../text/one-line.js';
import { runOptions, runOptionSpecs } from '../run-options.js';
import { writeFileWhole } from '../write-out.js';
import { articlePool, defaultJobs, type ArticleRunner } from '../../pool/article-pool.js';

const usage = `Usage: sitrep analyze <inputs...> [--db FILE|URL] [--out DIR] [--jobs N] [--profile ID|FILE] [--article-timeout SECONDS]
       sitrep analyze <inputs...> --db postgres://… --queue [--lease SECONDS]

Reads articles from files, directories (recursively), globs or - (stdin): plain text, Markdown,
HTML, JSON, JSON Lines, RSS and Atom. Runs every stage on the articles not stored yet, then the
corpus stages (duplicates, fusion, checks) over everything stored, and prints a summary.
Inputs are read as the stages take articles: a JSON Lines file line by line (any size; a bad line
is refused alone, as <file>#<line>), other files whole (up to 50 MB). Articles without a
publication date are dated once the inputs are read, from those stored (at most 1,000 held).

Options:
  --db FILE|URL
              the store: an SQLite file (default: $SITREP_DB, else ./${DEFAULT_DB}), created when
              missing (once an article is read), or a PostgreSQL database
              (postgres://user@host/db?schema=NAME; schema default sitrep), its tables made there
  --out DIR   also write every export format into DIR (${Object.values(formats)
    .map((f) => f.file)
    .join(', ')})
  --jobs N    analyse N articles at once, each in its own thread (default: one per core, here
              ${defaultJobs()}); the store's content is the same for any N
  --queue     (PostgreSQL) read and date the inputs, and queue the new articles for \`sitrep worker\`s
              instead of analysing them here; an article queued or stored already is not queued again
  --lease SECONDS
              with --queue: a worker that has held an article this long without finishing (killed,
              its machine gone) loses it to another worker (default ${DEFAULT_LEASE_SECONDS})
  --profile ID|FILE
              read every article with this conflict profile (${[...allProfiles().map((p) => p.id), GENERIC].join(', ')},
              or a profile file of your own: see docs/profiles.md) instead of the profile of its places
  --article-timeout SECONDS
              an article's stages may take this long (default ${DEFAULT_ARTICLE_SECONDS}); past it, the stages
              not yet run are skipped with a message naming them, and what finished is stored; an
              article still running at twice this (a stage that hangs) is given up and not stored,
              its thread replaced

Ctrl-C (or SIGTERM) stops after the article being stored: what is stored stays, a rerun goes on.

Exit codes: 0 success, 1 usage error, 2 some inputs failed (the others are still stored),
130/143 stopped by SIGINT/SIGTERM.`;

export interface AnalyzeCounts {
  newArticles: number;
  alreadyStored: number;
  failed: number;
  /** errors the article stages recorded (the article is stored with what the other stages found) */
  stageErrors: number;
}

/** What `analyze` calls; tests hand in their own to reach the failure paths. */
export interface AnalyzeDeps {
  ingest: typeof ingest;
  inferUndatedDates: typeof inferUndatedDates;
  analyseArticle: typeof analyseArticle;
  analyseCorpus: typeof analyseCorpus;
  /** the corpus stages holding of each article only what they need (without it: analyseCorpus over every article loaded whole) */
  analyseStoredCorpus?: typeof analyseStoredCorpus;
  /** the article stages in threads; without it (or without `jobs`), they run in this thread */
  articlePool?: typeof articlePool;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown } & Parameters<typeof progress>[2];
}

export const defaultDeps: AnalyzeDeps = {
  ingest,
  inferUndatedDates,
  analyseArticle,
  analyseCorpus,
  analyseStoredCorpus,
  articlePool,
  stdout: process.stdout,
  stderr: process.stderr,
};

export const analyze = command({
  name: 'analyze',
  usage,
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    queue: { type: 'boolean' },
    lease: { type: 'string' },
    ...runOptionSpecs,
  },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('no inputs given');
    if (values.queue && !isPostgres(storeLocation(values.db)))
      throw new UsageError('--queue needs a PostgreSQL store: --db postgres://… (or SITREP_DB)');
    if (values.lease !== undefined && !values.queue) throw new UsageError('--lease is only used with --queue');
    if (values.queue && values.out)
      throw new UsageError(
        '--out writes exports after analysing: with --queue, run `sitrep export` once the workers are done',
      );
    const lease = values.lease === undefined ? undefined : Number(values.lease);
    if (lease !== undefined && !(Number.isInteger(lease) && lease >= 1 && lease < 24 * 3600))
      throw new UsageError(`--lease must be a whole number of seconds from 1 to 86399, not '${values.lease}'`);
    const queue = values.queue ? { leaseSeconds: lease ?? DEFAULT_LEASE_SECONDS } : undefined;
    return analyzeInputs(positionals, { db: values.db, out: values.out, queue, ...runOptions(values) });
  },
});

/** The whole run; returns the exit code (0, or 2 when an input, the store, a corpus stage or --out failed). */
export async function analyzeInputs(
  inputs: string[],
  options: {
    db?: string;
    out?: string;
    articleSeconds?: number;
    jobs?: number;
    profile?: string;
    queue?: { leaseSeconds: number };
  },
  deps: AnalyzeDeps = defaultDeps,
): Promise<number> {
  const location = storeLocation(options.db);
  // A store that exists is opened at once, so that a bad one is named before any work; a new
  // one is made only once some article was read (a mistyped input makes no empty store). A
  // PostgreSQL store is a server's: it is opened at once.
  const existed = location === ':memory:' || isPostgres(location) || existsSync(location);
  let opened: StoreBackend | undefined;
  let dbPath = location;
  const open = async (): Promise<StoreBackend | null> => {
    if (opened) return opened;
    const store = await openStoreOrSay(location, { who: 'sitrep', stderr: deps.stderr });
    if (!store) return null;
    dbPath = store.location;
    return (opened = store);
  };
  const counts: AnalyzeCounts = { newArticles: 0, alreadyStored: 0, failed: 0, stageErrors: 0 };
  const signals = listenForStop(deps.stderr, counts);
  const stop = signals.stop;
  try {
    if (existed && !(await open())) return 2;
    const fail = (file: string, reason: string): void => {
      counts.failed++;
      deps.stderr.write(`sitrep: ${file}: ${oneLine(reason)}\n`);
    };

    // Ingest is read as the stages need articles (see ../fresh.ts); up to the first article
    // here, so that a run that reads none makes no store.
    const results = deps.ingest(inputs)[Symbol.asyncIterator]();
    let first: IngestResult | undefined;
    let broken: Error | undefined;
    try {
      while (!first && !signals.signal()) {
        const next = await results.next();
        if (next.done) break;
        if (next.value.kind === 'error') fail(next.value.file, next.value.reason);
        else first = next.value;
      }
    } catch (err) {
      broken = err as Error;
    }
    if (signals.signal()) return stop();
    if (!existed && !first) {
      if (broken) fail(inputs.join(' '), `ingest failed: ${broken.message}`);
      deps.stdout.write(`no articles read; ${dbPath} not created (${counts.failed} failed)\n`);
      return counts.failed > 0 ? 2 : 0;
    }
    const store = await open();
    if (!store) return 2;

    const fresh = freshArticles({
      results: (async function* () {
        if (broken) throw broken;
        if (first) yield first;
        yield* { [Symbol.asyncIterator]: () => results };
      })(),
      inputs,
      isStored: (id) => store.hasArticle(id),
      // what dating reads of each stored article (its text, signature, dates as read, ingest
      // messages), picked out by the database, not every analysed layer
      stored: async () => (await store.loadHeld(['signature', 'read_dates', 'messages'], { text: true })).articles,
      inferUndatedDates: deps.inferUndatedDates,
      counts,
      fail,
      stderr: deps.stderr,
      stopped: () => signals.signal() !== null,
    });
    if (options.queue) return await enqueue(store, fresh, options, counts, deps);

    await analyseAndStore(fresh.articles, null, {
      store,
      deps,
      options,
      counts,
      fail,
      stopped: () => signals.signal() !== null,
      settled: fresh.settled,
    });
    if (signals.signal()) return stop();
    const pass = await corpusPass(store, deps, dbPath, options.articleSeconds);

    let outFailed = false;
    if (options.out) {
      try {
        mkdirSync(options.out, { recursive: true });
        const out = options.out;
        await store.readCorpus(async (source) => {
          for (const f of Object.values(formats)) await writeFileWhole(join(out, f.file), f.write(source));
        });
      } catch (err) {
        outFailed = true;
        deps.stderr.write(`sitrep: ${options.out}: ${oneLine(`exports not written: ${(err as Error).message}`)}\n`);
      }
    }
    deps.stdout.write(summary(pass, counts, dbPath, outFailed ? undefined : options.out) + '\n');
    return counts.failed > 0 || pass.failed || outFailed ? 2 : 0;
  } finally {
    signals.dispose();
    await opened?.close();
  }
}

/**
 * `--queue`: the new articles go to the workers (src/queue) as they are read; one line says how
 * many. The undated ones are dated from what is stored when they are queued; the workers' corpus
 * pass dates them again from everything stored.
 */
async function enqueue(
  store: StoreBackend,
  fresh: Fresh,
  options: { profile?: string; queue?: { leaseSeconds: number } },
  counts: AnalyzeCounts,
  deps: Pick<AnalyzeDeps, 'stdout' | 'stderr'>,
): Promise<number> {
  const { openQueue, sendArticles } = await import('../../queue/index.js');
  const pgStore = store as PgStore;
  let boss;
  try {
    boss = await openQueue(pgStore);
  } catch (err) {
    deps.stderr.write(`sitrep: ${store.location}: ${oneLine(`cannot open the queue: ${(err as Error).message}`)}\n`);
    return 2;
  }
  try {
    let read = 0;
    const profile = options.profile;
    const articles = (async function* () {
      for await (const a of fresh.articles) {
        read++;
        yield profile ? { ...a, profile: { id: profile, by: 'forced' as const } } : a;
        fresh.settled(a.id);
      }
    })();
    const sent = await sendArticles(boss, articles, options.queue?.leaseSeconds);
    deps.stdout.write(
      `queued ${plural(sent, 'article')} for the workers in ${store.location} (${read - sent} queued before, ${counts.alreadyStored} already stored, ${counts.failed} failed)\n`,
    );
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
  }
  return counts.failed > 0 ? 2 : 0;
}

/**
 * SIGINT/SIGTERM end a run between two articles (each is stored in its own transaction), so
 * nothing is half-written, and `stop()` tells the reader what was kept and gives the exit code.
 * A second signal (one article taking long) ends the process at once: SQLite rolls back the
 * transaction it interrupts, so that too leaves whole articles only.
 */
export function listenForStop(
  stderr: { write(s: string): unknown },
  counts: { newArticles: number },
  stored = 'stored, run again to continue',
): { signal: () => NodeJS.Signals | null; stop: () => number; dispose: () => void } {
  let signal: NodeJS.Signals | null = null;
  const stop = (): number => {
    stderr.write(`\nstopped: ${plural(counts.newArticles, 'article')} ${stored}\n`);
    return signal === 'SIGINT' ? 130 : 143;
  };
  const onSignal = (s: NodeJS.Signals): void => {
    if (signal) process.exit(stop());
    signal = s;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: () => signal,
    stop,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

interface StoreRun {
  store: StoreBackend;
  deps: Pick<AnalyzeDeps, 'analyseArticle' | 'articlePool' | 'stderr'>;
  options: { jobs?: number; articleSeconds?: number; profile?: string };
  counts: AnalyzeCounts;
  /** one line on stderr naming the file, and the run's exit code becomes 2 */
  fail: (file: string, reason: string) => void;
  /** a signal came: store the article in hand, then return */
  stopped: () => boolean;
  /** told of each article once it is stored or has failed */
  settled?: (id: string) => void;
}

/**
 * Runs the article stages over `articles` (taken one at a time as the threads need them, so a
 * generator keeps memory flat; `total` for the progress bar, null when not known) and stores each in its own transaction, in input order. A stage
 * that threw, or stages skipped past the budget, are one line each on stderr.
 */
export async function analyseAndStore(
  articles: Iterable<Article> | AsyncIterable<Article>,
  total: number | null,
  run: StoreRun,
): Promise<void> {
  const { store, deps, options, counts, fail } = run;
  const bar = progress('analysing', total, deps.stderr);
  const runner =
    options.jobs !== undefined && deps.articlePool
      ? deps.articlePool({ jobs: options.jobs, seconds: options.articleSeconds ?? DEFAULT_ARTICLE_SECONDS })
      : inProcess(deps.analyseArticle, options.articleSeconds);
  // A window of articles is in the threads at once; results are stored in input order, so the
  // store is the same whatever the number of threads, and what a stopped run kept is a prefix.
  const source = Symbol.asyncIterator in articles ? articles[Symbol.asyncIterator]() : articles[Symbol.iterator]();
  const pending: { article: Article; result: Promise<AnalysedRow | Error> }[] = [];
  const submit = async (): Promise<void> => {
    while (!run.stopped() && pending.length < runner.window) {
      const next = await source.next();
      if (next.done) return;
      // --profile: the article is read with that conflict profile, whatever its places
      const article = options.profile
        ? { ...next.value, profile: { id: options.profile, by: 'forced' as const } }
        : next.value;
      pending.push({ article, result: runner.run(article).catch((err: unknown) => err as Error) });
    }
  };
  try {
    await submit();
    while (pending.length) {
      const { article, result } = pending.shift()!;
      // the article in hand is stored even when a signal came meanwhile; then the run stops
      const analysed = await result;
      if (analysed instanceof Error) fail(article.path, `not stored: ${analysed.message}`);
      else {
        try {
          // a stage that threw is a message on the article: the reader hears of it here, once
          const fresh = analysed.messages.slice(article.messages.length);
          for (const m of fresh) {
            if (m.severity === 'error') {
              counts.stageErrors++;
              deps.stderr.write(`sitrep: ${article.path}: ${oneLine(`${m.stage}: ${m.message}`)}\n`);
            }
          }
          // stages skipped past the budget: one line for the article, naming them
          const skipped = fresh.filter((m) => m.severity === 'warning' && m.message.startsWith('not run: '));
          if (skipped.length) {
            counts.stageErrors++;
            deps.stderr.write(
              `sitrep: ${article.path}: over its ${options.articleSeconds ?? DEFAULT_ARTICLE_SECONDS} s budget, not run: ${skipped.map((m) => m.stage).join(', ')} (stored with what finished)\n`,
            );
          }
          await store.saveArticleRow(analysed.row);
          counts.newArticles++;
        } catch (err) {
          fail(article.path, `not stored: ${(err as Error).message}`);
        }
      }
      run.settled?.(article.id);
      bar.tick(article.path);
      if (run.stopped()) break;
      await submit();
    }
  } finally {
    await runner.close();
  }
  bar.done();
}

/**
 * The corpus stages over every stored article, their results saved under the write lock, so that
 * another writer's pass cannot interleave with it: whichever runs last sees everything. A failing
 * corpus stage must not lose the stored articles: one line, and the last results are kept.
 */
export async function corpusPass(
  store: StoreBackend,
  deps: Pick<AnalyzeDeps, 'analyseCorpus' | 'analyseArticle' | 'analyseStoredCorpus' | 'stderr'>,
  dbPath: string,
  seconds?: number,
): Promise<CorpusPassResult & { failed: boolean }> {
  try {
    return { ...(await runCorpusPass(store, deps, seconds)), failed: false };
  } catch (err) {
    deps.stderr.write(
      `sitrep: ${dbPath}: ${oneLine(`corpus stages failed, earlier results kept: ${(err as Error).message}`)}\n`,
    );
    const corpus = await store.loadCorpus();
    return { corpus, census: Census.of(corpus), redated: 0, failed: true };
  }
}

/** The article stages in this thread, one article at a time, a pending signal heard between two. */
function inProcess(analyse: typeof analyseArticle, seconds: number | undefined): ArticleRunner {
  return {
    window: 1,
    run: (article) =>
      new Promise<AnalysedRow>((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(analysedRow(analyse(article, { seconds })));
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        }),
      ),
    close: async () => {},
  };
}

const listed = (names: string[], max: number): string =>
  names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The closing summary: articles, outlets, date range, then what the stages found. */
export function summary(
  { corpus, census }: CorpusPassResult,
  counts: AnalyzeCounts,
  dbPath: string,
  out?: string,
  analysed = 'new',
): string {
  const outlets = [...census.outlets].sort();
  const lines = [
    `${plural(census.articles, 'article')} in ${dbPath} (${counts.newArticles} ${analysed}, ${analysed === 'new' ? `${counts.alreadyStored} already stored, ` : ''}${counts.failed} failed)`,
    `outlets: ${outlets.length}${outlets.length ? ` (${listed(outlets, 10)})` : ''}`,
    `dates: ${census.first ? `${census.first} to ${census.last}` : 'none known'}`,
  ];
  // A layer counts as present once some article carries it: a stage that is not built is absent.
  const found: [string, number | null][] = [
    ['toponyms', census.layer('toponyms')],
    ['demonyms', census.layer('demonyms')],
    ['entities', corpus.entities.length || census.layer('entities')],
    ['claims', census.layer('claims')],
    ['quantities', census.layer('quantities')],
    ['time expressions', census.layer('timexes')],
    ['events', census.layer('events')],
    // what the events stage read and did not code (history, plans, conditions, denials, habits)
    ['non-events', census.layer('nonEvents')],
    ['fused events', corpus.events.length || null],
    ['disputes', corpus.disputes.length || null],
    ['checks', corpus.checks.length || census.layer('checks')],
  ];
  for (const [name, n] of found) {
    if (n === null) continue;
    const extra = name === 'toponyms' ? ` (${census.resolvedToponyms} resolved)` : '';
    lines.push(`${name}: ${n}${extra}`);
  }
  if (counts.stageErrors)
    lines.push(`stage errors: ${counts.stageErrors} (listed above; those articles keep what the other stages found)`);
  if (census.duplicates) lines.push(`near-duplicates linked: ${census.duplicates}`);
  if (out) lines.push(`exports written to ${out}`);
  return lines.join('\n');
}
