/**
 * A control map's snapshot time follows the one date rule (src/time/valid-date.ts): a file
 * name or `valid_from` outside 1900–2100 refuses the map with a reason, never a year 5138
 * snapshot or a thrown RangeError (issue 18).
 */
import { describe, expect, it } from 'vitest';
import { parseControlMap } from './control.js';
import { featureCollection, namedArea, statusArea } from '../testing/control-maps.js';

const deepstate = featureCollection([namedArea('Окуповано /// Occupied')]);
const own = (valid_from: unknown) => featureCollection([statusArea('occupied')], { valid_from });

describe('control maps: snapshot times', () => {
  it('refuses a DeepState file named for the year 5138', () => {
    const r = parseControlMap(deepstate, '99999999999.geojson');
    expect(r.snapshot).toBeNull();
    expect(r.error).toMatch(/^99999999999\.geojson: snapshot time 99999999999: outside 1900–2100 \(the year 5138\)/);
  });
  it('refuses a valid_from of 1e20, or a day that does not exist, without throwing', () => {
    expect(parseControlMap(own(1e20), 'a.geojson').error).toMatch(
      /^a\.geojson: valid_from 100000000000000000000: outside 1900–2100/,
    );
    expect(parseControlMap(own('2222-09-10T12:00:00Z'), 'b.geojson').error).toMatch(
      /^b\.geojson: valid_from "2222-09-10T12:00:00Z": outside 1900–2100/,
    );
    expect(parseControlMap(own('2022-02-30T12:00:00Z'), 'c.geojson').error).toMatch(
      /^c\.geojson: valid_from "2022-02-30T12:00:00Z": not a calendar date/,
    );
  });
  it('still reads a real snapshot time', () => {
    expect(parseControlMap(deepstate, '1662568041.geojson').snapshot).not.toBeNull();
    expect(parseControlMap(own('2022-09-10T12:00:00Z'), 'd.geojson').snapshot).not.toBeNull();
    expect(parseControlMap(own(1662811200), 'e.geojson').snapshot).not.toBeNull();
  });
});
