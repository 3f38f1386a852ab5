/**
 * The corpus as a store holds it, and how the server notices that another process (a later
 * `sitrep analyze`) changed the store: both used by the server's writer thread.
 */
import type { Corpus } from '../model.js';
import type { StoreBackend } from '../store/backend.js';

/** Everything the server serves, read from the store: articles, corpus results, control snapshots. */
export async function storeCorpus(store: StoreBackend): Promise<Corpus> {
  return { ...(await store.loadCorpus()), control: await store.loadControl() };
}

/** Writes by another process are taken in once they have paused this long (an analyze run's last commit). */
export const QUIET_MS = 1000;
/** How often the writer thread asks the store whether it changed. */
export const LOOK_EVERY_MS = 250;

/**
 * What another process commits to the store is served without a restart. An analyze run commits
 * once per article and then the corpus pass; reloading after each would cost a whole load per
 * article, so the corpus is read again only once the writes have paused for QUIET_MS. The
 * connection's own writes (POSTed articles) do not count: whoever wrote them knows.
 */
export function followStore(
  store: StoreBackend,
  /** what `changedElsewhere` said just before the served corpus was read */
  version: number,
  clock: () => number = () => performance.now(),
): () => Promise<Corpus | null> {
  let served = version;
  let seen = served;
  let seenAt = clock();
  let lookedAt = -Infinity;
  return async () => {
    const now = clock();
    if (now - lookedAt < LOOK_EVERY_MS) return null;
    lookedAt = now;
    const version = await store.changedElsewhere();
    if (version !== seen) {
      seen = version;
      seenAt = now;
    }
    if (seen === served || now - seenAt < QUIET_MS) return null;
    served = seen;
    return storeCorpus(store);
  };
}
