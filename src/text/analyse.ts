import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenWith, type Article, type Sentence, type Token } from '../model.js';
import { blankMarkup } from './markup.js';

/**
 * wink-nlp keeps every word it did not know in its lexicon, for the life of the instance, and its
 * tokenizer asks that lexicon how to split: once "'It" was met whole (a quote glued to a full stop,
 * "he paused.'It is new"), every later "'It" in that process is one token, not "'" + "It". So the
 * tokens of an article, and all that is found from them, would depend on which articles the
 * process (or the pool thread) read before: a store would depend on `--jobs` and on how the inputs
 * were split into runs. Each article is therefore read as a fresh instance reads it: the words it
 * taught the lexicon are forgotten once its tokens are out.
 *
 * Forgetting removes a word from the lexicon's index only: wink-nlp's arrays behind it (the word
 * list and the features of each word it learnt) only grow, so the instance is loaded again (~70 ms)
 * once they hold FORGOTTEN_WORDS_MAX words, which keeps a long run's memory bounded.
 */
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
}
const FORGOTTEN_WORDS_MAX = 200_000;

/**
 * What wink-nlp annotates: sentence boundaries and parts of speech (with lemmas), which is all
 * this stage reads. Its default pipe also runs negation, sentiment and named entities, which
 * change none of the tokens, tags, lemmas or sentences (the same output on the 318 news texts of
 * bench:scale and on 7,040 ACLED notes and CIR titles and descriptions) and cost a quarter of its
 * time.
 */
export const PIPE = ['sbd', 'pos'];

let nlp: ReturnType<typeof winkNLP> | null = null;
let lexicon: Lexicon | null = null;
/** the lexicon's length once the model was loaded, and once the last article was forgotten */
let known = 0;
let forgotten = 0;

function getNlp(): ReturnType<typeof winkNLP> {
  if (nlp && lexicon && lexicon.list.length - known > FORGOTTEN_WORDS_MAX) nlp = null;
  if (!nlp) {
    // the model object is wink-nlp's: its core() reads a fresh copy of the lexicon each time it
    // is called, which this keeps a handle on
    let core: { features: { lexeme: Lexicon } } | undefined;
    const tracked = {
      ...model,
      core: () => (core = (model as unknown as { core(): typeof core }).core()),
    } as unknown as typeof model;
    nlp = winkNLP(tracked, PIPE);
    if (!core) throw new Error("wink-nlp's model has no core lexicon");
    lexicon = core.features.lexeme;
    known = forgotten = lexicon.list.length;
  }
  return nlp;
}

/** The words read since the last call leave the lexicon's index (see Lexicon above). */
function forgetNewWords(): void {
  if (!lexicon) return;
  const { hash, list } = lexicon;
  for (let k = forgotten; k < list.length; k++) delete hash[list[k]];
  forgotten = list.length;
}

// Beyond this many characters without a sentence end, wink-nlp's sentence boundary search
// becomes the bottleneck; such "paragraphs" are cut into pieces at whitespace first.
const MAX_CHUNK = 20_000;

/**
 * A name first met as "Trump's," (a possessive before punctuation) is learnt whole: from then on
 * "Trump's" is one token, no longer "Trump" + "'s", in the rest of that article too. A word token
 * still ending in a possessive clitic is split here, as it is split where the name is not known
 * (the clitic tagged PART), so that one article does not split one name two ways.
 */
