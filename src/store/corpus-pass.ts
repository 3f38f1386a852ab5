/**
 * The corpus pass over a store: under the store's write lock, so that another writer's pass
 * cannot interleave with it and whichever runs last sees everything. First the dates that depend
 * on what else is stored: articles dated from related ones are dated again from everything stored
 * (`redate`), and those whose dates changed are analysed again; then the corpus stages over every
 * stored article, their results saved. A store built in any split of runs, or by two writers, so
 * ends as one run over everything would leave it.
 */
import { asIngested, redate } from '../ingest/index.js';
import type { Article, Corpus } from '../model.js';
import type { analyseArticle, analyseCorpus } from '../pipeline.js';
import type { StoreBackend } from './backend.js';

interface CorpusPassStages {
  analyseArticle: typeof analyseArticle;
  analyseCorpus: typeof analyseCorpus;
}

/** Runs the pass; returns the corpus it saved and how many articles were dated again. */
export function runCorpusPass(
  store: StoreBackend,
  stages: CorpusPassStages,
  seconds?: number,
): Promise<{ corpus: Corpus; redated: number }> {
  return store.withWriteLock(async () => {
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
    return { corpus, redated: again.size };
  });
}
