/**
 * `sitrep reanalyze`: runs every stage again over the articles already stored, from their text
 * and what ingest read (title, outlet, dates, wire credits), then the corpus stages: after an
 * upgrade whose rules changed, the store holds what the new version finds, with no need to keep
 * or re-read the original files.
 */
import type { Article } from '../../model.js';
import { asIngested } from '../../ingest/index.js';
import { DEFAULT_ARTICLE_SECONDS } from '../../pipeline.js';
import { DEFAULT_DB } from '../../store/index.js';
import { storeLocation } from '../../store/backend.js';
import { oneLine } from '../../text/one-line.js';
import { command, noOperands } from '../command.js';
import { openStoreOrSay } from '../store.js';
import { runOptions, runOptionSpecs } from '../run-options.js';
import {
  analyseAndStore,
  corpusPass,
  defaultDeps,
  listenForStop,
  summary,
  type AnalyzeCounts,
  type AnalyzeDeps,
} from './analyze.js';

const usage = `Usage: sitrep reanalyze [--db FILE|URL] [--jobs N] [--profile ID|FILE] [--article-timeout SECONDS]

Runs every article stage again over the stored articles (their text and what ingest read of
them: title, outlet, publication date, wire credits), replacing what earlier versions found,
then the corpus stages over everything, and prints a summary. Use it after upgrading sitrep.

Options:
  --db FILE|URL   the store: an SQLite file (default: $SITREP_DB, else ./${DEFAULT_DB}) or postgres://…; never created
  --jobs N    threads for the article stages (default: one per core)
  --profile ID|FILE
              read every article with this conflict profile (see analyze); without it, an article
              is read with the profile it was analysed with if that was forced, else its places'
  --article-timeout SECONDS
              as for \`analyze\` (default ${DEFAULT_ARTICLE_SECONDS})

Ctrl-C (or SIGTERM) stops after the article in hand; the store then mixes both versions' findings
until reanalyze is run again to the end.

Exit codes: 0 success, 1 usage error, 2 the store could not be opened or some article failed,
130/143 stopped by SIGINT/SIGTERM.`;

export const reanalyze = command({
  name: 'reanalyze',
  usage,
  options: { db: { type: 'string' }, ...runOptionSpecs },
  async run(values, operands) {
    noOperands(operands, 'reanalyze reads the store; to add articles, use analyze');
    return reanalyzeStore({ db: values.db, ...runOptions(values) });
  },
});

async function reanalyzeStore(
  options: { db?: string; jobs?: number; articleSeconds?: number; profile?: string },
  deps: AnalyzeDeps = defaultDeps,
): Promise<number> {
  const opened = await openStoreOrSay(storeLocation(options.db), { create: false, who: 'sitrep', stderr: deps.stderr });
  if (!opened) return 2;
  const store = opened;
  const dbPath = store.location;
  const counts: AnalyzeCounts = { newArticles: 0, alreadyStored: 0, failed: 0, stageErrors: 0 };
  const signals = listenForStop(deps.stderr, counts, 're-analysed; run reanalyze again to finish');
  try {
    const fail = (file: string, reason: string): void => {
      counts.failed++;
      deps.stderr.write(`sitrep: ${file}: ${oneLine(reason)}\n`);
    };
    // the ids only: each article is read when a thread is ready for it, so memory stays flat
    const ids = await store.articleIds();
    async function* articles(): AsyncGenerator<Article> {
      for (const id of ids) {
        const stored = await store.loadArticle(id);
        // a profile forced at analysis (--profile) was the user's reading of the article: kept
        if (stored)
          yield stored.profile?.by === 'forced'
            ? { ...asIngested(stored), profile: stored.profile }
            : asIngested(stored);
      }
    }
    await analyseAndStore(articles(), ids.length, {
      store,
      deps,
      options,
      counts,
      fail,
      stopped: () => signals.signal() !== null,
    });
    if (signals.signal()) return signals.stop();
    const pass = await corpusPass(store, deps, dbPath, options.articleSeconds);
    deps.stdout.write(summary(pass, counts, dbPath, undefined, 're-analysed') + '\n');
    return counts.failed > 0 || pass.failed ? 2 : 0;
  } finally {
    signals.dispose();
    await store.close();
  }
}
