/**
 * The export formats, each a function of the corpus, read list by list (./source.ts), to the text
 * written out, in pieces as it is read: a store's corpus is exported row by row, never held whole.
 */
import type { Corpus } from '../model.js';
import { acledCsvLines, toAcledCsv } from './acled.js';
import { documentSections, toDocument, type ExportEntity } from './document.js';
import { geoJsonFeatures, toGeoJson } from './geojson.js';
import { collect, corpusSource, type CorpusSource } from './source.js';

type ExportFormat = 'json' | 'jsonl' | 'acled-csv' | 'geojson';

/**
 * GeoNames ids only: a country or region that no imported dump describes carries a synthetic
 * negative id inside sitrep (to key it), written out as null.
 */
const geonamesIdsOnly = (key: string, value: unknown): unknown =>
  key === 'geonameid' && typeof value === 'number' && value < 0 ? null : value;

type Replacer = (key: string, value: unknown) => unknown;

/**
 * A JSON array, an element at a time, exactly as JSON.stringify(…, replacer, 2) writes it as a
 * member of an object `depth` levels deep: each element on its own lines, indented one level
 * more, `[]` when empty. (Element text is indented line by line: JSON strings hold no raw line break.)
 */
async function* jsonArray(items: AsyncIterable<unknown>, depth: number, replacer?: Replacer): AsyncGenerator<string> {
  const pad = '  '.repeat(depth);
  const inner = pad + '  ';
  let n = 0;
  for await (const item of items) {
    yield (n++ ? ',\n' : '[\n') + inner + JSON.stringify(item, replacer, 2).replace(/\n/g, '\n' + inner);
  }
  yield n ? `\n${pad}]` : '[]';
}

/** The document as one JSON object, as JSON.stringify(document, geonamesIdsOnly, 2) writes it. */
async function* json(source: CorpusSource): AsyncGenerator<string> {
  let first = true;
  for await (const [name, items] of documentSections(source)) {
    yield `${first ? '{' : ','}\n  ${JSON.stringify(name)}: `;
    first = false;
    yield* jsonArray(items, 1, geonamesIdsOnly);
  }
  yield '\n}\n';
}

const entityRecord = ({ type, ...rest }: ExportEntity) => ({ ...rest, entity_type: type });

/**
 * JSON Lines: one record a line, each with its `type` (article, place, demonym, entity, claim,
 * event, non_event, dispute, check). An entity's own type (person, organization, …) becomes `entity_type`.
 */
async function* jsonLines(source: CorpusSource): AsyncGenerator<string> {
  const typeOf = {
    articles: 'article',
    places: 'place',
    demonyms: 'demonym',
    entities: 'entity',
    claims: 'claim',
    events: 'event',
    non_events: 'non_event',
    disputes: 'dispute',
    checks: 'check',
  } as const;
  for await (const [name, items] of documentSections(source)) {
    const type = typeOf[name];
    for await (const item of items as AsyncIterable<object>) {
      yield (
        JSON.stringify(
          { type, ...(name === 'entities' ? entityRecord(item as ExportEntity) : item) },
          geonamesIdsOnly,
        ) + '\n'
      );
    }
  }
}

/** The FeatureCollection, as JSON.stringify(collection, null, 2) writes it. */
async function* geoJson(source: CorpusSource): AsyncGenerator<string> {
  yield '{\n  "type": "FeatureCollection",\n  "features": ';
  yield* jsonArray(geoJsonFeatures(source), 1);
  yield '\n}\n';
}

export const formats: Record<ExportFormat, { file: string; write: (source: CorpusSource) => AsyncIterable<string> }> = {
  json: { file: 'sitrep.json', write: json },
  jsonl: { file: 'sitrep.jsonl', write: jsonLines },
  'acled-csv': { file: 'events.acled.csv', write: acledCsvLines },
  geojson: { file: 'events.geojson', write: geoJson },
};

export function isFormat(name: string): name is ExportFormat {
  return Object.hasOwn(formats, name);
}

/** A format's whole text for a corpus in memory. */
export async function exportText(format: ExportFormat, corpus: Corpus): Promise<string> {
  return (await collect(formats[format].write(corpusSource(corpus)))).join('');
}

export { toAcledCsv, toDocument, toGeoJson };
export type { CorpusSource };
