/**
 * Fused events as ACLED rows: ACLED's columns in ACLED's order, then sitrep's own.
 * Codes follow ACLED's codebook: disorder_type from event_type, inter codes from the actors,
 * interaction as the two codes smaller first, ISO numeric country codes, ACLED regions.
 * Nothing depends on the clock: `timestamp` is the Unix time of the latest report's date.
 */
import { hashId } from '../hash-id.js';
import type { Check, Corpus, FusedEvent } from '../model.js';
import { country } from './countries.js';
import { csvLine, type Cell } from './csv.js';
import { allChecks } from './document.js';
import { interCodes, interOfEvent } from './inter.js';
import { collect, corpusSource, type CorpusSource } from './source.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

const SITREP_COLUMNS = [
  'sitrep_event_id',
  'sitrep_sources',
  'sitrep_outlets',
  'sitrep_corroboration',
  'sitrep_status',
  'sitrep_confidence',
  'sitrep_checks',
] as const;

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...SITREP_COLUMNS] as const;

export type AcledRecord = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** ACLED's disorder_type for an event_type and sub_event_type. */
export function disorderType(eventType: string, subEventType: string): string {
  if (eventType === 'Strategic developments') return 'Strategic developments';
  if (eventType === 'Protests') {
    return subEventType === 'Excessive force against protesters'
      ? 'Political violence; Demonstrations'
      : 'Demonstrations';
  }
  if (eventType === 'Riots') return subEventType === 'Mob violence' ? 'Political violence' : 'Demonstrations';
  return 'Political violence';
}

/**
 * "UKR" + a number derived from sitrep's event id, so it stays the same across runs. Read by id,
 * one event at a time; only the numbers are kept.
 */
async function eventNumbers(eventsById: AsyncIterable<FusedEvent>): Promise<Map<string, number>> {
  const taken = new Set<string>();
  const numbers = new Map<string, number>();
  for await (const e of eventsById) {
    const prefix = country(e.place?.country)?.iso3 ?? 'XXX';
    let n = parseInt(hashId([e.id], 7), 16);
    while (taken.has(prefix + n)) n++;
    taken.add(prefix + n);
    numbers.set(e.id, n);
  }
  return numbers;
}

function unixSeconds(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(t) ? null : Math.floor(t / 1000);
}

/** A short summary of an event's checks: "distance inconsistent (stated 76 km, computed 62 km); control consistent". */
function checksSummary(checks: Check[]): string {
  return checks
    .map((c) => `${c.kind} ${c.verdict}${c.computed !== null ? ` (stated ${c.stated}, computed ${c.computed})` : ''}`)
    .join('; ');
}

/** ACLED names a first-level region without its kind: "Kharkiv region" → "Kharkiv". */
export function admin1Name(name: string | null | undefined): string {
  return (name ?? '').replace(/\s+(region|oblast|province|governorate|krai|kray)$/i, '').trim();
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Each fused event (by date, then id) with its ACLED row, read one at a time: before the first,
 * the event numbers (a reading by id) and the checks that name an event are gathered.
 */
export async function* acledRecords(source: CorpusSource): AsyncGenerator<{ event: FusedEvent; record: AcledRecord }> {
  const numbers = await eventNumbers(source.events('id'));
  const checksOf = new Map<string, Check[]>();
  for (const c of await allChecks(source)) {
    if (!c.eventId) continue;
    const list = checksOf.get(c.eventId) ?? [];
    list.push(c);
    checksOf.set(c.eventId, list);
  }
  for await (const event of source.events('date')) {
    yield { event, record: acledRecord(event, numbers.get(event.id)!, checksOf.get(event.id) ?? []) };
  }
}

function acledRecord(e: FusedEvent, number: number, checks: Check[]): AcledRecord {
  const c = country(e.place?.country);
  const inter1 = interOfEvent(e, 'actor1', e.place?.country);
  const inter2 = interOfEvent(e, 'actor2', e.place?.country);
  const sources = [...new Set(e.reports.map((r) => r.path))].sort();
  const outlets = [...new Set(e.outlets.length ? e.outlets : e.reports.map((r) => r.outlet ?? ''))]
    .filter(Boolean)
    .sort();
  const lastReport =
    e.lastReported ??
    e.reports
      .map((r) => r.date ?? '')
      .sort()
      .at(-1) ??
    e.date;
  const admin2 = e.place?.admin2 && !/^[\d.]+$/.test(e.place.admin2) ? e.place.admin2 : '';
  return {
    event_id_cnty: `${c?.iso3 ?? 'XXX'}${number}`,
    event_date: e.date ?? '',
    year: e.date ? Number(e.date.slice(0, 4)) : '',
    time_precision: e.time_precision,
    disorder_type: disorderType(e.event_type, e.sub_event_type),
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1 ?? '',
    assoc_actor_1: '',
    inter1: e.actor1 ? inter1 : '',
    actor2: e.actor2 ?? '',
    assoc_actor_2: '',
    inter2: e.actor2 ? inter2 : e.actor1 ? 0 : '',
    interaction: interCodes.interaction(inter1, inter2),
    civilian_targeting: e.event_type === 'Violence against civilians' || inter2 === 7 ? 'Civilian targeting' : '',
    iso: c?.iso ?? '',
    region: c?.region ?? '',
    country: c?.country ?? '',
    admin1: admin1Name(e.place?.admin1Name),
    admin2,
    admin3: '',
    // the gazetteer's name, as ACLED gives it, rather than the article's spelling
    location: e.place?.name ?? e.location ?? '',
    latitude: e.place ? round(e.place.lat, 4) : '',
    longitude: e.place ? round(e.place.lon, 4) : '',
    geo_precision: e.geo_precision,
    source: outlets.join('; '),
    source_scale: '',
    notes: e.notes,
    fatalities: e.fatalities ?? 0,
    tags: e.injured ? `injuries=${e.injured}` : '',
    timestamp: unixSeconds(lastReport) ?? '',
    sitrep_event_id: e.id,
    sitrep_sources: sources.join(';'),
    sitrep_outlets: outlets.join(';'),
    sitrep_corroboration: e.corroboration,
    sitrep_status: e.status,
    sitrep_confidence: round(e.confidence, 2),
    sitrep_checks: checksSummary(checks),
  };
}

/** The CSV, a line at a time: the header, then one row an event. */
export async function* acledCsvLines(source: CorpusSource): AsyncGenerator<string> {
  yield csvLine(CSV_COLUMNS);
  for await (const { record } of acledRecords(source)) yield csvLine(CSV_COLUMNS.map((col) => record[col] as Cell));
}

export async function toAcledCsv(corpus: Corpus): Promise<string> {
  return (await collect(acledCsvLines(corpusSource(corpus)))).join('');
}
