/**
 * Tests that need a file to be unreadable run, as root, a child as an unprivileged user (root
 * reads through chmod 000). That child must itself reach the code it runs: a checkout inside a
 * folder only root can enter (/root/…, a 0700 `mktemp -d`) leaves it nothing to import.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** "nobody" on Debian and most Linux systems */
const NOBODY = { uid: 65534, gid: 65534 };

/** null when `uid:gid` can import the module `file`; otherwise why it cannot, in one line. */
export function cannotImportAs(file: string, user: { uid: number; gid: number } = NOBODY): string | null {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)})`],
    {
      ...user,
      encoding: 'utf8',
      cwd: '/',
    },
  );
  if (run.error) return `user ${user.uid} cannot run ${process.execPath}: ${run.error.message}`;
  if (run.status === 0) return null;
  const reason =
    /\b(EACCES|ERR_MODULE_NOT_FOUND|permission denied)\b[^\n]*/i.exec(run.stderr)?.[0] ?? `exit ${run.status}`;
  return `user ${user.uid} cannot import ${file} (is the checkout in a folder only root can enter?): ${reason}`;
}
