import { describe, expect, it } from 'vitest';
import { percent } from './percent.js';
import { findsOf } from './quantities.testkit.js';

const all = findsOf(percent, ['value', 'qualifier']);

describe('percent', () => {
  it('reads % and "per cent"', () => {
    expect(all('roughly 60% of the losses')).toEqual([{ text: 'roughly 60%', value: 60, qualifier: 'about' }]);
    expect(all('turnout was 45 per cent')[0]).toMatchObject({ value: 45 });
    expect(all('ten percent')[0]).toMatchObject({ value: 10 });
  });

  it('needs a number', () => {
    expect(all('a large percentage of')).toEqual([]);
    expect(all('the 20-year war')).toEqual([]);
  });
});
