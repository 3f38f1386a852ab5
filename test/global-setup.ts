import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// CLI tests spawn bin/sitrep.js, which runs the compiled dist/: build it once per test run,
// then make sure the gazetteer cache exists, so that parallel test workers never race to
// compile it (`prepare` builds it at install; this is a no-op when it is current).
// SITREP_SKIP_BUILD=1 skips both while iterating on tests that do not spawn the CLI.
export default function setup(): void {
  if (process.env.SITREP_SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  run([`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json']);
  run(['-e', "import('./dist/geo/gazetteer.js').then((m) => m.getGazetteer())"]);
}
