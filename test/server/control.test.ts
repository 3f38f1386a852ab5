import { describe, expect, it } from 'vitest';
import { parseControlMap } from '../../src/checks/control.js';
import { controlSnapshots, snapshotFor } from '../../src/server/control.js';

const ring = [
  [
    [36.7, 49.4],
    [36.9, 49.4],
    [36.9, 49.5],
    [36.7, 49.4],
  ],
];

/** A snapshot as the store holds one: a DeepState file read by the checks (its name gives the time). */
function snapshot(iso: string, features: { name: string; type?: string; coordinates?: unknown }[]) {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: features.map(({ name, type = 'Polygon', coordinates = ring }) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type, coordinates },
    })),
  });
  return parseControlMap(text, `${Date.parse(iso) / 1000}.geojson`).snapshot!;
}

describe('control snapshots for the map layer', () => {
  it("gives the corpus's snapshots as dated collections, oldest first, with the checks' status names", () => {
    const snaps = controlSnapshots([
      snapshot('2022-09-08T14:38:00Z', [{ name: 'Звільнено /// Taken back' }]),
      snapshot('2022-09-07T16:27:00Z', [
        { name: 'Окуповано /// Occupied' },
        { name: 'Direction of attack', type: 'Point', coordinates: [36, 49] },
      ]),
    ]);
    expect(snaps.map((s) => s.time)).toEqual(['2022-09-07T16:27:00.000Z', '2022-09-08T14:38:00.000Z']);
    expect(snaps[0]!.features.map((f) => f.properties.status)).toEqual(['occupied']);
    expect(snaps[1]!.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: ring },
      properties: { status: 'liberated', name: 'Звільнено /// Taken back' },
    });
    expect(snapshotFor(snaps, '2022-09-07')!.time).toBe('2022-09-07T16:27:00.000Z');
    expect(snapshotFor(snaps, '2022-09-08')!.time).toBe('2022-09-08T14:38:00.000Z');
    expect(snapshotFor(snaps, '2022-09-06')).toBeNull();
  });

  it('leaves out a snapshot without areas, and gives none for no maps', () => {
    const contested = snapshot('2022-09-07T16:27:00Z', [{ name: 'Під питанням /// Contensed' }]);
    expect(
      controlSnapshots([{ ...contested, areas: [] }, contested]).map((s) => s.features.map((f) => f.properties.status)),
    ).toEqual([['contested']]);
    expect(controlSnapshots(undefined)).toEqual([]);
  });
});
