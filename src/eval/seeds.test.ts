import { describe, expect, it } from 'vitest';
import type { FusedEvent } from '../model.js';
import { fieldsAgainstGold, fitsGold } from './seeds.js';

const place = {
  geonameid: 1,
  name: 'Izium',
  featureClass: 'P',
  feature: 'PPL',
  country: 'UA',
  admin1: '07',
  lat: 49.207,
  lon: 37.277,
  population: 1,
};
const event = {
  event_type: 'Battles',
  sub_event_type: 'Government regains territory',
  date: '2022-09-10',
  place,
} as unknown as FusedEvent;
const places = new Map([
  [707292, { lat: 49.207, lon: 37.277 }],
  [704204, { lat: 48.986, lon: 37.803 }],
]);

/** Whether the event fits a gold retaking (Battles / Government regains territory) given the rest. */
const regainFits = (gold: Partial<Parameters<typeof fitsGold>[1]>) =>
  fitsGold(event, { event_type: 'Battles', sub_event_type: 'Government regains territory', ...gold }, places).ok;

describe('eval:seeds fitsGold', () => {
  it('accepts the same type, a day either way, and a place within 25 km', () => {
    expect(regainFits({ date: '2022-09-11', location_geonameid: 707292 })).toBe(true);
  });
  it('rejects another sub_event_type, a date two days off, a place out of reach or outside the admin1', () => {
    expect(
      fitsGold(
        event,
        { event_type: 'Battles', sub_event_type: 'Armed clash', date: '2022-09-10', location_geonameid: 707292 },
        places,
      ).ok,
    ).toBe(false);
    expect(regainFits({ date: '2022-09-12', location_geonameid: 707292 })).toBe(false);
    expect(regainFits({ date: '2022-09-10', location_geonameid: 704204 })).toBe(false);
    expect(regainFits({ date: '2022-09-10', location_admin1: { country: 'UA', admin1: '05' } })).toBe(false);
  });
  it('honours date_between, accepted sub_event_types and location_near', () => {
    const g = {
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      accept_sub_event_types: ['Armed clash', 'Government regains territory'],
      date_between: ['2022-09-09', '2022-09-12'],
      location_near: { geonameid: 704204, within_km: 60 },
    };
    expect(fitsGold(event, g, places).ok).toBe(true);
  });
});

describe('eval:seeds fieldsAgainstGold', () => {
  const strike = {
    ...event,
    actor1: 'Military Forces of Russia (2000-)',
    actor2: 'Civilians (Ukraine)',
    fatalities: 8,
    injured: 17,
  } as FusedEvent;
  it("accepts the gold actors without ACLED's period suffix, and the same toll", () => {
    expect(fieldsAgainstGold(strike, { actor1: 'Military Forces of Russia', fatalities: 8, injured: 17 })).toEqual([]);
  });
  it('names each field that disagrees: the sides reversed, a missing actor2, another toll', () => {
    const wrong = fieldsAgainstGold(strike, {
      actor1: 'Military Forces of Ukraine',
      actor2: 'Military Forces of Russia',
      fatalities: 1,
      injured: 17,
    });
    expect(wrong.map((w) => w.split(' ')[0])).toEqual(['actor1', 'actor2', 'fatalities']);
    expect(fieldsAgainstGold({ ...strike, injured: null }, { injured: 2 })).toEqual(['injured none ≠ 2']);
  });
});
