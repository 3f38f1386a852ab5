/**
 * Near-duplicates: the same wire story carried by several outlets. MinHash over word 5-shingles
 * estimates the Jaccard similarity of two texts; at ≥ 0.5 they are linked, and every member of
 * a group points (`duplicate_of`) to its earliest member (by publication date, then path), so
 * the result does not depend on input order. Exact re-ingests share an id already.
 *
 *   linked:     a wire story and the same story with a different headline and one line added
 *   not linked: two different stories about the same town on the same day
 *   not linked: two templated notes that differ only in the village, the date or a figure
 *               ("… shelled Novoselivka …" / "… shelled Stepove …"): near-duplicate detection
 *               must not erase the difference that makes them two events
 */
import { hash } from 'node:crypto';
import type { Article, Corpus } from '../model.js';
import { referenceDate } from '../model.js';

const SHINGLE = 5;
const HASHES = 128;
export const THRESHOLD = 0.5;
// LSH: 32 bands of 4 rows catch pairs from about J ≈ 0.42 up; candidates are then verified
const BANDS = 32;
const ROWS = HASHES / BANDS;

// hash family h_i(x) = (a_i * x + b_i) mod p with fixed seeds, so signatures are stable across runs
const P = 4294967311; // prime > 2^32
const coefficients: [number, number][] = (() => {
  const out: [number, number][] = [];
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed;
  };
  for (let i = 0; i < HASHES; i++) out.push([(next() % (P - 1)) + 1, next() % P]);
  return out;
})();

const TWO_32 = 4294967296;

// The family's numbers as typed arrays, with a_i·2^16 mod P beside a_i: the signature's inner
// loop, 128 hashes of every shingle, is then one reduction mod P per hash instead of three.
const A = Float64Array.from(coefficients, ([a]) => a);
const A_16 = Float64Array.from(coefficients, ([a]) => modP(a * 65536));
const B = Float64Array.from(coefficients, ([, b]) => b);

/**
 * y mod P for 0 ≤ y < 2^53, exactly, without the slow floating-point `%`: P = 2^32 + 15, so
 * q·2^32 + r ≡ r − 15q (mod P).
 */
