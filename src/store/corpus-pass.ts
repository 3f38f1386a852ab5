/**
 * The corpus pass over a store: under the store's write lock, so that another writer's pass
 * cannot interleave with it and whichever runs last sees everything. First the dates that depend
 * on what else is stored: articles dated from related ones are dated again from everything stored
 * (`redate`), and those whose dates changed are analysed again; then the corpus stages over every
 * stored article, their results saved. A store built in any split of runs, or by two writers, so
 * ends as one run over everything would leave it.
 *
 * Memory: when every stored article has its publication date and its signature (articles stored
 * by this version), the pass holds only what the corpus stages need of each (CORPUS_HELD: a few
 * KB) and reads the whole articles a page at a time, saving each page's results as it goes; so a
 * store of 20,000 articles needs little more memory than one of 1,000. Otherwise (undated
 * articles to date again from everything stored) it loads every article whole, as before.
 */
import { asIngested, needsRedating, redate } from '../ingest/index.js';
import { hasSignature } from '../ingest/duplicates.js';
import type { Article, Corpus } from '../model.js';
import { CORPUS_HELD, type analyseArticle, type analyseCorpus, type analyseStoredCorpus } from '../pipeline.js';
import type { StoreBackend } from './backend.js';
import { Census } from './census.js';
import { articleCorpusRow, type ArticleCorpusRow } from './rows.js';

interface CorpusPassStages {
  analyseArticle: typeof analyseArticle;
  analyseCorpus: typeof analyseCorpus;
  /** when given, the pass holds only CORPUS_HELD of each article where it can (see above) */
  analyseStoredCorpus?: typeof analyseStoredCorpus;
}

/** The corpus the pass saved, the summary's counts of its articles, and how many articles were dated again. */
export interface CorpusPassResult {
  /** the corpus layers complete; its articles whole, or (a pass that held little) as held */
  corpus: Corpus;
  census: Census;
  redated: number;
}

// whole articles read, and their corpus rows written, this many at a time
const PAGE = 500;

/** Runs the pass. */
export function runCorpusPass(
  store: StoreBackend,
  stages: CorpusPassStages,
  seconds?: number,
): Promise<CorpusPassResult> {
  return store.withWriteLock(async () => {
    if (stages.analyseStoredCorpus) {
      const held = await store.loadHeld(['read_dates', ...CORPUS_HELD]);
      if (!needsRedating(held) && held.every(hasSignature)) return heldPass(store, stages.analyseStoredCorpus, held);
    }
    let articles = await store.loadArticles();
    const again = new Map<string, Article>();
    for (const a of redate(articles.map(asIngested))) {
      const analysed = stages.analyseArticle(a, { seconds });
      await store.saveArticle(analysed);
      again.set(a.id, analysed);
    }
    if (again.size) articles = articles.map((a) => again.get(a.id) ?? a);
    const corpus = stages.analyseCorpus(articles, await store.loadControl(), await store.settledIds());
    // handing over what was loaded spares saveCorpus a second load of every article
    await store.saveCorpus(corpus, articles);
    return { corpus, census: Census.of(corpus), redated: again.size };
  });
}

/** The pass holding CORPUS_HELD of each article, the whole articles read and saved a page at a time. */
async function heldPass(
  store: StoreBackend,
  analyse: typeof analyseStoredCorpus,
  held: Article[],
): Promise<CorpusPassResult> {
  const census = new Census();
  const control = await store.loadControl();
  const settled = await store.settledIds();
  await store.clearCorpus();
  let rows: ArticleCorpusRow[] = [];
  const corpus = await analyse(
    {
      held,
      control,
      settled,
      article: async (id) => {
        const a = await store.loadArticle(id);
        if (!a) throw new Error(`article ${id} is no longer stored`);
        return a;
      },
      pages: async function* () {
        let after: { path: string; id: string } | null = null;
        for (;;) {
          const page = await store.articlePage(after, PAGE);
          if (!page.length) return;
          yield page;
          const last = page[page.length - 1]!;
          after = { path: last.path, id: last.id };
        }
      },
    },
    async (before, after) => {
      census.add(after);
      rows.push(articleCorpusRow(after, before));
      if (rows.length < PAGE) return;
      await store.saveArticleCorpus(rows);
      rows = [];
    },
  );
  if (rows.length) await store.saveArticleCorpus(rows);
  await store.saveCorpusResults(corpus);
  return { corpus, census, redated: 0 };
}
