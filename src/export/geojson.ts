/**
 * Fused events as an RFC 7946 FeatureCollection: Point geometries [longitude, latitude] in
 * WGS 84 (no `crs` member), six decimals, ACLED-style properties. Events not anchored to a place
 * have no coordinates and are left out (they are in the JSON and CSV exports).
 */
import type { Corpus } from '../model.js';
import { acledRecords, type AcledRecord } from './acled.js';

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

export function toGeoJson(corpus: Corpus): EventCollection {
  const byId = new Map(corpus.events.map((e) => [e.id, e]));
  const features: PointFeature[] = [];
  for (const record of acledRecords(corpus)) {
    const event = byId.get(String(record.sitrep_event_id))!;
    const place = event.place;
    if (!place || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) continue;
    features.push({
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [six(place.lon), six(place.lat)] },
      properties: { ...record, reports: event.reports.length },
    });
  }
  return { type: 'FeatureCollection', features };
}
