/**
 * The corpus pass over a store: under the store's write lock, so that another writer's pass
 * cannot interleave with it and whichever runs last sees everything. First the dates that depend
 * on what else is stored: articles dated from related ones are dated again from everything stored
 * (`redate`), and those whose dates changed are analysed again; then the corpus stages over every
 * stored article, their results saved. A store built in any split of runs, or by two writers, so
 * ends as one run over everything would leave it.
 *
 * Memory and time: when every stored article has its signature (articles stored by this
 * version), the pass holds only what the corpus stages need of each
 * (CORPUS_HELD: a few KB), and reads whole, a page at a time, only the articles whose corpus row
 * may have changed since the last pass (analyseStoredCorpus), keeping the others' rows; so
 * adding ten articles to a store of 20,000 reads few more than ten, in little more memory than
 * a store of 1,000 needs. Undated articles are dated again from every stored text (not the
 * analysed layers). Articles without a signature (none stored by this version) make the pass load
 * every article whole, as before.
 */
import { asIngested, needsRedating, redate } from '../ingest/index.js';
import { passHeapGrowing } from '../heap-growing.js';
import { hasSignature } from '../ingest/duplicates.js';
import type { Article, Corpus } from '../model.js';
import { CORPUS_HELD, type analyseArticle, type analyseCorpus, type analyseStoredCorpus } from '../pipeline.js';
import type { StoreBackend } from './backend.js';
import { Census, type LayerCounts } from './census.js';
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

// corpus rows written this many at a time
const PAGE = 500;

/** Runs the pass. */
export async function runCorpusPass(
  store: StoreBackend,
  stages: CorpusPassStages,
  seconds?: number,
): Promise<CorpusPassResult> {
  passHeapGrowing(true);
  try {
    return await passUnderLock(store, stages, seconds);
  } finally {
    passHeapGrowing(false);
  }
}

function passUnderLock(store: StoreBackend, stages: CorpusPassStages, seconds?: number): Promise<CorpusPassResult> {
  return store.withWriteLock(async () => {
    if (stages.analyseStoredCorpus) {
      let held = await store.loadHeld(['read_dates', ...CORPUS_HELD]);
      if (held.articles.every(hasSignature)) {
        let redated = 0;
        if (needsRedating(held.articles)) {
          // dating again reads every text (the place names an article shares with others), not
          // the analysed layers: the articles as ingest made them, then the few dated otherwise
          // analysed and stored again, and what the pass holds read again
          const ingested = await store.loadHeld(['signature', 'read_dates', 'messages'], { text: true });
          const again = redate(ingested.articles.map(asIngested));
          for (const a of again) await store.saveArticle(stages.analyseArticle(a, { seconds }));
          redated = again.length;
          if (redated) held = await store.loadHeld(['read_dates', ...CORPUS_HELD]);
        }
        return { ...(await heldPass(store, stages.analyseStoredCorpus, held)), redated };
      }
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

/**
 * The pass holding CORPUS_HELD of each article: it reads whole only the articles whose corpus row
 * may have changed, saves their rows a page at a time, and keeps the others' rows.
 */
async function heldPass(
  store: StoreBackend,
  analyse: typeof analyseStoredCorpus,
  { articles: held, counts }: { articles: Article[]; counts: Map<string, LayerCounts> },
): Promise<CorpusPassResult> {
  const control = await store.loadControl();
  const settled = await store.settledIds();
  const keys = await store.corpusKeys();
  await store.clearCorpus();
  let rows: ArticleCorpusRow[] = [];
  const corpus = await analyse(
    {
      held,
      keys,
      control,
      settled,
      articles: (ids) => store.articlesById(ids),
      layers: async (ids, layers, text) => (await store.loadHeld(layers, { ids, text, counts: false })).articles,
    },
    async (before, after, key) => {
      rows.push(articleCorpusRow(after, before, key));
      if (rows.length < PAGE) return;
      await store.saveArticleCorpus(rows);
      rows = [];
    },
  );
  if (rows.length) await store.saveArticleCorpus(rows);
  await store.saveCorpusResults(corpus);
  // the layers the summary counts are the article stages' (the corpus stages rewrite claims, not
  // their number): counted by the database; the duplicate links are this pass's
  const census = new Census();
  for (const a of corpus.articles) census.addCounted(a, counts.get(a.id)!);
  return { corpus, census, redated: 0 };
}
