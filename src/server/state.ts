/**
 * What the server shares between its plugins, as one fastify decoration (`app.sitrep`): the
 * corpus view the routes read, and how an accepted article reaches the store.
 */
import type { Article, Corpus } from '../model.js';
import { CorpusView } from './view.js';

export interface SitrepState {
  view: CorpusView;
  allowWrite: boolean;
  token: string | null;
  /** keeps a newly analysed article (in the store, when there is one) and returns the new corpus */
  addArticle: (article: Article, current: Corpus) => Promise<Corpus> | Corpus;
  replace(corpus: Corpus): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sitrep: SitrepState;
  }
}

export function createState(
  corpus: Corpus,
  opts: { allowWrite: boolean; token: string | null; addArticle: SitrepState['addArticle'] },
): SitrepState {
  const state: SitrepState = {
    view: new CorpusView(corpus),
    allowWrite: opts.allowWrite,
    token: opts.token,
    addArticle: opts.addArticle,
    replace(next: Corpus) {
      state.view = new CorpusView(next);
    },
  };
  return state;
}
