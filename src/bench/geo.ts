/**
 * `npm run bench:geo`: speed and memory of the geo stage.
 *   - start-up: a fresh process that loads the gazetteer and geoparses one article (Node start,
 *     module loading, the compiled gazetteer, wink-nlp's model, the first article), beside a
 *     fresh process that only runs the text stage on the same article (the baseline)
 *   - throughput: articles per second of the geo stage alone over every article of the
 *     evaluation sets and the seeds, first pass (no warm caches), beside the text stage over
 *     the same articles in the same run
 *   - peak resident memory of this process
 * Figures are printed with their ratios to the baseline; the machine may be shared, so the
 * ratios are the stable figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGritta } from '../eval/geo-data.js';
import { geoparse } from '../geo/index.js';
import { getGazetteer } from '../geo/gazetteer.js';
import { packageRoot } from '../geo/paths.js';
import { textArticle, type Article } from '../model.js';
import { analyseText } from '../text/analyse.js';

const shared = join(packageRoot, '..', 'shared');

const article = (id: string, text: string): Article => textArticle(text, id);

function texts(): string[] {
  const out: string[] = [];
  for (const [file, kind] of [
    ['tr-news.xml', 'tr-news'],
    ['geowebnews.xml', 'geowebnews'],
  ] as const) {
    const path = join(shared, 'eval', 'geoparse', file);
    if (existsSync(path)) out.push(...parseGritta(readFileSync(path, 'utf8'), kind).docs.map((d) => d.text));
  }
  const seeds = join(shared, 'corpus', 'seeds');
  if (existsSync(seeds))
    for (const f of readdirSync(seeds).sort()) out.push(readFileSync(join(seeds, f), 'utf8').replace(/^\uFEFF/, ''));
  return out;
}

/** Child mode: time from process start to the first article done. */
function child(mode: string, file: string): void {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let a = analyseText(article('startup', text));
  if (mode === 'geo') a = geoparse(a);
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      ms: performance.now(),
      cpuMs: (cpu.user + cpu.system) / 1000,
      toponyms: a.toponyms?.length ?? 0,
    }) + '\n',
  );
}

/** Child mode: the compiled gazetteer's load time and the resident memory it adds. */
function childLoad(): void {
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  const g = getGazetteer();
  const ms = performance.now() - t;
  process.stdout.write(
    JSON.stringify({ ms, rssMB: (process.memoryUsage().rss - rss) / 2 ** 20, names: g.lookup('Kharkiv').length }) +
      '\n',
  );
}

function startup(mode: 'geo' | 'text', file: string): { ms: number; cpuMs: number } {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, file], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; cpuMs: number };
}

/**
 * The gazetteer as shipped (cities500 and the bundled GeoNames country dumps) beside cities500
 * alone (the gazetteer before the dumps were bundled), each from its own warm cache, in fresh
 * processes; best load time and median added RSS of five runs each.
 */
function gazetteerLoad(): { bundled: { ms: number; rssMB: number }; cities500: { ms: number; rssMB: number } } {
  const bareCache = mkdtempSync(join(tmpdir(), 'sitrep-bench-gazetteer-'));
  const bare = { ...process.env, SITREP_CACHE: bareCache, SITREP_GEONAMES_DIR: join(bareCache, 'none') };
  const run = (env: NodeJS.ProcessEnv) =>
    JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child-load'], {
        encoding: 'utf8',
        env,
      }).trim(),
    ) as { ms: number; rssMB: number };
  try {
    run(bare); // compiles the cities500-only cache outside the timing
    const rounds = [0, 1, 2, 3, 4].map(() => [run(process.env), run(bare)] as const);
    const summary = (k: 0 | 1) => {
      const xs = rounds.map((r) => r[k]);
      const rss = xs.map((x) => x.rssMB).sort((a, b) => a - b);
      return { ms: Math.min(...xs.map((x) => x.ms)), rssMB: rss[Math.floor(rss.length / 2)]! };
    };
    return { bundled: summary(0), cities500: summary(1) };
  } finally {
    rmSync(bareCache, { recursive: true, force: true });
  }
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};

