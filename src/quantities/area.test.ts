import { describe, expect, it } from 'vitest';
import { area } from './area.js';

const one = (text: string) => area.find(text).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));

describe('area', () => {
  it('finds km² with its qualifier and counts territory', () => {
    const [q] = one('the army says it has retaken about 600 square kilometres');
    expect(q).toMatchObject({
      text: 'about 600 square kilometres',
      value: 600,
      unit: 'km2',
      si_value: 600,
      si_unit: 'km2',
      qualifier: 'about',
      counts: 'territory',
    });
  });

  it('normalises square miles to km²', () => {
    const [q] = one('they now hold 90 sq miles');
    expect(q).toMatchObject({ value: 90, unit: 'sq mi', si_value: 233.1, si_unit: 'km2', qualifier: null });
    expect(one('analysts put the gain at 155 square miles')[0].si_value).toBe(401.4);
  });

  it('reads km2, km², "some" and written-together units', () => {
    expect(one('some 1200 km2 of land')[0]).toMatchObject({ value: 1200, qualifier: 'about' });
    expect(one('nearly 1,000 km² of fields')[0]).toMatchObject({ value: 1000, qualifier: 'about' });
    expect(one('a 1000km2 pocket')[0]).toMatchObject({ value: 1000, unit: 'km2' });
    expect(one('400 hectares of forest')[0]).toMatchObject({ si_value: 4, si_unit: 'km2' });
  });

  it('does not match without a number or a unit', () => {
    expect(one('a square kilometre grid')).toEqual([]);
    expect(one('Square One')).toEqual([]);
  });
});
