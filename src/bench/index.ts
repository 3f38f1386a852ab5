/**
 * `npm run bench`: runs every benchmark module beside this file, one after the other (never in
 * parallel: the machine's cores are shared). A module exports `run()`; one that runs on import
 * is simply imported.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.js') && f !== 'index.js')
  .sort();
for (const m of modules) {
  console.log(`\n== bench ${m.replace(/\.js$/, '')} ==`);
  const mod = (await import(pathToFileURL(`${here}/${m}`).href)) as { run?: () => unknown };
  if (typeof mod.run === 'function') await mod.run();
}
