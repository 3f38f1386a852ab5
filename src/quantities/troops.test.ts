import { describe, expect, it } from 'vitest';
import { troops } from './troops.js';
import { findsOf } from './quantities.testkit.js';

const all = findsOf(troops, ['value', 'qualifier', 'si_unit']);

describe('troops', () => {
  it('counts troops with qualifiers and modifiers', () => {
    expect(all('as many as 2,000 Kenyan troops')).toEqual([
      { text: 'as many as 2,000 Kenyan troops', value: 2000, qualifier: 'up to', si_unit: 'people' },
    ]);
    expect(all('Forty paratroopers landed')[0]).toMatchObject({ value: 40 });
    expect(all('an estimated 15,000 soldiers')[0]).toMatchObject({ value: 15000, qualifier: 'about' });
  });

  it('does not count vague amounts or parts', () => {
    expect(all('thousands of troops')).toEqual([]);
    expect(all('12 of the soldiers')).toEqual([]);
    expect(all('in 2014 foreign troops arrived')).toEqual([]);
  });
});
