/**
 * `sitrep watch DIR|FEED_URL…`: keeps analysing what arrives until stopped — new or changed files
 * in folders, new items of RSS/Atom feeds — through the same run as `analyze` (one transaction
 * per article, then the corpus pass), so a `sitrep serve` on the same store shows them.
 *
 * Feeds are polled politely: a conditional GET (If-None-Match / If-Modified-Since, so an unchanged
 * feed costs a 304), at most once per --interval, a Retry-After obeyed, and after a failure the
 * next try waits twice as long as the last (up to an hour). Items already stored are recognised
 * by their content and skipped.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, readSource, type IngestResult } from '../../ingest/index.js';
import { expandInputs } from '../../ingest/inputs.js';
import { DEFAULT_ARTICLE_SECONDS } from '../../pipeline.js';
import { DEFAULT_DB } from '../../store/index.js';
import { printable, storeLocation } from '../../store/backend.js';
import { oneLine } from '../../text/one-line.js';
import { packageVersion } from '../../version.js';
import { command, UsageError } from '../command.js';
import { runOptions, runOptionSpecs } from '../run-options.js';
import { analyzeInputs, defaultDeps, type AnalyzeDeps } from './analyze.js';

const DEFAULT_INTERVAL_SECONDS = 300;
/** The longest wait after failures, whatever the interval. */
const MAX_BACKOFF_SECONDS = 3600;
/** A file modified more recently than this may still be being written: it is taken next time. */
const SETTLE_MS = 1000;
const FETCH_TIMEOUT_MS = 30_000;

const usage = `Usage: sitrep watch <folders, files or feed URLs...> [--db FILE|URL] [--interval SECONDS] [--jobs N] [--profile ID|FILE] [--article-timeout SECONDS]

Keeps analysing what arrives until stopped (Ctrl-C or SIGTERM, heard between articles): files
that appear or change in the folders (as \`analyze\` reads them), and new items of RSS and Atom
feeds given by http(s) URL. Each round analyses what is new into the store, then runs the corpus
stages, and prints one line; \`sitrep serve\` on the same store shows the results.

Feeds are fetched with a conditional GET (an unchanged feed answers 304 and costs nothing), at most
once per interval; after an error the next try waits twice as long (up to ${MAX_BACKOFF_SECONDS / 60} minutes), and a
server's Retry-After is obeyed. Nothing else is contacted.

Options:
  --db FILE|URL        the store: an SQLite file (default: $SITREP_DB, else ./${DEFAULT_DB}) or postgres://…
  --interval SECONDS   how often to look (default ${DEFAULT_INTERVAL_SECONDS}); please keep feeds at a few minutes or more
  --jobs N             threads for the article stages (default: one per core)
  --profile ID|FILE    as for \`analyze\`: the conflict profile every article is read with
  --article-timeout SECONDS
                       as for \`analyze\` (default ${DEFAULT_ARTICLE_SECONDS})
  --once               one round, then exit (from cron, say; feeds then have no ETag to send)

Exit codes: 0 stopped by a signal (or --once went well), 1 usage error, 2 the store could not be
opened (or --once met inputs that failed).`;

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  /** when (clock ms) it may be fetched again */
  nextAt: number;
  /** SHA-256 of the last body taken, for servers that answer 200 with the same feed */
  digest?: string | null;
}

interface WatchOptions {
  db?: string;
  intervalSeconds: number;
  jobs?: number;
  articleSeconds?: number;
  profile?: string;
  /** one round, then return (tests, cron) */
  once?: boolean;
}

interface WatchDeps {
  fetch: typeof fetch;
  now: () => number;
  analyze: AnalyzeDeps;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export const watch = command({
  name: 'watch',
  usage,
  options: { db: { type: 'string' }, interval: { type: 'string' }, once: { type: 'boolean' }, ...runOptionSpecs },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('nothing to watch: give folders, files or feed URLs');
    const interval = values.interval === undefined ? DEFAULT_INTERVAL_SECONDS : Number(values.interval);
    if (!Number.isFinite(interval) || interval < 1)
      throw new UsageError(`--interval must be a number of seconds, 1 or more, not '${values.interval}'`);
    return watchInputs(positionals, {
      db: values.db,
      intervalSeconds: interval,
      once: values.once,
      ...runOptions(values),
    });
  },
});

