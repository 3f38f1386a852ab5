import { describe, expect, it } from 'vitest';
import { geoJsonProblems } from '../../test/cli/formats.js';
import { sampleCorpus } from '../../test/cli/fixtures.js';
import { toGeoJson } from './geojson.js';

describe('GeoJSON export', () => {
  it('is an RFC 7946 FeatureCollection with [lon, lat] points', async () => {
    const doc = JSON.parse(JSON.stringify(await toGeoJson(sampleCorpus())));
    expect(geoJsonProblems(doc)).toEqual([]);
    expect(doc.features).toHaveLength(1);
    expect(doc.features[0].geometry.coordinates).toEqual([37.25699, 49.20781]);
    expect(doc.features[0].properties.event_type).toBe('Explosions/Remote violence');
    expect(doc.features[0].properties.sitrep_corroboration).toBe(2);
  });

  it('leaves out events without a place, and is valid when empty', async () => {
    const base = sampleCorpus();
    const unplaced = { ...base.events[0], id: 'ev-2', place: null };
    expect((await toGeoJson({ ...base, events: [unplaced] })).features).toEqual([]);
    const empty = await toGeoJson({ articles: [], entities: [], events: [], disputes: [], checks: [] });
    expect(geoJsonProblems(empty)).toEqual([]);
  });

  it('the validator catches what RFC 7946 forbids', async () => {
    const bad = {
      type: 'FeatureCollection',
      crs: {},
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [49.2, 137.2] } }],
    };
    expect(geoJsonProblems(bad)).toEqual([
      'has a crs member (removed in RFC 7946)',
      'feature 0: latitude 137.2 out of range',
    ]);
  });
});
