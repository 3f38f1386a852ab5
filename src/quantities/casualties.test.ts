import { describe, expect, it } from 'vitest';
import { casualties } from './casualties.js';
import { findsOf } from './quantities.testkit.js';

const all = findsOf(casualties, ['value', 'counts', 'qualifier']);

describe('casualties', () => {
  it('reads killed and wounded counts in the passive', () => {
    expect(all('six civilians were killed and 14 others wounded')).toEqual([
      { text: 'six civilians were killed', value: 6, counts: 'killed', qualifier: null },
      { text: '14 others wounded', value: 14, counts: 'injured', qualifier: null },
    ]);
    expect(all('two people died and 27 were injured')).toMatchObject([
      { value: 2, counts: 'killed' },
      { value: 27, counts: 'injured' },
    ]);
  });

  it('reads active verbs and death tolls', () => {
    expect(all('the strike killed at least 3 people')).toEqual([
      { text: 'killed at least 3 people', value: 3, counts: 'killed', qualifier: 'at least' },
    ]);
    expect(all('officials evacuated 2,500 residents')[0]).toMatchObject({ value: 2500, counts: 'evacuated' });
    expect(all('the death toll rose to 12')[0]).toMatchObject({ value: 12, counts: 'killed' });
    expect(all('some 400 Ukrainian soldiers were captured')[0]).toMatchObject({
      value: 400,
      counts: 'captured',
      qualifier: 'about',
    });
    expect(all('the blast killed 9 and injured 20.')).toMatchObject([
      { value: 9, counts: 'killed' },
      { value: 20, counts: 'injured' },
    ]);
    expect(all('about 2 million people have fled, and 1.5 million refugees')).toMatchObject([
      { value: 2e6, counts: 'displaced', qualifier: 'about' },
      { value: 1.5e6, counts: 'displaced' },
    ]);
  });

  it('does not count ages, years or vague amounts', () => {
    expect(all('a 27-year-old was wounded')).toEqual([]);
    expect(all('in 2014 fighters captured the airport')).toEqual([]);
    expect(all('dozens were hurt')).toEqual([]);
    expect(all('no one was hurt')).toEqual([]);
    expect(all('a strike on May 3 killed 4')).toMatchObject([{ text: 'killed 4', value: 4 }]);
  });
});
