/**
 * Benchmark of the quantities and time stages (#4): the bad inputs of the issue (a 10,000-word
 * paragraph without punctuation, 10,000 words of non-English text; bar: under a second each)
 * and the seed articles when ../shared is present. Times are printed with ratios against a
 * baseline measured in the same run over the same text — one pass of a simple word regex — so a
 * slower machine shows as a slower baseline, not as a regression. The first call is timed on
 * its own: it pays for compiling the pattern families once per process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model.js';
import { extractQuantities } from '../quantities/index.js';
import { resolveTime } from '../time/index.js';
import { ms, timeEach } from './support/timing.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = resolve(root, '../shared/corpus/seeds');

function article(text: string, language: string | null): Article {
  return {
    id: 'bench',
    path: 'bench.txt',
    format: 'text',
    text,
    title: null,
    url: null,
    outlet: null,
    published: '2023-03-10',
    published_on_or_after: null,
    wire: [],
    language,
    duplicate_of: null,
    messages: [],
  };
}

const stages = (a: Article) => resolveTime(extractQuantities(a));
const baseline = (text: string) => text.match(/\w+/g)?.length ?? 0;

function words(vocab: string[], n: number): string {
  let seed = 7;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(vocab[Math.floor(seed / 65536) % vocab.length]);
  }
  return out.join(' ');
}

export function run(): void {
  const english = words(
    // prettier-ignore
    ['the', 'army', 'said', 'on', 'Thursday', 'it', 'had', 'retaken', 'some', '1,000', 'square', 'kilometers', 'and', 'killed',
      '12', 'people', 'in', 'late', 'February', 'this', 'week', 'up', 'to', 'forty-five', 'troops', 'overnight', 'into', 'May'],
    10_000,
  );
  // prettier-ignore
  const foreign = words(['війська', 'просунулися', 'у', 'четвер', 'на', '12', 'км', 'поблизу', 'міста', 'після', 'обстрілів'], 10_000);
  const cases: [string, Article][] = [
    ['10,000 words without punctuation', article(english, 'en')],
    ['10,000 words of uk text, language unknown', article(foreign, null)],
  ];
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      cases.push([`seed ${f}`, article(readFileSync(join(seeds, f), 'utf8'), 'en')]);
    }
  } else console.log(`seeds skipped: ${seeds} not found`);

  const t0 = process.hrtime.bigint();
  const first = stages(cases[0][1]);
  console.log(
    `first call (compiles the patterns): ${ms(t0).toFixed(0)} ms, ${first.quantities!.length} quantities, ${first.timexes!.length} timexes`,
  );
  console.log('input | chars | quantities | timexes | ms per article | baseline ms | ratio | under 1 s');
  for (const [name, a] of cases) {
    const out = stages(a);
    const t = timeEach(() => stages(a));
    const b = timeEach(() => baseline(a.text), 20);
    console.log(
      `${name} | ${a.text.length} | ${out.quantities!.length} | ${out.timexes!.length} | ${t.toFixed(2)} | ${b.toFixed(3)} | ${(t / b).toFixed(0)}x | ${t < 1000 ? 'yes' : 'NO'}`,
    );
  }
}
