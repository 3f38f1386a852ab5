import { describe, expect, test } from 'vitest';
import { articleOf } from '../../testing/article.js';
import { patternFindings } from '../attribute.js';
import { FeatureScores, FeatureTable, featureKey } from './feature-table.js';
import {
  type FeatureSink,
  StringFeatures,
  writeCueFeatures,
  writeSpanFeatures,
  writeTokenFeatures,
} from './features.js';

/** A feature's weights as the table holds them. */
const weightsOf = (table: FeatureTable, feature: string) => {
  const at = table.get(feature);
  return at < 0 ? null : [...table.weights.subarray(at, at + table.width)];
};

describe('FeatureTable', () => {
  test('finds each feature by its string, with its weights, and drops the ones it does not hold', () => {
    const table = new FeatureTable(
      ['w=said', 'p=VERB', 'w|p=said|VERB'],
      Int16Array.from([1, -2, 3, 300, -32767, 0, 7, 8, 9]),
      3,
    );
    expect(['w|p=said|VERB', 'w=said', 'w=told', 'p=VERB'].map((f) => weightsOf(table, f))).toEqual([
      [7, 8, 9],
      [1, -2, 3],
      null,
      [300, -32767, 0],
    ]);
    expect(table.size).toBe(3);
  });

  test('a table of twelve weights a feature keeps each in its place', () => {
    const weights = Int16Array.from({ length: 24 }, (_, k) => k - 12);
    const table = new FeatureTable(['b', 'q=in'], weights, 12);
    expect(weightsOf(table, 'b')).toEqual([...weights.subarray(0, 12)]);
    expect(weightsOf(table, 'q=in')).toEqual([...weights.subarray(12)]);
  });

  test('a feature may not have the key of another, nor be given the wrong number of weights', () => {
    expect(() => new FeatureTable(['b', 'b'])).toThrow(/same key/);
    expect(() => new FeatureTable(['b'], Int16Array.from([1, 2]), 3)).toThrow(/2 weights for 1 features of 3/);
  });

  test('a feature given in parts has the key of the joined string', () => {
    const table = new FeatureTable(['w|p=said|VERB', 'q|cl|cr=in|1|none', 'b'], Int16Array.from([1, 10, 100]), 1);
    const sink = new FeatureScores(table);
    const [bar, said] = [sink.piece('|'), sink.piece('said')];
    sink.next();
    sink.add(sink.piece('q|cl|cr='), sink.piece('in'), bar, sink.piece('1'), bar, sink.piece('none'));
    sink.add(sink.piece('w|p='), said, bar, sink.piece('VERB'));
    sink.add(sink.piece('w|p='), said, bar, sink.piece('NOUN'));
    // a piece of a part of a string: "said" out of "has said so"
    sink.add(sink.piece('w|p='), sink.piece('has said so', 4, 8), sink.piece('|VERB'));
    sink.next();
    sink.add(sink.piece('b'));
    // an empty part changes no key
    sink.add(sink.piece(''), sink.piece('b'), sink.piece(''));
    expect([...sink.scores()]).toEqual([12, 200]);
    expect(featureKey('ab|c')).toEqual(featureKey('ab|c'));
    expect(featureKey('ab|c')).not.toEqual(featureKey('a|bc'));
  });

  test('one stage of the weights is summed on its own', () => {
    const table = new FeatureTable(['a', 'b'], Int16Array.from([1, 2, 3, 4, 10, 20, 30, 40]), 4);
    const sink = new FeatureScores(table);
    sink.next();
    sink.add(sink.piece('a'));
    sink.add(sink.piece('b'));
    expect([...sink.scores(2, 2)]).toEqual([33, 44]);
    expect([...sink.scores()]).toEqual([11, 22, 33, 44]);
  });

  test('tokens without features, and tokens whose features run over many lookup blocks, are summed alike', () => {
    const table = new FeatureTable(['a', 'b'], Int16Array.from([1, 2, 10, 20]), 2);
    const sink = new FeatureScores(table);
    const [a, b, c] = ['a', 'b', 'c'].map((x) => sink.piece(x));
    const counts = [0, 150, 0, 0, 3, 70, 0];
    const expected: number[] = [];
    counts.forEach((n, t) => {
      sink.next();
      // token t: n features, cycling a, b and c (unknown to the table)
      for (let k = 0; k < n; k++) sink.add([a, b, c][(k + t) % 3]);
      const as = [...Array(n).keys()].filter((k) => (k + t) % 3 === 0).length;
      const bs = [...Array(n).keys()].filter((k) => (k + t) % 3 === 1).length;
      expected.push(as + 10 * bs, 2 * as + 20 * bs);
    });
    expect([...sink.scores()]).toEqual(expected);
  });

  test("an article's scores are the sums of the weights of its feature strings, for every writer", () => {
    const text =
      'The governor said on Monday that “the bridge is closed”. Police, he added, made two arrests.\n\n' +
      'According to the mayor: 12 homes in Iziu were hit, an official told reporters.';
    const a = articleOf(text);
    const { ctx, found } = patternFindings(text, a.tokens!, a.sentences!);
    // what earlier stages might have tagged: any spans do, the writers only read where they are
    const cues: [number, number][] = [
      [2, 3],
      [20, 22],
    ];
    const sources: [number, number][] = [
      [0, 2],
      [17, 19],
    ];
    const contents: [number, number][] = [
      [5, 12],
      [24, 30],
    ];
    const writers: (<P>(sink: FeatureSink<P>) => void)[] = [
      (sink) => writeTokenFeatures(ctx, found, sink),
      (sink) => writeCueFeatures(ctx, cues, sink),
      (sink) => writeSpanFeatures(ctx, sources, contents, sink),
    ];
    for (const write of writers) {
      const text = new StringFeatures();
      write(text);
      const strings = text.tokens;
      expect(strings.length).toBe(ctx.tokens.length);
      // a model that knows every other feature of the article, each with weights of its own
      const known = [...new Set(strings.flat())].filter((_, k) => k % 2 === 0);
      const weight = new Map(known.map((f, k) => [f, [k + 1, -3 * k]]));
      const sink = new FeatureScores(new FeatureTable(known, Int16Array.from(known.flatMap((f) => weight.get(f)!)), 2));
      write(sink);
      const expected = strings.flatMap((fs) =>
        [0, 1].map((j) => fs.reduce((sum, f) => sum + (weight.get(f)?.[j] ?? 0), 0)),
      );
      expect([...sink.scores()]).toEqual(expected);
      expect(expected.some((s) => s !== 0)).toBe(true);
    }
  });
});