const POSSESSIVE = /^(.*\p{L})(['’][sS])$/u;

/** Splits text into sentences and tokens with POS tags; offsets point into `text`. */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const nlp = getNlp();
  try {
    return tokenizeWith(nlp, text);
  } finally {
    forgetNewWords();
  }
}

function tokenizeWith(nlp: ReturnType<typeof winkNLP>, text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const its = nlp.its;
  for (const [chunkStart, chunk] of chunks(text)) {
    const doc = nlp.readDoc(chunk);
    /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's its.* are plain functions its typings declare as methods */
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    // the typings give its.lemma a signature .out() does not accept; at run time it is an its function like the others
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    /* eslint-enable @typescript-eslint/unbound-method */
    // wink-nlp reports token values, not offsets: find each in turn in the chunk.
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = 0;
    for (const value of values) {
      const at = chunk.indexOf(value, cursor);
      if (at < 0 || at - cursor > 200) {
        starts.push(-1);
        ends.push(-1);
        continue;
      }
      starts.push(at);
      ends.push(at + value.length);
      cursor = at + value.length;
    }
    for (const [first, last] of spans) {
      const sentence = sentences.length;
      const tokenStart = tokens.length;
      for (let i = first; i <= last; i++) {
        if (starts[i] < 0) continue;
        const clitic = types[i] === 'word' ? POSSESSIVE.exec(values[i]) : null;
        if (clitic) {
          // see POSSESSIVE: split as wink-nlp splits a possessive it has not cached whole
          const at = chunkStart + starts[i] + clitic[1].length;
          const lemma = lemmas[i].endsWith(clitic[2].toLowerCase()) ? lemmas[i].slice(0, -clitic[2].length) : lemmas[i];
          tokens.push({
            start: chunkStart + starts[i],
            end: at,
            text: clitic[1],
            pos: pos[i],
            type: types[i],
            lemma,
            sentence,
          });
          tokens.push({
            start: at,
            end: chunkStart + ends[i],
            text: clitic[2],
            pos: 'PART',
            type: 'word',
            lemma: clitic[2],
            sentence,
          });
          continue;
        }
        tokens.push({
          start: chunkStart + starts[i],
          end: chunkStart + ends[i],
          text: values[i],
          pos: pos[i],
          type: types[i],
          lemma: lemmas[i],
          sentence,
        });
      }
      if (tokens.length === tokenStart) continue;
      sentences.push({
        index: sentence,
        start: tokens[tokenStart].start,
        end: tokens[tokens.length - 1].end,
        tokenStart,
        tokenEnd: tokens.length,
      });
    }
  }
  return joinTitles(text, tokens, sentences);
}

// Ranks and titles wink-nlp's model does not know as abbreviations ("Maj. Gen. Ivan Sidorenko"
// became a sentence "Maj." and one starting "Gen."); those it knows (Gen., Lt., Col., Sen.) are
// listed too, in case a run splits them
// prettier-ignore
const TITLES = new Set(['maj', 'adm', 'cpl', 'pvt', 'cmdr', 'cdr', 'pres', 'amb', 'rev', 'insp', 'supt', 'lt', 'col', 'gen', 'sgt', 'capt', 'brig', 'cmdt', 'sen', 'rep', 'gov', 'prof', 'dr', 'hon']);

/**
 * A title and its full stop ("Maj" ".") before a capitalised word on the same line are one token,
 * "Maj.", and never end a sentence.
 */
function joinTitles(text: string, tokens: Token[], sentences: Sentence[]): { sentences: Sentence[]; tokens: Token[] } {
  const joins: number[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [t, dot, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (
      dot.text !== '.' ||
      dot.start !== t.end ||
      !/^\p{Lu}\p{Ll}*$/u.test(t.text) ||
      !TITLES.has(t.text.toLowerCase())
    )
      continue;
    if (!/^\p{Lu}/u.test(next.text) || text.slice(dot.end, next.start).includes('\n')) continue;
    joins.push(i);
  }
  if (joins.length === 0) return { sentences, tokens };
  // sentence numbers after the joins: a sentence that began right after a title's stop continues the one before
  const joinedSentence = new Set<number>();
  for (const i of joins) {
    if (tokens[i + 2].sentence !== tokens[i].sentence) joinedSentence.add(tokens[i + 2].sentence);
    // "Maj." alone: the sentence of the stop goes with the title's
    if (tokens[i + 1].sentence !== tokens[i].sentence) joinedSentence.add(tokens[i + 1].sentence);
  }
  const renumber = new Map<number, number>();
  let next = -1;
  for (const s of sentences) {
    if (!joinedSentence.has(s.index) || next < 0) next++;
    renumber.set(s.index, next);
  }
  const out: Token[] = [];
  const joinAt = new Set(joins);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (joinAt.has(i)) {
      out.push(
        tokenWith(t, {
          end: tokens[i + 1].end,
          text: `${t.text}.`,
          pos: 'PROPN',
          lemma: `${t.text.toLowerCase()}.`,
          sentence: renumber.get(t.sentence)!,
        }),
      );
      i++;
      continue;
    }
    out.push(tokenWith(t, { sentence: renumber.get(t.sentence)! }));
  }
  const merged: Sentence[] = [];
  for (let k = 0; k < out.length; k++) {
    const last = merged[merged.length - 1];
    if (last && last.index === out[k].sentence) {
      last.end = out[k].end;
      last.tokenEnd = k + 1;
    } else
      merged.push({ index: out[k].sentence, start: out[k].start, end: out[k].end, tokenStart: k, tokenEnd: k + 1 });
  }
  return { sentences: merged, tokens: out };
}

/** Paragraph-sized pieces of text (line breaks always end a sentence in news copy). */
function* chunks(text: string): Generator<[number, string]> {
  const re = /\n\s*\n|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const pieces: [number, number][] = [];
  while ((m = re.exec(text))) {
    pieces.push([start, m.index]);
    start = m.index + m[0].length;
  }
  pieces.push([start, text.length]);
  for (const [s, e] of pieces) {
    for (let a = s; a < e;) {
      let b = Math.min(e, a + MAX_CHUNK);
      if (b < e) {
        const ws = text.lastIndexOf(' ', b);
        if (ws > a) b = ws;
      }
      // markup blanked one for one, so offsets still point into `text`
      const piece = blankMarkup(text.slice(a, b));
      if (piece.trim()) yield [a, piece];
      a = b;
    }
  }
}

/** Stage: sentences and tokens. */
export function analyseText(article: Article): Article {
  const { sentences, tokens } = tokenize(article.text);
  return { ...article, sentences, tokens };
}