function main(): void {
  const all = texts();
  if (!all.length) {
    console.log(`skip bench:geo: no articles under ${shared}`);
    return;
  }
  const seedDir = join(shared, 'corpus', 'seeds');
  const first = existsSync(seedDir) ? join(seedDir, readdirSync(seedDir).sort()[0]) : null;
  getGazetteer(); // make sure the cache exists before timing start-up
  let startGeo = { ms: NaN, cpuMs: NaN };
  let startText = { ms: NaN, cpuMs: NaN };
  if (first) {
    const runs = [0, 1, 2].map(() => [startup('text', first), startup('geo', first)]);
    const best = (k: 0 | 1) => runs.map((r) => r[k]).reduce((a, b) => (b.ms < a.ms ? b : a));
    startText = best(0);
    startGeo = best(1);
  }
  let t = performance.now();
  let c = process.cpuUsage();
  const analysed = all.map((x, i) => analyseText(article(String(i), x)));
  const textSeconds = (performance.now() - t) / 1000;
  const textCpu = cpuSeconds(c);
  t = performance.now();
  c = process.cpuUsage();
  let toponyms = 0;
  for (const a of analysed) toponyms += geoparse(a).toponyms?.length ?? 0;
  const geoSeconds = (performance.now() - t) / 1000;
  const geoCpu = cpuSeconds(c);
  const rssMB = process.resourceUsage().maxRSS / 1024;
  const geoRate = all.length / geoSeconds;
  const textRate = all.length / textSeconds;
  const chars = all.reduce((s, x) => s + x.length, 0) / all.length;
  console.log(`articles: ${all.length} (mean ${chars.toFixed(0)} characters), toponyms: ${toponyms}`);
  const load = loadavg()[0];
  console.log(
    `machine: ${cpus().length} cores, load average ${load.toFixed(1)} (wall-clock figures suffer when it exceeds the cores; CPU-time figures much less)`,
  );
  console.log(
    `start-up (process start → first article done): geo ${startGeo.ms.toFixed(0)} ms wall / ${startGeo.cpuMs.toFixed(0)} ms CPU, ` +
      `text stage only ${startText.ms.toFixed(0)} ms wall / ${startText.cpuMs.toFixed(0)} ms CPU (ratio ${(startGeo.ms / startText.ms).toFixed(2)} wall, ${(startGeo.cpuMs / startText.cpuMs).toFixed(2)} CPU); ` +
      `bar < 1000 ms: ${startGeo.ms < 1000 ? 'met' : startGeo.cpuMs < 1000 ? 'met in CPU time, not in wall time on this loaded machine' : 'NOT met'}`,
  );
  const geoCpuRate = all.length / geoCpu;
  console.log(
    `throughput after start-up: geo stage ${geoRate.toFixed(0)} articles/s wall, ${geoCpuRate.toFixed(0)} per CPU-second (one core); ` +
      `text stage ${textRate.toFixed(0)} wall, ${(all.length / textCpu).toFixed(0)} per CPU-second (geo/text ${(geoRate / textRate).toFixed(2)}); ` +
      `bar >= 200 articles/s: ${geoRate >= 200 ? 'met' : geoCpuRate >= 200 ? 'met in CPU time, not in wall time on this loaded machine' : 'NOT met'}`,
  );
  console.log(`peak RSS: ${rssMB.toFixed(0)} MB; bar < 1024 MB: ${rssMB < 1024 ? 'met' : 'NOT met'}`);
  const load2 = gazetteerLoad();
  const { bundled: b, cities500: c5 } = load2;
  console.log(
    `gazetteer load (fresh process, warm cache): as shipped ${b.ms.toFixed(0)} ms, +${b.rssMB.toFixed(0)} MB RSS; ` +
      `cities500 alone ${c5.ms.toFixed(0)} ms, +${c5.rssMB.toFixed(0)} MB (ratio ${(b.ms / c5.ms).toFixed(2)}, ${(b.rssMB - c5.rssMB).toFixed(0)} MB more); ` +
      `bars <= 500 ms and <= 150 MB more: ${b.ms <= 500 ? 'met' : 'NOT met'}, ${b.rssMB - c5.rssMB <= 150 ? 'met' : 'NOT met'}`,
  );
}

if (process.argv[2] === '--child') child(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--child-load') childLoad();
else main();
