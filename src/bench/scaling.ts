/**
 * Bench: how each article stage's time grows with pathological input — a run-on "sentence" of n
 * words with no full stop, and n quotations in a row — measured at n and 2n in the same run. A
 * linear stage takes about twice as long at 2n; the bar is under three times (a quadratic stage
 * takes four). Stages under 20 ms at 2n are too quick to judge and are shown, not judged.
 *
 *   npm run build && node dist/bench/scaling.js
 */
import { pathToFileURL } from 'node:url';
import { textArticle, type Article } from '../model.js';
import { articleStages } from '../pipeline.js';
import { allProfiles, chooseProfile } from '../profiles/index.js';

// the towns are in UA: the parties' words are those its profile gives, as in a real report
const [first, second] = (allProfiles().find((p) => p.id === chooseProfile(['UA']))?.sides ?? []).flatMap(
  (s) => s.demonyms ?? [],
);
// prettier-ignore
const WORDS = [first ?? 'Government', 'forces', 'shelled', 'Kharkiv', 'and', second ?? 'rebel', 'troops', 'said', 'that', 'the', 'town', 'of', 'Izium', 'was', 'retaken', 'on', 'Monday', 'while', 'fighting', 'continued', 'near', 'Lyman'];
const runOn = (n: number) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ');
const quotations = (n: number) =>
  Array.from({ length: n }, (_, i) => `"We hold the line near Izium, post ${i}," the commander said.`).join(' ');

function stageTimes(text: string): Map<string, number> {
  let a: Article = textArticle(text);
  const times = new Map<string, number>();
  for (const stage of articleStages) {
    const t0 = performance.now();
    a = stage.run(a);
    times.set(stage.name, performance.now() - t0);
  }
  return times;
}

export function run(): boolean {
  stageTimes('Troops shelled Kharkiv on Monday, the governor said.'); // models and gazetteer load once
  let ok = true;
  for (const [label, make, n] of [
    ['run-on sentence, words', runOn, 15_000],
    ['quotations in a row', quotations, 1_000],
  ] as const) {
    const small = stageTimes(make(n));
    const large = stageTimes(make(2 * n));
    console.log(`${label}: ${n} → ${2 * n}`);
    for (const [stage, t2] of large) {
      const t1 = small.get(stage)!;
      const ratio = t2 / Math.max(t1, 1e-3);
      const judged = t2 >= 20;
      const met = !judged || ratio < 3;
      ok &&= met;
      console.log(
        `  ${stage.padEnd(12)} ${t1.toFixed(0).padStart(6)} ms → ${t2.toFixed(0).padStart(6)} ms = ${ratio.toFixed(2)}× ${judged ? `— bar < 3×: ${met ? 'met' : 'NOT met'}` : '(too quick to judge)'}`,
      );
    }
  }
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!run()) console.log('bench scaling: some bars not met (see above)');
}
