/**
 * What the server shares between its plugins, as one fastify decoration (`app.sitrep`): the
 * corpus view the routes read, and the writer that takes accepted articles.
 */
import type { Corpus } from '../model.js';
import { CorpusView } from './view.js';
import type { CorpusWriter } from './writer.js';

interface SitrepState {
  view: CorpusView;
  allowWrite: boolean;
  token: string | null;
  /** analyses and keeps a new article; `view` includes it once the promise resolves */
  writer: CorpusWriter;
  replace(corpus: Corpus): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sitrep: SitrepState;
  }
}

export function createState(
  corpus: Corpus,
  opts: { allowWrite: boolean; token: string | null; writer: CorpusWriter },
): SitrepState {
  const state: SitrepState = {
    view: new CorpusView(corpus),
    allowWrite: opts.allowWrite,
    token: opts.token,
    writer: opts.writer,
    replace(next: Corpus) {
      state.view = new CorpusView(next);
    },
  };
  opts.writer.attach((update) => state.replace(update(state.view.corpus)));
  return state;
}
