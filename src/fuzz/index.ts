/**
 * `npm run fuzz [-- --runs N] [--seed S] [--budget SECONDS] [--reader NAME]`: N generated inputs per reader (10,000
 * by default) through the same checks as the tests, then a summary: inputs and articles per
 * reader, problems (each with its first input, shrunk by nothing: printed as generated), refusal
 * reasons by kind, the slowest inputs, and peak RSS. Exit code 1 when any input found a problem.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { progress } from '../cli/progress.js';
import { readers, showInput } from './readers.js';

const kindOf = (reason: string) =>
  reason
    .replace(/^[^:]*\.(?:txt|md|html|json|jsonl|xml|atom|geojson)(?:#\d+)?: /u, '')
    .replace(/"[^"]*"|\d+(?:\.\d+)?/gu, '…')
    .slice(0, 70);

export async function run(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      seed: { type: 'string' },
      budget: { type: 'string' },
      reader: { type: 'string', multiple: true },
    },
  });
  const runs = Number(values.runs ?? 10_000);
  const seed = Number(values.seed ?? Date.now() % 2 ** 31);
  const budget = Number(values.budget ?? 30);
  let peak = process.memoryUsage().rss;
  let failed = 0;
  console.log(`fuzz: ${runs} inputs per reader, seed ${seed}, ${budget} s budget per article`);
  // --reader picks readers by a part of their name ("geonames", "post"); default: all
  const wanted = (values.reader ?? []).map((r) => r.toLowerCase());
  const chosen = readers.filter((r) => !wanted.length || wanted.some((w) => r.name.toLowerCase().includes(w)));
  if (!chosen.length) {
    console.error(`fuzz: no reader named like ${wanted.join(', ')}; readers: ${readers.map((r) => r.name).join(', ')}`);
    return 1;
  }
  for (const reader of chosen) {
    // generated in chunks, so that thousands of inputs are never held at once
    const CHUNK = 250;
    const samples = (function* () {
      for (let done = 0; done < runs; done += CHUNK)
        yield* fc.sample(reader.arbitrary, { numRuns: Math.min(CHUNK, runs - done), seed: seed + done });
    })();
    const reasons = new Map<string, number>();
    const problems = new Map<string, { count: number; input: string }>();
    const slowest: { ms: number; input: string }[] = [];
    let accepted = 0;
    const bar = progress(reader.name, runs, process.stderr);
    const opened = await reader.open(budget, true);
    for (const input of samples) {
      const t0 = performance.now();
      const out = await opened.run(input);
      const ms = performance.now() - t0;
      accepted += out.accepted;
      for (const r of out.reasons) reasons.set(kindOf(r), (reasons.get(kindOf(r)) ?? 0) + 1);
      const shown = showInput(input);
      for (const p of out.problems) {
        const k = p.slice(0, 90);
        const seen = problems.get(k);
        if (seen) seen.count++;
        else problems.set(k, { count: 1, input: shown.slice(0, 200) });
      }
      slowest.push({ ms, input: shown.slice(0, 80) });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 3);
      peak = Math.max(peak, process.memoryUsage().rss);
      bar.tick();
    }
    bar.done();
    const closing = await opened.close?.();
    peak = Math.max(peak, process.memoryUsage().rss);
    if (closing) {
      for (const p of closing.problems) {
        const k = p.slice(0, 90);
        const seen = problems.get(k);
        if (seen) seen.count++;
        else problems.set(k, { count: 1, input: '(the import at the close)' });
      }
    }
    const bad = [...problems.values()].reduce((n, p) => n + p.count, 0);
    failed += bad;
    console.log(
      `\n${reader.name}: ${runs} inputs, ${accepted} accepted, ${[...reasons.values()].reduce((a, b) => a + b, 0)} refusals, ${bad} problems`,
    );
    for (const [k, p] of problems)
      console.log(`  PROBLEM ×${p.count}: ${k}\n    first input: ${JSON.stringify(p.input)}`);
    for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  refused ×${n}: ${k}`);
    if (closing) console.log(`  ${closing.summary}`);
    console.log(
      `  RSS now ${Math.round(process.memoryUsage().rss / 1e6)} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
    );
    console.log(
      `  slowest: ${slowest.map((s) => `${s.ms.toFixed(0)} ms`).join(', ')} (${JSON.stringify(slowest[0]?.input ?? '')})`,
    );
  }
  console.log(`\npeak RSS ${Math.round(peak / 1e6)} MB; ${failed ? `${failed} inputs found problems` : 'no problems'}`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await run();