const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Fetches a feed if it is due; returns its new body, or null (not due, unchanged, failed: said on stderr). */
export async function pollFeed(
  feed: FeedState,
  intervalMs: number,
  deps: Pick<WatchDeps, 'fetch' | 'now' | 'stderr'>,
): Promise<Uint8Array | null> {
  const now = deps.now();
  if (now < feed.nextAt) return null;
  const headers: Record<string, string> = {
    'user-agent': `sitrep/${packageVersion()} (feed watcher)`,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
  const fail = (reason: string, retryAfterMs = 0): null => {
    feed.failures++;
    const backoff = Math.min(intervalMs * 2 ** feed.failures, Math.max(MAX_BACKOFF_SECONDS * 1000, intervalMs));
    const wait = Math.max(backoff, retryAfterMs);
    feed.nextAt = now + wait;
    deps.stderr.write(`sitrep watch: ${feed.url}: ${oneLine(reason)}; next try in ${Math.round(wait / 1000)} s\n`);
    return null;
  };
  try {
    const res = await deps.fetch(feed.url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (res.status === 304) {
      feed.failures = 0;
      feed.nextAt = now + intervalMs;
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      return fail(
        `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
        retryAfter(res.headers.get('retry-after'), now),
      );
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > DEFAULT_MAX_BYTES) {
      await res.body?.cancel();
      return fail(`feed too large: ${length} bytes`);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > DEFAULT_MAX_BYTES) return fail(`feed too large: ${bytes.length} bytes`);
    feed.etag = res.headers.get('etag');
    feed.lastModified = res.headers.get('last-modified');
    feed.failures = 0;
    feed.nextAt = now + intervalMs;
    // a server that ignores the conditional headers sends the same feed again: nothing new
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest === feed.digest) return null;
    feed.digest = digest;
    return bytes;
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    return fail(
      e.name === 'TimeoutError'
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : (e.cause?.code ?? e.cause?.message ?? e.message),
    );
  }
}

/** Retry-After as milliseconds from now: seconds, or an HTTP date. */
function retryAfter(header: string | null, now: number): number {
  if (!header) return 0;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : 0;
}

const defaultWatchDeps = (): WatchDeps => ({
  fetch: globalThis.fetch,
  now: () => Date.now(),
  analyze: defaultDeps,
  stdout: process.stdout,
  stderr: process.stderr,
});

/** The watch loop; returns the exit code. */
async function watchInputs(
  inputs: string[],
  options: WatchOptions,
  deps: WatchDeps = defaultWatchDeps(),
): Promise<number> {
  const intervalMs = options.intervalSeconds * 1000;
  const feeds: FeedState[] = inputs
    .filter(isUrl)
    .map((url) => ({ url, etag: null, lastModified: null, failures: 0, nextAt: 0 }));
  const paths = inputs.filter((i) => !isUrl(i));
  // what each file was (modification time and size) when last analysed
  const seen = new Map<string, string>();
  // a folder's complaint ("holds no file of a known kind") is said once, until it changes
  const said = new Map<string, string>();
  let stopped = false;
  let wake: (() => void) | null = null;
  const onSignal = (): void => {
    stopped = true;
    wake?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let stored = 0;
  let failed = false;
  deps.stdout.write(
    `sitrep watch: watching ${inputs.length} input${inputs.length === 1 ? '' : 's'} every ${options.intervalSeconds} s into ${printable(storeLocation(options.db))}; Ctrl-C to stop\n`,
  );
  try {
    while (!stopped) {
      const files: string[] = [];
      for await (const source of expandInputs(paths)) {
        if (source.kind === 'error') {
          if (said.get(source.file) !== source.reason)
            deps.stderr.write(`sitrep watch: ${source.file}: ${oneLine(source.reason)}\n`);
          said.set(source.file, source.reason);
          continue;
        }
        if (source.kind !== 'file') continue;
        said.delete(source.path);
        try {
          const st = await stat(source.path);
          if (deps.now() - st.mtimeMs < SETTLE_MS) continue; // still being written, perhaps
          const key = `${st.mtimeMs}:${st.size}`;
          if (seen.get(source.path) === key) continue;
          seen.set(source.path, key);
          files.push(source.path);
        } catch {
          // gone between the listing and the look: nothing to read
        }
      }
      const bodies: { url: string; bytes: Uint8Array }[] = [];
      for (const feed of feeds) {
        if (stopped) break;
        const bytes = await pollFeed(feed, intervalMs, deps);
        if (bytes) bodies.push({ url: feed.url, bytes });
      }
      if (!stopped && (files.length || bodies.length)) {
        const lines: string[] = [];
        const fromRound = async function* (): AsyncGenerator<IngestResult> {
          if (files.length) yield* deps.analyze.ingest(files);
          for (const { url, bytes } of bodies) yield* readSource(url, bytes);
        };
        const code = await analyzeInputs(
          [...files, ...bodies.map((b) => b.url)],
          { db: options.db, jobs: options.jobs, articleSeconds: options.articleSeconds, profile: options.profile },
          { ...deps.analyze, ingest: fromRound, stdout: { write: (s: string) => lines.push(s) } },
        );
        if (code === 130 || code === 143) break; // the signal was heard inside the run, which said what it kept
        if (code !== 0) failed = true;
        const first = lines.join('').split('\n')[0] ?? '';
        const fresh = /\((\d+) new/.exec(first);
        stored += fresh ? Number(fresh[1]) : 0;
        deps.stdout.write(`${stamp(deps.now())} ${first}\n`);
        if (code === 2 && !lines.length) return 2; // the store could not be opened
      }
      if (options.once) break;
      // sleep until the next round or the next feed due, whichever is first; a signal wakes it
      const dueFeed = Math.min(...feeds.map((f) => f.nextAt), Number.POSITIVE_INFINITY) - deps.now();
      const wait = Math.max(50, Math.min(paths.length ? intervalMs : Number.POSITIVE_INFINITY, dueFeed));
      if (!stopped)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      wake = null;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  deps.stdout.write(`sitrep watch: stopped; ${stored} new article${stored === 1 ? '' : 's'} stored while watching\n`);
  return options.once && failed ? 2 : 0;
}
