import { describe, expect, test } from 'vitest';
import { B, I, O, featureRows, spansOf, train, trainEnsemble, viterbi } from './perceptron.js';

describe('perceptron tagger', () => {
  test('spansOf reads B/I runs, and an I after O starts a span', () => {
    expect(spansOf([O, B, I, O, B, B, I, O, I, I])).toEqual([
      [1, 3],
      [4, 5],
      [5, 7],
      [8, 10],
    ]);
    expect(spansOf([])).toEqual([]);
  });

  test('viterbi never puts I after O, and follows the emission weights', () => {
    // one feature per token; feature 0 favours B, feature 1 favours I, feature 2 favours O
    const emission = Float64Array.from([0, 5, 0, 0, 0, 5, 5, 0, 0]);
    const transition = new Float64Array(12);
    const rows = [
      Int32Array.from([2]),
      Int32Array.from([0]),
      Int32Array.from([1]),
      Int32Array.from([1]),
      Int32Array.from([2]),
    ];
    expect(viterbi({ emission, transition }, rows)).toEqual([O, B, I, I, O]);
    // an I-favouring token right after O cannot be I
    const alone = [Int32Array.from([2]), Int32Array.from([1])];
    expect(viterbi({ emission, transition }, alone)[1]).not.toBe(I);
  });

  test('a bias above zero finds more spans', () => {
    const emission = Float64Array.from([2, 1, 0]);
    const transition = new Float64Array(12);
    const rows = [Int32Array.from([0])];
    expect(viterbi({ emission, transition }, rows, 0)).toEqual([O]);
    expect(viterbi({ emission, transition }, rows, 1.5)).toEqual([B]);
  });

  test('training learns a separable toy task: the word after "said" is a span', () => {
    const index = new Map(['w=said', 'w=x', 'prev=said', 'prev=x'].map((f, k) => [f, k]));
    const sentence = (words: string[]) => ({
      rows: featureRows(
        index,
        words.map((w, i) => [`w=${w}`, `prev=${words[i - 1] ?? ''}`]),
      ),
      gold: words.map((_, i) => (words[i - 1] === 'said' ? B : O)),
    });
    // prettier-ignore
    const data = [['x', 'said', 'x', 'x'], ['said', 'x'], ['x', 'x', 'said', 'x'], ['x', 'x']].map(sentence);
    const w = train(index.size, data, 5);
    for (const s of data) expect(viterbi(w, s.rows)).toEqual(s.gold);
    // and so does the mean of perceptrons trained in other orders
    const mean = trainEnsemble(index.size, data, 5, 3);
    for (const s of data) expect(viterbi(mean, s.rows)).toEqual(s.gold);
  });

  test('training is repeatable: the same data and order give the same weights', () => {
    const index = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    const data = [
      { rows: featureRows(index, [['a'], ['b'], ['a']]), gold: [B, I, O] },
      { rows: featureRows(index, [['b'], ['a']]), gold: [O, B] },
    ];
    expect([...train(2, data, 4).emission]).toEqual([...train(2, data, 4).emission]);
  });

  test('featureRows drops features the model never saw', () => {
    const rows = featureRows(
      new Map([
        ['a', 0],
        ['b', 1],
      ]),
      [['a', 'zzz', 'b'], ['zzz']],
    );
    expect(rows.map((r) => [...r])).toEqual([[0, 1], []]);
  });
});
