import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { PIPE, tokenize } from './analyse.js';

describe('tokenize', () => {
  it('gives sentences and tokens whose offsets point into the text', () => {
    const text = 'Kyiv said on Thursday it had retaken the town.  “It is ours,” a soldier said.\nA new line.';
    const { sentences, tokens } = tokenize(text);
    expect(sentences.length).toBe(3);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(text.slice(sentences[2].start, sentences[2].end)).toBe('A new line.');
    expect(tokens.find((t) => t.text === 'Kyiv')?.pos).toBe('PROPN');
  });

  it('reads a rank and its full stop as one word that ends no sentence', () => {
    const text =
      'Kyiv said the town fell. Maj. Gen. Ivan Sidorenko denied it, and Rear Adm. Oleh Petrenko said nothing. He was a maj. Then he left.';
    const { sentences, tokens } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Kyiv said the town fell.',
      'Maj. Gen. Ivan Sidorenko denied it, and Rear Adm. Oleh Petrenko said nothing.',
      'He was a maj.',
      'Then he left.',
    ]);
    expect(tokens.filter((t) => /^(?:Maj|Adm)\.$/.test(t.text)).map((t) => [t.text, t.pos])).toEqual([
      ['Maj.', 'PROPN'],
      ['Adm.', 'PROPN'],
    ]);
    sentences.forEach((s, k) => {
      expect(s.index).toBe(k);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(tokens[i].sentence).toBe(k);
    });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('cuts a long run without punctuation into pieces and keeps offsets right', () => {
    const text = 'word '.repeat(10_000);
    const { tokens } = tokenize(text);
    expect(tokens.length).toBe(10_000);
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
  });
});

describe('tokens do not depend on what the process read before', () => {
  it('splits a possessive the same way after wink-nlp cached the name whole ("Zorvanek\'s," then "Zorvanek\'s men")', () => {
    const words = (text: string) => tokenize(text).tokens.map((t) => t.text);
    tokenize("The plan was a rival of Zorvanek's, officials said.");
    const after = tokenize("Zorvanek's men crossed the river.");
    expect(words("Zorvanek's men crossed the river.").slice(0, 3)).toEqual(['Zorvanek', "'s", 'men']);
    expect(after.tokens.slice(0, 2).map((t) => [t.text, t.pos, t.start, t.end])).toEqual([
      ['Zorvanek', 'PROPN', 0, 8],
      ["'s", 'PART', 8, 10],
    ]);
    expect(after.sentences[0]).toMatchObject({ tokenStart: 0, tokenEnd: after.tokens.length });
  });

  it('splits a quote from a word the same way after another text taught wink-nlp the two glued ("paused.\'It")', () => {
    const words = (text: string) => tokenize(text).tokens.map((t) => t.text);
    const later = "She told me: 'It is small.";
    const fresh = words(later);
    expect(fresh.slice(4, 6)).toEqual(["'", 'It']);
    // wink-nlp learns "'It" whole from this one (a quote glued to a full stop)
    expect(words("He paused.'It is new,' she said.")).toContain("'It");
    expect(words(later)).toEqual(fresh);
  });

  it('keeps giving the same tokens after the lexicon was loaded again to bound its memory', () => {
    const words = (text: string) => tokenize(text).tokens.map((t) => [t.text, t.pos, t.lemma]);
    const text = "Zorvanek's brigade shelled Kupiansk-Vuzlovyi on 12 September, Kyiv said.";
    const before = words(text);
    // every text teaches the lexicon new words (numbers among them); enough of them load it again
    for (let i = 0; i < 60; i++)
      tokenize(Array.from({ length: 2000 }, (_, k) => `w${i}x${k} ${i * 2000 + k}`).join(' '));
    expect(words(text)).toEqual(before);
  });
});

describe("wink-nlp's pipe", () => {
  it('gives the tokens, tags, lemmas and sentences its whole default pipe gives', () => {
    const text =
      "Ukraine's forces did not retake Izium on Saturday, Russia's defence ministry said, but " +
      'officials in Kyiv said 1,200 troops crossed the Siverskyi Donets. "We won\'t stop," a ' +
      'commander told reporters on 12 September 2022. Dr. Smith, 45, was not hurt; the U.S. embassy was closed.';
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's its.* are plain functions */
      return {
        tokens: [its.value, its.pos, its.type, its.lemma as unknown as typeof its.value].map((f) =>
          doc.tokens().out(f),
        ),
        sentences: doc.sentences().out(its.span),
      };
      /* eslint-enable @typescript-eslint/unbound-method */
    };
    const ours = read(winkNLP(model, PIPE));
    expect(ours.tokens[1]).toContain('VERB');
    expect(ours).toEqual(read(winkNLP(model)));
  });
});
