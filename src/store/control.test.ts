import { describe, expect, it } from 'vitest';
import { parseControlMap } from '../checks/control.js';
import { loadControl, saveControlSnapshot } from './control.js';
import { Store } from './index.js';

const square = [[[36, 49], [37, 49], [37, 50], [36, 50], [36, 49]]];
const map = (name: string) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: square } }] });

describe('control snapshots in the store', () => {
  it('round-trips snapshots, oldest first, and replaces a re-imported file', () => {
    const store = Store.open(':memory:');
    try {
      expect(store.schemaVersions().map((v) => v.name)).toContain('control');
      saveControlSnapshot(store, parseControlMap(map('Окуповано /// Occupied'), '1662647935.geojson').snapshot!);
      saveControlSnapshot(store, parseControlMap(map('Під питанням /// Contested'), '1662568041.geojson').snapshot!);
      saveControlSnapshot(store, parseControlMap(map('Звільнено /// Liberated'), '1662647935.geojson').snapshot!);
      const snaps = loadControl(store);
      expect(snaps.map((s) => s.validFrom)).toEqual(['2022-09-07T16:27:21Z', '2022-09-08T14:38:55Z']);
      expect(snaps[1]!.areas).toEqual([{ status: 'liberated', label: 'Звільнено /// Liberated', polygon: square, bbox: [36, 49, 37, 50] }]);
    } finally {
      store.close();
    }
  });
});
