import { describe, expect, it } from 'vitest';
import { equipment } from './equipment.js';
import { findsOf } from './quantities.testkit.js';

const all = findsOf(equipment, ['value', 'counts', 'unit']);

describe('equipment', () => {
  it('counts tanks, vehicles and pieces of equipment', () => {
    expect(all('the army lost 12 tanks')).toEqual([{ text: '12 tanks', value: 12, counts: 'tanks', unit: 'items' }]);
    expect(all('some 40 pieces of military equipment')[0]).toMatchObject({ value: 40, counts: 'equipment' });
    expect(all('forces recorded 30 equipment losses')[0]).toMatchObject({
      text: '30 equipment losses',
      counts: 'equipment',
    });
    expect(all('nine armoured vehicles')[0]).toMatchObject({ value: 9, counts: 'armoured vehicles' });
  });

  it('does not count crews, units or vague amounts', () => {
    expect(all('tank crews')).toEqual([]);
    expect(all('2 tank battalions')).toEqual([]);
    expect(all('dozens of tanks')).toEqual([]);
  });
});
