/**
 * `npm run soak [-- --kills N] [--articles N] [--split N] [--tail N]`: `sitrep analyze` killed with SIGKILL at N random
 * moments (20 by default) while it stores a generated corpus into one store, rerun each time;
 * after every kill SQLite's integrity check must pass, and once a run completes the store must
 * equal the store of one uninterrupted run (dumped table by table). Exit code 1 otherwise.
 * (A short version, one kill, runs in `npm test`: test/cli/analyze.test.ts.) Then split runs on
 * real reporting (./split-runs.ts): --split N reports (340) in one run, in two runs (the last
 * --tail of them, 20, second) and by two writers given halves, each compared with the one run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { Store } from '../store/index.js';
import { splitRuns } from './split-runs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'sitrep.js');

/** Reports written for the soak: every one differs in its numbers and places. */
function writeCorpus(target: string, n: number): void {
  // prettier-ignore
  const towns = ['Balakliia', 'Kupiansk', 'Izium', 'Lyman', 'Kramatorsk', 'Sloviansk', 'Chuhuiv', 'Vovchansk'];
  mkdirSync(target, { recursive: true });
  for (let i = 0; i < n; i++) {
    const town = towns[i % towns.length]!;
    const other = towns[(i * 3 + 1) % towns.length]!;
    const day = 6 + (i % 7);
    const text = [
      `Bulletin ${i} on ${town}`,
      '',
      `${day} September 2022`,
      '',
      `The general staff said on ${day} September 2022 that its units had pushed ${i + 4} kilometres towards ${town}.`,
      `Artillery fire near ${other} killed ${i % 4} people and injured ${(i % 6) + 1}, according to the regional administration.`,
      `Moscow said its forces had beaten back ${(i % 8) + 3} assaults around ${town} and ${other}.`,
    ].join('\n');
    writeFileSync(join(target, `bulletin-${String(i).padStart(4, '0')}.txt`), text + '\n');
  }
}

function articles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

function integrity(db: string): string {
  if (!existsSync(db)) return 'ok';
  const conn = new Database(db, { fileMustExist: true });
  try {
    return String((conn.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check);
  } finally {
    conn.close();
  }
}

function dump(db: string): string {
  const store = Store.open(db);
  try {
    return store.dump();
  } finally {
    store.close();
  }
}

export async function run(argv: string[] = process.argv.slice(2)): Promise<boolean> {
  const { values } = parseArgs({
    args: argv,
    options: {
      kills: { type: 'string' },
      articles: { type: 'string' },
      split: { type: 'string' },
      tail: { type: 'string' },
    },
  });
  const kills = Number(values.kills ?? 20);
  const n = Number(values.articles ?? 80);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-soak-'));
  try {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, n);
    const t0 = performance.now();
    const clean = spawnSync(process.execPath, [bin, 'analyze', corpus, '--db', join(dir, 'clean.db')], {
      cwd: root,
      encoding: 'utf8',
    });
    const cleanMs = performance.now() - t0;
    if (clean.status !== 0) throw new Error(`the clean run failed: ${clean.stderr}`);
    console.log(`soak: ${n} articles; one clean run takes ${Math.round(cleanMs)} ms; ${kills} kills`);

    // kills go into one store until it holds every article; then it is finished with a last
    // run, compared with the clean one, and the next kills go into a new store
    const cleanDump = dump(join(dir, 'clean.db'));
    let round = 0;
    let db = join(dir, `killed-${round}.db`);
    let landed = 0;
    let bad = 0;
    let compared = 0;
    let differ = 0;
    const finish = () => {
      const rerun = spawnSync(process.execPath, [bin, 'analyze', corpus, '--db', db], { cwd: root, encoding: 'utf8' });
      const same = rerun.status === 0 && dump(db) === cleanDump;
      compared++;
      if (!same) differ++;
      console.log(
        `  store ${round + 1} finished by a last run: ${same ? 'equals' : 'DIFFERS from'} the uninterrupted run's`,
      );
    };
    for (let k = 0; k < kills; k++) {
      const child = spawn(process.execPath, [bin, 'analyze', corpus, '--db', db], { cwd: root, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
      // anywhere in a run: start-up, the article stages, the corpus pass
      await new Promise((r) => setTimeout(r, Math.random() * cleanMs));
      const running = child.exitCode === null;
      child.kill('SIGKILL');
      const signal = await exited;
      if (running && signal === 'SIGKILL') landed++;
      const check = integrity(db);
      if (check !== 'ok') bad++;
      const stored = articles(db);
      console.log(
        `  kill ${k + 1}: ${running ? 'mid-run' : 'after it finished'}, ${stored} of ${n} articles stored, integrity ${check}`,
      );
      if (stored === n) {
        finish();
        db = join(dir, `killed-${++round}.db`);
      }
    }
    if (articles(db) > 0) finish();
    console.log(
      `${landed} of ${kills} kills landed mid-run; integrity failures ${bad}; ${compared} stores finished, ${differ} differ from one uninterrupted run's`,
    );
    const split = await splitRuns(dir, Number(values.split ?? 340), Number(values.tail ?? 20));
    return differ === 0 && bad === 0 && split !== false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = (await run()) ? 0 : 1;
}