function modP(y: number): number {
  const q = Math.floor(y / TWO_32);
  let r = y - q * TWO_32 - 15 * q;
  while (r < 0) r += P;
  while (r >= P) r -= P;
  return r;
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

// a news story is a few thousand words; beyond this the signature of the opening decides
const MAX_WORDS = 20_000;

/** 32-bit hashes of the word 5-shingles of a text (a short text is one shingle). */
function shingles(text: string): Set<number> {
  const w = words(text.length > MAX_WORDS * 12 ? text.slice(0, MAX_WORDS * 12) : text).slice(0, MAX_WORDS);
  const out = new Set<number>();
  if (!w.length) return out;
  const n = Math.min(SHINGLE, w.length);
  for (let i = 0; i + n <= w.length; i++) {
    // the one-shot hash (the digest of createHash().update().digest() at a third of the cost),
    // as a 'binary' (latin1) string, one character per byte: its first four bytes read little-
    // endian are the number readUInt32LE(0) of the Buffer gives, without a Buffer per shingle
    // (0.3 µs a shingle against 1.5 µs, measured)
    const d = hash('md5', w.slice(i, i + n).join(' '), 'binary');
    out.add((d.charCodeAt(0) | (d.charCodeAt(1) << 8) | (d.charCodeAt(2) << 16) | (d.charCodeAt(3) << 24)) >>> 0);
  }
  return out;
}

/** Does the article carry its MinHash signature (computed at ingest), so that its text need not be read for it? */
export function hasSignature(a: Pick<Article, 'signature'>): boolean {
  return a.signature?.length === HASHES;
}

export function minhashSignature(text: string): number[] {
  const sig = new Float64Array(HASHES).fill(Number.MAX_SAFE_INTEGER);
  for (const s of shingles(text)) {
    // h_i(s) = (a_i·s + b_i) mod P with s = hi·2^16 + lo: hi·(a_i·2^16 mod P) + lo·a_i + b_i is
    // below 2^50, exact in a double, and reduced once as in modP (the remainder is above −2^22:
    // one P added to a negative one makes it the least residue)
    const hi = s >>> 16;
    const lo = s & 0xffff;
    for (let i = 0; i < HASHES; i++) {
      const y = hi * A_16[i] + lo * A[i] + B[i];
      const q = Math.floor(y / TWO_32);
      let v = y - q * TWO_32 - 15 * q;
      if (v < 0) v += P;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return Array.from(sig);
}

export function estimateJaccard(a: number[], b: number[]): number {
  if (a.length !== b.length || !a.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== Number.MAX_SAFE_INTEGER) same++;
  return same / a.length;
}

/**
 * An article's words, each with the number of its lower-cased form (in `numbers`) and a hash of
 * its context (the numbers of the two words either side). A pair is compared by numbers, not
 * strings: where one story has many copies that each change a figure (a wire story updated
 * through the day) every pair of copies must be compared, and comparing each word's context as
 * a string of four words was most of that.
 */
interface Contexts {
  words: string[];
  /** where each word starts in the text */
  starts: number[];
  lowers: Int32Array;
  hashes: Int32Array;
  /** word indexes by context hash: built only for an article met first in a pair (see substitutesFact) */
  middles?: Map<number, number[]>;
  /**
   * per word, 1 where the article's own middles hold a word of its context equal to it: a copy's
   * word in the same place and context passes as this one does (built with `middles`)
   */
  selfMatched?: Uint8Array;
}

// An article meets each near-duplicate candidate of its wire story in turn, one bucket at a time:
// its contexts are built once per bucket, and the memo stays small (it starts over when full,
// and with it the numbering of words).
const contextsOf = new Map<Article, Contexts>();
const numbers = new Map<string, number>();
const MAX_REMEMBERED = 256;

function numbered(s: string): number {
  let n = numbers.get(s);
  if (n === undefined) numbers.set(s, (n = numbers.size));
  return n;
}

// beyond the text's edges: a number no word has (the edges count as words, so that "On 16 March"
// opening both texts has a context)
const EDGE = -1;
const around = (lowers: Int32Array, i: number): number => (i >= 0 && i < lowers.length ? lowers[i] : EDGE);

function contextHash(lowers: Int32Array, i: number): number {
  let h = Math.imul(around(lowers, i - 2), 0x9e3779b1);
  h = Math.imul(h ^ around(lowers, i - 1), 0x85ebca77);
  h = Math.imul(h ^ around(lowers, i + 1), 0xc2b2ae3d);
  h = Math.imul(h ^ around(lowers, i + 2), 0x27d4eb2f);
  return h ^ (h >>> 15);
}

/** Have word i of one and word j of the other the same two words on each side? (Hashes may collide.) */
function sameContext(a: Int32Array, i: number, b: Int32Array, j: number): boolean {
  return (
    around(a, i - 1) === around(b, j - 1) &&
    around(a, i + 1) === around(b, j + 1) &&
    around(a, i - 2) === around(b, j - 2) &&
    around(a, i + 2) === around(b, j + 2)
  );
}

// a text split at what is not a letter or a digit, the separators kept: its words are the
// even pieces, and each one's offset the length of what comes before it
const SEPARATORS = /([^\p{L}\p{N}]+)/u;

function contexts(a: Article): Contexts {
  let found = contextsOf.get(a);
  if (found) return found;
  // offsets into the text as stored, where the toponyms' spans point
  const words: string[] = [];
  const starts: number[] = [];
  const lower: number[] = [];
  // a text in NFKC already (most are) has its words in NFKC
  const normal = a.text.normalize('NFKC') === a.text;
  const pieces = a.text.split(SEPARATORS);
  let at = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    if (k % 2 === 0 && piece.length > 0) {
      const text = normal ? piece : piece.normalize('NFKC');
      words.push(text);
      starts.push(at);
      lower.push(numbered(text.toLowerCase()));
    }
    at += piece.length;
  }
  const lowers = Int32Array.from(lower);
  found = { words, starts, lowers, hashes: Int32Array.from(lower, (_, i) => contextHash(lowers, i)) };
  contextsOf.set(a, found);
  return found;
}

/** The contexts of a pair, numbered alike: the memo starts over, if it must, before either is built. */
function pairContexts(a: Article, b: Article): [Contexts, Contexts] {
  if (contextsOf.size >= MAX_REMEMBERED - 1 && !(contextsOf.has(a) && contextsOf.has(b))) forgetContexts();
  return [contexts(a), contexts(b)];
}

function forgetContexts(): void {
  contextsOf.clear();
  numbers.clear();
}

/** Per context, the first four words found in it (by context hash, so a list may hold other contexts too). */
function middlesOf(c: Contexts): Map<number, number[]> {
  if (c.middles) return c.middles;
  const middles = new Map<number, number[]>();
  c.hashes.forEach((h, i) => {
    const list = middles.get(h);
    if (!list) middles.set(h, [i]);
    else if (list.filter((k) => sameContext(c.lowers, k, c.lowers, i)).length < 4) list.push(i);
  });
  const selfMatched = new Uint8Array(c.lowers.length);
  for (let i = 0; i < c.lowers.length; i++)
    for (const k of middles.get(c.hashes[i])!)
      if (sameContext(c.lowers, k, c.lowers, i) && c.lowers[k] === c.lowers[i]) {
        selfMatched[i] = 1;
        break;
      }
  c.selfMatched = selfMatched;
  return (c.middles = middles);
}

// a word that carries a fact a copy may not change: a figure, a name, a month or a weekday
const isFact = (w: string): boolean => /\p{N}/u.test(w) || /^\p{Lu}/u.test(w);

/** The place a toponym or demonym of the article at this offset resolved to, if any. */
function placeAt(a: Article, at: number): number | undefined {
  for (const list of [a.toponyms, a.demonyms])
    for (const t of list ?? []) if (t.start <= at && at < t.end && t.place) return t.place.geonameid;
  return undefined;
}

/**
 * Do two similar texts differ in a fact in the same context: a figure, a name or a date
 * replaced by another between the same two words on each side? An added line or headline
 * is no such substitution; "Kiev" for "Kyiv" (one place, two spellings, as the geoparser
 * resolved them) is none either. Linear in the texts' length.
 */
export function substitutesFact(a: Article, b: Article): boolean {
  const [ca, cb] = pairContexts(a, b);
  const middles = middlesOf(ca);
  const { lowers: la, selfMatched } = ca;
  const { lowers: lb } = cb;
  // Copies share most of their words in place: where b's words run as a's do from the start
  // (or up to the end), a word whose two neighbours each side lie in that run has a's word's
  // context and value, so it passes as a's own word does against a (selfMatched). Only the
  // words around what changed are looked up.
  const shorter = Math.min(la.length, lb.length);
  let prefix = 0;
  while (prefix < shorter && la[prefix] === lb[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && la[la.length - 1 - suffix] === lb[lb.length - 1 - suffix]) suffix++;
  const shift = la.length - lb.length;
  const tail = lb.length - suffix + 2;
  words: for (let i = 0; i < lb.length; i++) {
    if (i + 2 < prefix ? selfMatched![i] : i >= tail && selfMatched![i + shift]) continue;
    const list = middles.get(cb.hashes[i]);
    if (!list) continue;
    // of the words of a in this context: one the same is no substitution
    let met = false;
    for (const k of list) {
      if (!sameContext(la, k, lb, i)) continue;
      if (la[k] === lb[i]) continue words;
      met = true;
    }
    if (!met) continue;
    const w = cb.words[i];
    for (const k of list) {
      if (!sameContext(la, k, lb, i)) continue;
      if (!isFact(ca.words[k]) && !isFact(w)) continue;
      const pa = placeAt(a, ca.starts[k]);
      if (pa !== undefined && pa === placeAt(b, cb.starts[i])) continue;
      return true;
    }
  }
  return false;
}

const order = (a: Article, b: Article): number => {
  const da = referenceDate(a);
  const db = referenceDate(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * LSH buckets of MinHash signatures: one map per band, from the band's hashes to the indexes of
 * the signatures that share them. Two texts of Jaccard similarity at THRESHOLD or above share a
 * bucket in some band with high probability; texts with nothing in common share none. The bands
 * come one at a time, in order: a store's 32 maps of every signature at once were a corpus
 * pass's largest holding after the articles themselves.
 */
function* lshBuckets(sigs: number[][]): Generator<Map<string, number[]>> {
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < sigs.length; i++) {
      const slice = sigs[i].slice(band * ROWS, band * ROWS + ROWS);
      if (slice.length < ROWS || slice[0] === Number.MAX_SAFE_INTEGER) continue;
      const key = slice.join(',');
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    yield buckets;
  }
}

/**
 * The buckets that hold a pair to check (two members or more, one of them not settled: a bucket
 * of articles the last pass saw holds none), those of one story together: the buckets of every
 * band are gathered first, joined where they share a member, and given out a group at a time (in
 * the order of each group's earliest member; within a group, band by band, as they came). Band by
 * band, a story's copies split over several buckets of the first band came together again only
 * bands later, after the texts the pass had read for them were gone from its memo: on a
 * 20,000-article store of 22 copies per story, 31,575 texts read for 20,000 articles. The groups
 * found do not depend on the order pairs are checked in (a pair is skipped only when its two
 * articles are in one group already), so this changes what is read, not what is linked.
 */
function bucketsByStory(
  bands: Iterable<Map<string, number[]>>,
  n: number,
  isSettled: (i: number) => boolean,
): number[][] {
  const lists: number[][] = [];
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const buckets of bands)
    for (const list of buckets.values()) {
      if (list.length < 2 || list.every(isSettled)) continue;
      lists.push(list);
      for (const i of list) {
        const [a, b] = [find(list[0]), find(i)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  // a group's root is its earliest member (the smaller index is kept as the root)
  const byRoot = new Map<number, number[][]>();
  for (const list of lists) {
    const root = find(list[0]);
    const group = byRoot.get(root);
    if (group) group.push(list);
    else byRoot.set(root, [list]);
  }
  return [...byRoot.keys()].sort((a, b) => a - b).flatMap((root) => byRoot.get(root)!);
}

/** For each wanted signature, the others sharing an LSH bucket with it (near-duplicate candidates). */
export function lshNeighbours(sigs: number[][], wanted: (i: number) => boolean): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const buckets of lshBuckets(sigs)) {
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      for (const i of list) {
        if (!wanted(i)) continue;
        let set = out.get(i);
        if (!set) out.set(i, (set = new Set()));
        for (const j of list) if (j !== i) set.add(j);
      }
    }
  }
  return out;
}

/**
 * Corpus stage: links each near-duplicate to the earliest member of its group (see the top of
 * this file), from the articles in memory.
 */
export function linkDuplicates(corpus: Corpus): Corpus {
  const steps = linkingDuplicates(corpus);
  let step = steps.next();
  while (!step.done) step = steps.next(substitutesFact(step.value[0], step.value[1]));
  return step.value;
}

/**
 * The linking as steps: signatures and dates decide most pairs; a pair of similar texts that may
 * differ in a fact is handed out (yielded) and the answer of `substitutesFact` on the two whole
 * articles taken back. So the corpus's articles need carry only their signatures, dates and
 * paths: a store too large to hold reads the two texts of each such pair when asked.
 */
export function* linkingDuplicates(corpus: Corpus): Generator<[Article, Article], Corpus, boolean> {
  const articles = corpus.articles;
  const sorted = articles.map((a, i) => ({ a, i })).sort((x, y) => order(x.a, y.a));
  const sigs = sorted.map(({ a }) =>
    a.signature && a.signature.length === HASHES ? a.signature : minhashSignature(a.text),
  );
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    // the root is always the earliest in `sorted`, i.e. the group's earliest member
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  // The last pass's groups among the articles it saw stand (their texts and toponyms have not
  // changed): each is joined to the article it was linked to, and two such articles are not
  // compared again; only pairs with a newer article are. The groups are those one pass over
  // everything would find.
  const settled = corpus.settled;
  // looked up for both members of every candidate pair, so once per article here
  const settledAt = sorted.map(({ a }) => settled?.has(a.id) ?? false);
  const isSettled = (k: number): boolean => settledAt[k];
  if (settled?.size) {
    const position = new Map(sorted.map(({ a }, k) => [a.id, k]));
    sorted.forEach(({ a }, k) => {
      if (!a.duplicate_of || !isSettled(k) || !settled.has(a.duplicate_of)) return;
      const root = position.get(a.duplicate_of);
      if (root !== undefined) union(k, root);
    });
  }
  // pairs by number (x·n + y, below 2^53 for any store): a set of strings of every candidate pair
  // was a corpus pass's largest allocation where one story has many copies
  const checked = new Set<number>();
  for (const list of bucketsByStory(lshBuckets(sigs), sorted.length, isSettled)) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        if (isSettled(list[x]) && isSettled(list[y])) continue;
        // already in one group: a further link changes no group, so it need not be checked
        // (a wire story carried by 30 outlets costs 29 checks, not 435)
        if (find(list[x]) === find(list[y])) continue;
        const key = list[x] * sorted.length + list[y];
        if (checked.has(key)) continue;
        checked.add(key);
        const same = sorted[list[x]].a.id === sorted[list[y]].a.id;
        if (same) union(list[x], list[y]);
        else if (
          estimateJaccard(sigs[list[x]], sigs[list[y]]) >= THRESHOLD &&
          !(yield [sorted[list[x]].a, sorted[list[y]].a])
        )
          union(list[x], list[y]);
      }
  }
  forgetContexts();
  const linked = new Array<Article>(articles.length);
  sorted.forEach(({ a, i }, k) => {
    const root = find(k);
    const duplicate_of = root === k || sorted[root].a.id === a.id ? null : sorted[root].a.id;
    linked[i] = duplicate_of === a.duplicate_of ? a : { ...a, duplicate_of };
  });
  return { ...corpus, articles: linked };
}
