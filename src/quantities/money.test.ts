import { describe, expect, it } from 'vitest';
import { money } from './money.js';
import { findsOf } from './quantities.testkit.js';

const all = findsOf(money, ['value', 'unit', 'qualifier']);

describe('money', () => {
  it('reads symbols, scales and currency words', () => {
    expect(all('a further $1.5 billion in aid')).toEqual([
      { text: '$1.5 billion', value: 1.5e9, unit: 'USD', qualifier: null },
    ]);
    expect(all('a package worth more than $675 million')[0]).toMatchObject({ value: 675e6, qualifier: 'more than' });
    expect(all('€300 million')[0]).toMatchObject({ value: 3e8, unit: 'EUR' });
    expect(all('about 40 million euros')[0]).toMatchObject({ value: 4e7, unit: 'EUR', qualifier: 'about' });
    expect(all('US$ 40m')[0]).toMatchObject({ value: 4e7, unit: 'USD' });
    expect(all('a loan of EUR 40 m')[0]).toMatchObject({ value: 4e7, unit: 'EUR' });
    expect(all('the $521 Million jackpot')[0]).toMatchObject({ value: 521e6 });
    expect(all('about $555-million in pensions')[0]).toMatchObject({ value: 555e6, qualifier: 'about' });
    expect(all('fined $16.6 million')[0].value).toBe(16_600_000);
  });

  it('does not take a bare symbol or vague amounts', () => {
    expect(all('$ signs')).toEqual([]);
    expect(all('billions of dollars')).toEqual([]);
    expect(all('between 4 and 5 , 000 euro')).toEqual([]);
    expect(all('around 15-20,000 euros')).toEqual([]);
  });
});
