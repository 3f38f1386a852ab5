import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// CLI tests spawn bin/sitrep.js, which runs the compiled dist/: build it once per test run.
// SITREP_SKIP_BUILD=1 skips this while iterating on tests that do not spawn the CLI.
export default function setup(): void {
  if (process.env.SITREP_SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
