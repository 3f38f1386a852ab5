import { describe, expect, it } from 'vitest';
import { controlSnapshots, normaliseStatus, snapshotFor } from '../../src/server/control.js';

const ring = [[[36.7, 49.4], [36.9, 49.4], [36.9, 49.5], [36.7, 49.4]]];

describe('control snapshots for the map layer', () => {
  it("reads the store's snapshots (validFrom, areas of polygon rings)", () => {
    const snaps = controlSnapshots([
      { id: '2', file: 'b.geojson', format: 'deepstate', validFrom: '2022-09-08T14:38:00Z', time: 1662647880, areas: [{ status: 'liberated', label: 'Звільнено /// Taken back', polygon: ring, bbox: [0, 0, 0, 0] }] },
      { id: '1', file: 'a.geojson', format: 'deepstate', validFrom: '2022-09-07T16:27:00Z', time: 1662568020, areas: [{ status: 'occupied', label: 'Окуповано /// Occupied', polygon: ring, bbox: [0, 0, 0, 0] }] },
    ]);
    expect(snaps.map((s) => s.time)).toEqual(['2022-09-07T16:27:00.000Z', '2022-09-08T14:38:00.000Z']);
    expect(snaps[1]!.features[0]).toEqual({ type: 'Feature', geometry: { type: 'Polygon', coordinates: ring }, properties: { status: 'liberated', name: 'Звільнено /// Taken back' } });
    expect(snapshotFor(snaps, '2022-09-07')!.time).toBe('2022-09-07T16:27:00.000Z');
    expect(snapshotFor(snaps, '2022-09-08')!.time).toBe('2022-09-08T14:38:00.000Z');
    expect(snapshotFor(snaps, '2022-09-06')).toBeNull();
  });

  it('reads dated GeoJSON collections, Unix seconds included, and skips points and empty snapshots', () => {
    const snaps = controlSnapshots({
      snapshots: [
        { time: 1662568020, features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: ring }, properties: { name: 'Під питанням /// Contensed' } }, { type: 'Feature', geometry: { type: 'Point', coordinates: [36, 49] }, properties: { name: 'Direction of attack' } }] },
        { time: 'not a date', features: [] },
        { time: '2022-09-09', features: [] },
      ],
    });
    expect(snaps).toHaveLength(1);
    expect(snaps[0]!.features.map((f) => f.properties.status)).toEqual(['contested']);
    expect(controlSnapshots(undefined)).toEqual([]);
    expect(controlSnapshots('nonsense')).toEqual([]);
  });

  it('names statuses with the checks’ words', () => {
    expect(normaliseStatus('Звільнено 04.09 /// Liberated 04.09\n')).toBe('liberated');
    expect(normaliseStatus('Окуповано /// Occupied')).toBe('occupied');
    expect(normaliseStatus('Situation is unknown')).toBe('contested');
  });
});
