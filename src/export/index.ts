/** The export formats, each a function of the stored corpus to the text written out. */
import type { Corpus } from '../model.js';
import { toAcledCsv } from './acled.js';
import { toDocument } from './document.js';
import { toGeoJson } from './geojson.js';

type ExportFormat = 'json' | 'jsonl' | 'acled-csv' | 'geojson';

/**
 * GeoNames ids only: a country or region that no imported dump describes carries a synthetic
 * negative id inside sitrep (to key it), written out as null.
 */
const geonamesIdsOnly = (key: string, value: unknown): unknown =>
  key === 'geonameid' && typeof value === 'number' && value < 0 ? null : value;

/**
 * JSON Lines: one record a line, each with its `type` (article, place, demonym, entity, claim,
 * event, non_event, dispute, check). An entity's own type (person, organization, …) becomes `entity_type`.
 */
export function toJsonLines(corpus: Corpus): string {
  const doc = toDocument(corpus);
  const lists = [
    ['article', doc.articles],
    ['place', doc.places],
    ['demonym', doc.demonyms],
    ['entity', doc.entities.map(({ type, ...rest }) => ({ ...rest, entity_type: type }))],
    ['claim', doc.claims],
    ['event', doc.events],
    ['non_event', doc.non_events],
    ['dispute', doc.disputes],
    ['check', doc.checks],
  ] as const;
  return lists
    .flatMap(([type, items]) =>
      (items as object[]).map((item) => JSON.stringify({ type, ...item }, geonamesIdsOnly) + '\n'),
    )
    .join('');
}

export const formats: Record<ExportFormat, { file: string; write: (corpus: Corpus) => string }> = {
  json: { file: 'sitrep.json', write: (c) => JSON.stringify(toDocument(c), geonamesIdsOnly, 2) + '\n' },
  jsonl: { file: 'sitrep.jsonl', write: toJsonLines },
  'acled-csv': { file: 'events.acled.csv', write: toAcledCsv },
  geojson: { file: 'events.geojson', write: (c) => JSON.stringify(toGeoJson(c), null, 2) + '\n' },
};

export function isFormat(name: string): name is ExportFormat {
  return Object.hasOwn(formats, name);
}

export { toAcledCsv, toDocument, toGeoJson };
