import { openStore, printable, type StoreBackend } from '../store/backend.js';
import { oneLine } from '../text/one-line.js';

/**
 * Opens the store at `location` for a command, or says on stderr why it cannot be opened, as
 * `<who>: <location>: <reason>` on one line, and gives null: the command then exits with 2.
 */
export async function openStoreOrSay(
  location: string,
  options: { create?: boolean; who: string; stderr?: { write(s: string): unknown } },
): Promise<StoreBackend | null> {
  const store = await openStore(location, { create: options.create });
  if (!('error' in store)) return store;
  (options.stderr ?? process.stderr).write(`${options.who}: ${printable(location)}: ${oneLine(store.error)}\n`);
  return null;
}
