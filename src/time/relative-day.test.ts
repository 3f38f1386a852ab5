import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

const REF = '2023-03-10';
const dates = (text: string) => findTimexes(text, REF).timexes.map((t) => [t.text, t.date]);

describe('relative days', () => {
  it('counts from the publication day', () => {
    expect(dates('Yesterday, the army said')).toEqual([['Yesterday', '2023-03-09']]);
    expect(dates('a photo released by the ministry today')).toEqual([['today', '2023-03-10']]);
    expect(dates("this morning's strike")).toEqual([['this morning', '2023-03-10']]);
    expect(dates('the day before yesterday')).toEqual([['the day before yesterday', '2023-03-08']]);
    expect(dates('the talks resume tomorrow')).toEqual([['tomorrow', '2023-03-11']]);
  });

  it('takes a capitalised day word inside a sentence for a name', () => {
    expect(dates('according to India Today')).toEqual([]);
    expect(dates('as USA Today reported')).toEqual([]);
  });
});
