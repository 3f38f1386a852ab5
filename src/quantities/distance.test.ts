import { describe, expect, it } from 'vitest';
import { distance } from './distance.js';

const one = (text: string) => distance.find(text).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));

describe('distance', () => {
  it('tells a distance between places', () => {
    expect(one('the village lies 40 kilometres south of the city')[0]).toMatchObject({
      value: 40,
      si_value: 40,
      si_unit: 'km',
      counts: 'distance',
    });
    expect(one('troops are now within 20 km of the junction')[0]).toMatchObject({ counts: 'distance' });
  });

  it('tells the depth of an advance and converts miles', () => {
    expect(one('the brigade pushed forward about 12 miles')[0]).toMatchObject({
      value: 12,
      unit: 'mi',
      si_value: 19.3,
      qualifier: 'about',
      counts: 'depth of advance',
    });
    expect(one('they had advanced 30 miles')[0].si_value).toBe(48.3);
    expect(one('they moved 8 miles')[0].si_value).toBe(12.9);
  });

  it('reads numbers in words and ranges', () => {
    expect(one('Forty-five kilometers away, the town was quiet')[0]).toMatchObject({
      text: 'Forty-five kilometers',
      value: 45,
    });
    expect(one('gains of two to three kilometers a day')[0]).toMatchObject({
      value: 2,
      value_max: 3,
      si_value: 2,
      si_value_max: 3,
    });
    expect(one('a 10-15 km strip')[0]).toMatchObject({ value: 10, value_max: 15 });
  });

  it('reads metres written together with the number', () => {
    expect(one('a checkpoint 500m away')[0]).toMatchObject({ unit: 'm', si_value: 0.5, si_unit: 'km' });
  });

  it('does not take areas, names or vague amounts', () => {
    expect(one('a 5 km2 field')).toEqual([]);
    expect(one('the A-50 aircraft')).toEqual([]);
    expect(one('hundreds of kilometers away')).toEqual([]);
    expect(one('driving at 50 km/h')).toEqual([]);
    expect(one('a drone flying 90 miles per hour')).toEqual([]);
  });
});
