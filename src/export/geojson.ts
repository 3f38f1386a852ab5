/**
 * Fused events as an RFC 7946 FeatureCollection: Point geometries [longitude, latitude] in
 * WGS 84 (no `crs` member), six decimals, ACLED-style properties. Events not anchored to a place
 * have no coordinates and are left out (they are in the JSON and CSV exports).
 */
import type { Corpus } from '../model.js';
import { acledRecords, type AcledRecord } from './acled.js';
import { collect, corpusSource, type CorpusSource } from './source.js';

interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: AcledRecord & { reports: number };
}

interface EventCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

const six = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The features, one event at a time (by date, then id). */
export async function* geoJsonFeatures(source: CorpusSource): AsyncGenerator<PointFeature> {
  for await (const { event, record } of acledRecords(source)) {
    const place = event.place;
    if (!place || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) continue;
    yield {
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [six(place.lon), six(place.lat)] },
      properties: { ...record, reports: event.reports.length },
    };
  }
}

export async function toGeoJson(corpus: Corpus): Promise<EventCollection> {
  return { type: 'FeatureCollection', features: await collect(geoJsonFeatures(corpusSource(corpus))) };
}
