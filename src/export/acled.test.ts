import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/cli/formats.js';
import { sampleCorpus } from '../../test/cli/fixtures.js';
import type { Corpus } from '../model.js';
import { ACLED_COLUMNS, CSV_COLUMNS, admin1Name, disorderType, toAcledCsv } from './acled.js';

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

describe('ACLED CSV', () => {
  it("has ACLED's columns in ACLED's order, then sitrep's", async () => {
    expect(ACLED_COLUMNS.join(',')).toBe(ACLED_HEADER);
    const header = (await toAcledCsv(sampleCorpus())).split('\r\n')[0];
    expect(header).toBe(
      ACLED_HEADER +
        ',sitrep_event_id,sitrep_sources,sitrep_outlets,sitrep_corroboration,sitrep_status,sitrep_confidence,sitrep_checks',
    );
  });

  it('writes rows that parse back field by field, with ACLED codes', async () => {
    const text = await toAcledCsv(sampleCorpus());
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(row.event_id_cnty).toMatch(/^UKR\d+$/);
    expect(row.event_date).toBe('2022-09-09');
    expect(row.year).toBe('2022');
    expect(row.disorder_type).toBe('Political violence');
    // a state's forces outside their own country are external forces (8), as ACLED codes them
    expect(row.inter1).toBe('1');
    expect(row.inter2).toBe('8');
    expect(row.interaction).toBe('18');
    expect(row.iso).toBe('804');
    expect(row.region).toBe('Europe');
    expect(row.country).toBe('Ukraine');
    expect(row.admin1).toBe('Kharkiv');
    expect(row.location).toBe('Izyum'); // the gazetteer's name
    expect(row.latitude).toBe('49.2078');
    expect(row.longitude).toBe('37.257');
    // the notes hold a comma and double quotes: quoted, and read back intact
    expect(row.notes).toBe(sampleCorpus().events[0].notes);
    expect(row.fatalities).toBe('2');
    expect(row.timestamp).toBe(String(Date.UTC(2022, 8, 10) / 1000));
    expect(row.sitrep_sources).toBe('in/feed.jsonl#2;in/one.txt');
    expect(row.sitrep_outlets).toBe('Eastern Courier;Kyiv Ledger');
    expect(row.sitrep_corroboration).toBe('2');
    expect(row.sitrep_status).toBe('claimed');
    expect(row.sitrep_checks).toBe('distance inconsistent (stated 76 km, computed 62 km)');
  });

  it('keeps event_id_cnty stable when other events join the corpus', async () => {
    const base = sampleCorpus();
    const first = parseCsv(await toAcledCsv(base))[1][0];
    const other = { ...base.events[0], id: 'ev-0', date: '2022-09-01' };
    const grown: Corpus = { ...base, events: [other, ...base.events] };
    const rows = parseCsv(await toAcledCsv(grown)).slice(1);
    expect(rows.find((r) => r[31] === 'ev-1')?.[0]).toBe(first);
  });

  it('codes a one-actor civilian event and an empty corpus', async () => {
    const base = sampleCorpus();
    const ev = {
      ...base.events[0],
      event_type: 'Violence against civilians' as const,
      sub_event_type: 'Attack',
      actor2: 'Civilians (Ukraine)',
    };
    const [header, row] = parseCsv(await toAcledCsv({ ...base, events: [ev] }));
    const r = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(r.interaction).toBe('17');
    expect(r.civilian_targeting).toBe('Civilian targeting');
    const solo = { ...base.events[0], actor2: null };
    const [, soloRow] = parseCsv(await toAcledCsv({ ...base, events: [solo] }));
    expect(soloRow[12]).toBe('0');
    expect(soloRow[13]).toBe('10');
    const empty = parseCsv(await toAcledCsv({ articles: [], entities: [], events: [], disputes: [], checks: [] }));
    expect(empty).toEqual([[...CSV_COLUMNS]]);
  });

  it('names admin1 regions as ACLED does', async () => {
    expect(admin1Name('Kharkiv region')).toBe('Kharkiv');
    expect(admin1Name('Donetsk Oblast')).toBe('Donetsk');
    expect(admin1Name('Kyiv City')).toBe('Kyiv City');
    expect(admin1Name(null)).toBe('');
  });

  it('maps event types to disorder types', async () => {
    expect(disorderType('Battles', 'Armed clash')).toBe('Political violence');
    expect(disorderType('Protests', 'Peaceful protest')).toBe('Demonstrations');
    expect(disorderType('Riots', 'Violent demonstration')).toBe('Demonstrations');
    expect(disorderType('Strategic developments', 'Other')).toBe('Strategic developments');
  });
});
