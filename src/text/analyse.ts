import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Sentence, Token } from '../model.js';
import { blankMarkup } from './markup.js';

// wink-nlp's model takes ~100 ms to load: load it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

// Beyond this many characters without a sentence end, wink-nlp's sentence boundary search
// becomes the bottleneck; such "paragraphs" are cut into pieces at whitespace first.
const MAX_CHUNK = 20_000;

/** Splits text into sentences and tokens with POS tags; offsets point into `text`. */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const [chunkStart, chunk] of chunks(text)) {
    const doc = getNlp().readDoc(chunk);
    const its = getNlp().its;
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    // the typings give its.lemma a signature .out() does not accept; at run time it is an its function like the others
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
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
  return { sentences, tokens };
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
    for (let a = s; a < e; ) {
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
