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

/**
 * Whether two corpora hold the same lists, by reference: a corpus delta keeps every list it does
 * not change (./delta.ts), so a delta that changed nothing gives the same lists in a new object.
 */
function sameLists(a: Corpus, b: Corpus): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Corpus)[]);
  return [...keys].every((k) => a[k] === b[k]);
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
      // the same lists (an update that changed nothing): the same view, and the same version
      if (sameLists(state.view.corpus, next)) return;
      state.view = new CorpusView(next, state.view);
    },
  };
  opts.writer.attach((update) => state.replace(update(state.view.corpus)));
  return state;
}
