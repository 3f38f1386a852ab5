import { describe, expect, test } from 'vitest';
import { parseBrat } from './brat.js';
import { anyOverlap, matchSpans, maximumMatching, prf } from './span-score.js';

describe('BRAT and span scoring', () => {
  const text = 'The mayor said the bridge was closed. “It is shut,” she added.';
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 36\tthe bridge was closed',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tContent 38 51\t“It is shut,”',
    'T6\tSource 52 55\tshe',
    'T7\tCue 56 61\tadded',
    'E2\tAttribution:T7 Content:T5 Cue:T7 Source:T6',
  ].join('\n');
  test('relations carry their spans', () => {
    const rels = parseBrat(ann, text);
    expect(rels).toHaveLength(2);
    expect(text.slice(rels[0].source!.start, rels[0].source!.end)).toBe('The mayor');
    expect(text.slice(rels[1].content!.start, rels[1].content!.end)).toBe('“It is shut,”');
  });
  test('exact and overlapping matches are one-to-one', () => {
    const gold = parseBrat(ann, text).map((r) => r.source!);
    const exact = matchSpans(
      text,
      [
        [4, 9],
        [52, 55],
      ],
      gold,
      'exact',
    );
    expect(exact).toEqual({ tp: 1, predicted: 2, gold: 2 });
    const loose = matchSpans(
      text,
      [
        [4, 9],
        [52, 55],
        [0, 3],
      ],
      gold,
      'overlap',
    );
    expect(loose.tp).toBe(2);
    expect(prf(loose).precision).toBeCloseTo(2 / 3);
    expect(prf({ tp: 0, predicted: 0, gold: 0 }).f1).toBe(0);
  });
  test('one-to-one overlap matching is maximal, not first come first served', () => {
    // gold "said the bridge" and "bridge": a greedy pass gives the long prediction to the first
    // gold span and finds nothing for the second
    const gold = [
      { start: 10, end: 24, fragments: [[10, 24]] as [number, number][] },
      { start: 19, end: 25, fragments: [[19, 25]] as [number, number][] },
    ];
    expect(
      matchSpans(
        text,
        [
          [15, 25],
          [10, 14],
        ],
        gold,
        'overlap',
      ).tp,
    ).toBe(2);
    expect(maximumMatching(3, 2, (g, p) => g === 2 || p === 0)).toHaveLength(2);
  });
  test('lenient overlap counts every overlapping prediction', () => {
    const gold = parseBrat(ann, text).map((r) => r.source!);
    expect(
      anyOverlap(
        text,
        [
          [4, 9],
          [0, 3],
          [20, 25],
        ],
        gold,
      ),
    ).toEqual({ predictedHit: 2, predicted: 3, goldHit: 1, gold: 2 });
  });
});
