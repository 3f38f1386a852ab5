import { describe, expect, test } from 'vitest';
import { articleOf } from '../../testing/article.js';
import { patternFindings } from '../attribute.js';
import { FeatureRows, FeatureTable, featureKey } from './feature-table.js';
import { tokenFeatures, writeTokenFeatures } from './features.js';
import { featureRows } from './perceptron.js';

describe('FeatureTable', () => {
  test('finds each feature by its string and drops the ones it does not hold', () => {
    const table = new FeatureTable(['w=said', 'p=VERB', 'w|p=said|VERB']);
    expect(['w|p=said|VERB', 'w=said', 'w=told', 'p=VERB'].map((f) => table.get(f))).toEqual([2, 0, -1, 1]);
    expect(table.size).toBe(3);
  });

  test('a feature given in parts has the key of the joined string', () => {
    const table = new FeatureTable(['w|p=said|VERB', 'q|cl|cr=in|1|none', 'b']);
    const sink = new FeatureRows(table);
    sink.next();
    sink.add('q|cl|cr=', 'in', '|', '1', '|', 'none');
    sink.add('w|p=', 'said', '|', 'VERB');
    sink.add('w|p=', 'said', '|', 'NOUN');
    sink.next();
    sink.add('b');
    expect(sink.rows().map((r) => [...r])).toEqual([[1, 0], [2]]);
    expect(featureKey('ab|c')).toEqual(featureKey('ab|c'));
    expect(featureKey('ab|c')).not.toEqual(featureKey('a|bc'));
  });

  test('the rows of an article are those of its feature strings', () => {
    const text = 'The governor said on Monday that “the bridge is closed”. Police, he added, made two arrests.';
    const a = articleOf(text);
    const { ctx, found } = patternFindings(text, a.tokens!, a.sentences!);
    const strings = tokenFeatures(ctx, found);
    // a model that knows every other feature of the article
    const known = [...new Set(strings.flat())].filter((_, k) => k % 2 === 0);
    const index = new Map(known.map((f, k) => [f, k]));
    const sink = new FeatureRows(new FeatureTable(known));
    writeTokenFeatures(ctx, found, sink);
    expect(sink.rows().map((r) => [...r])).toEqual(featureRows(index, strings).map((r) => [...r]));
  });
});
