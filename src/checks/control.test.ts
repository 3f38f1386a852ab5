import { describe, expect, it } from 'vitest';
import { parseControlMap, statusAt, timeFromFileName } from './control.js';
import { bowTie, box, featureCollection, namedArea, square as solid, statusArea } from '../testing/control-maps.js';

// the test square with a 0.2° hole
const square = [...solid, ...box(36.4, 49.4, 36.6, 49.6)];

describe('control maps', () => {
  it('reads a DeepState file: time from the name, statuses from the names, holes, collections; points skipped', () => {
    const text = featureCollection([
      namedArea('Окуповано /// Occupied\n', square),
      {
        type: 'Feature',
        properties: { name: 'Під питанням /// Contensed' },
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            {
              type: 'Polygon',
              coordinates: [
                [
                  [38, 49, 0],
                  [38.5, 49, 0],
                  [38.5, 49.5, 0],
                  [38, 49, 0],
                ],
              ],
            },
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'Напрямок удару /// Direction of attack' },
        geometry: { type: 'Point', coordinates: [36.5, 49.5] },
      },
    ]);
    const r = parseControlMap(text, '/maps/1662568041.geojson');
    expect(r.error).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.snapshot).toMatchObject({
      file: '1662568041.geojson',
      format: 'deepstate',
      time: 1662568041,
      validFrom: '2022-09-07T16:27:21Z',
    });
    expect(r.snapshot!.areas.map((a) => a.status)).toEqual(['occupied', 'contested']);
    expect(statusAt(r.snapshot!, 36.2, 49.2)).toBe('occupied');
    expect(statusAt(r.snapshot!, 36.5, 49.5)).toBe('none'); // in the hole
    expect(statusAt(r.snapshot!, 38.3, 49.1)).toBe('contested');
  });
  it('warns about an unknown status name and keeps the rest', () => {
    const r = parseControlMap(
      featureCollection([namedArea('Окуповано /// Occupied', square), namedArea('Острів /// Some Island', square)]),
      '1662568041.geojson',
    );
    expect(r.snapshot!.areas).toHaveLength(1);
    expect(r.warnings).toEqual([
      '1662568041.geojson: feature 1 "Острів /// Some Island": unknown status name, feature skipped',
    ]);
  });
  it('refuses a truncated file, an empty collection, a self-intersecting polygon, a file without a time', () => {
    const full = featureCollection([namedArea('Окуповано /// Occupied', square)]);
    expect(parseControlMap(full.slice(0, 60), '1662568041.geojson').error).toMatch(
      /^1662568041\.geojson: not valid JSON \(truncated file\?\)/,
    );
    expect(parseControlMap(featureCollection([]), '1662568041.geojson').error).toBe(
      '1662568041.geojson: empty FeatureCollection',
    );
    const crossed = parseControlMap(
      featureCollection([namedArea('Окуповано /// Occupied', bowTie)]),
      '1662568041.geojson',
    );
    expect(crossed.snapshot).toBeNull();
    expect(crossed.error).toMatch(/self-intersecting polygon/);
    expect(parseControlMap(full, 'latest.geojson').error).toMatch(/no snapshot time/);
  });
  it('reads GeometryCollections without recursion and refuses one nested 10,000 deep with its reason', () => {
    // written as text: JSON.stringify itself recurses
    const nested = (depth: number) =>
      '{"type":"GeometryCollection","geometries":['.repeat(depth) +
      JSON.stringify({ type: 'Polygon', coordinates: square }) +
      ']}'.repeat(depth);
    const doc = (geometry: string) =>
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Окуповано /// Occupied"},"geometry":${geometry}}]}`;
    expect(parseControlMap(doc(nested(3)), '1662568041.geojson').snapshot!.areas).toHaveLength(1);
    const deep = parseControlMap(doc(nested(10_000)), '1662568041.geojson');
    expect(deep.snapshot).toBeNull();
    expect(deep.error).toBe('1662568041.geojson: feature 0: GeometryCollections nested more than 32 deep');
  });
  it('refuses broken JSON in one line, whatever line breaks the parser quotes', () => {
    const r = parseControlMap('toString \n — , the captured', '1662568041.geojson');
    expect(r.error).toMatch(/^1662568041\.geojson: not valid JSON \(truncated file\?\): /);
    expect(r.error).not.toMatch(/\n/);
  });
  it('refuses a crs other than WGS 84 (RFC 7946 reads longitude and latitude only) and accepts CRS84', () => {
    const withCrs = (name: string) =>
      JSON.stringify({
        ...JSON.parse(featureCollection([namedArea('Окуповано /// Occupied', square)])),
        crs: { type: 'name', properties: { name } },
      });
    expect(parseControlMap(withCrs('urn:ogc:def:crs:EPSG::3857'), '1662568041.geojson').error).toMatch(
      /^1662568041\.geojson: crs "urn:ogc:def:crs:EPSG::3857": only WGS 84/,
    );
    expect(parseControlMap(withCrs('urn:ogc:def:crs:OGC:1.3:CRS84'), '1662568041.geojson').error).toBeNull();
    expect(parseControlMap(withCrs('EPSG:4326'), '1662568041.geojson').error).toBeNull();
  });
  it('reads the sitrep format: status per feature, valid_from on the collection, MultiPolygons', () => {
    const text = featureCollection(
      [
        {
          type: 'Feature',
          properties: { status: 'occupied' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              square,
              [
                [
                  [40, 49],
                  [41, 49],
                  [41, 50],
                  [40, 49],
                ],
              ],
            ],
          },
        },
        statusArea('frozen', square),
      ],
      { valid_from: '2022-09-10T12:00:00Z' },
    );
    const r = parseControlMap(text, 'analyst-map.geojson');
    expect(r.snapshot).toMatchObject({ format: 'sitrep', validFrom: '2022-09-10T12:00:00Z' });
    expect(r.snapshot!.areas).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/feature 1 "frozen": unknown status name/);
    const noTime = featureCollection([statusArea('occupied', square)]);
    expect(parseControlMap(noTime, 'x.geojson').error).toMatch(/valid_from missing/);
    const local = JSON.parse(text);
    local.valid_from = '2022-09-10T12:00';
    expect(parseControlMap(JSON.stringify(local), 'x.geojson').snapshot!.validFrom).toBe('2022-09-10T12:00:00Z');
  });
  it('takes the snapshot time from a DeepState file name only', () => {
    expect(timeFromFileName('/a/b/1662647935.geojson')).toBe(1662647935);
    expect(timeFromFileName('map-2022.geojson')).toBeNull();
  });
});
