/**
 * How the server's writer thread notices that another process (a later `sitrep analyze`) changed
 * the store.
 */
import type { StoreBackend } from '../store/backend.js';

/** Writes by another process are taken in once they have paused this long (an analyze run's last commit). */
export const QUIET_MS = 1000;
/** How often the writer thread asks the store whether it changed. */
export const LOOK_EVERY_MS = 250;

/**
 * What another process commits to the store is served without a restart: the function returned
 * says when the store is to be read again (true), which the server's writer thread does as rows
 * (./delta.ts rowsDelta). An analyze run commits
 * once per article and then the corpus pass; reloading after each would cost a whole load per
 * article, so the corpus is read again only once the writes have paused for QUIET_MS. The
 * connection's own writes (POSTed articles) do not count: whoever wrote them knows.
 */
export function followStore(
  store: StoreBackend,
  /** what `changedElsewhere` said just before the served corpus was read */
  version: number,
  clock: () => number = () => performance.now(),
): () => Promise<boolean> {
  let served = version;
  let seen = served;
  let seenAt = clock();
  let lookedAt = -Infinity;
  return async () => {
    const now = clock();
    if (now - lookedAt < LOOK_EVERY_MS) return false;
    lookedAt = now;
    const version = await store.changedElsewhere();
    if (version !== seen) {
      seen = version;
      seenAt = now;
    }
    if (seen === served || now - seenAt < QUIET_MS) return false;
    served = seen;
    return true;
  };
}
