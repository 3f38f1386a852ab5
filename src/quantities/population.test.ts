import { describe, expect, it } from 'vitest';
import { findQuantities } from './index.js';
import { population } from './population.js';
import { findsOf } from './quantities.testkit.js';

const all = findsOf(population, ['value', 'qualifier']);

describe('population', () => {
  it('reads populations', () => {
    expect(all('a town with a pre-war population of 12,000')).toEqual([
      { text: 'population of 12,000', value: 12000, qualifier: null },
    ]);
    expect(all('the city, home to about 90,000 people')[0]).toMatchObject({ value: 90000, qualifier: 'about' });
    expect(all('its 3,500 inhabitants')[0]).toMatchObject({ value: 3500 });
    expect(all('evacuated from a city of 50,000.')[0]).toMatchObject({ text: 'city of 50,000', value: 50000 });
    expect(all('a town of 20 km2')).toEqual([]);
  });

  it('leaves numbers without one, and evacuations, alone', () => {
    expect(all('the population fled')).toEqual([]);
    expect(findQuantities('5,000 residents were evacuated')).toMatchObject([{ counts: 'evacuated', value: 5000 }]);
  });
});
