import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';

const REF = '2023-06-04';
const ranges = (text: string) => findTimexes(text, REF).timexes.map((t) => [t.text, t.date, t.endDate ?? null]);

describe('overnight', () => {
  it('covers the evening before and the day it runs into', () => {
    expect(ranges('shelling overnight into June 3')).toEqual([['overnight into June 3', '2023-06-02', '2023-06-03']]);
    expect(ranges('drones attacked overnight to Sunday')).toEqual([
      ['overnight to Sunday', '2023-06-03', '2023-06-04'],
    ]);
    expect(ranges('fires burned overnight on Thursday')).toEqual([
      ['overnight on Thursday', '2023-06-01', '2023-06-02'],
    ]);
  });

  it('needs a named day', () => {
    expect(ranges('an overnight curfew')).toEqual([]);
  });
});
