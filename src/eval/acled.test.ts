import { describe, expect, it } from 'vitest';
import { readAcled, readNote, score } from './acled.js';

// two rows in ACLED's column layout, with notes written for this test
const CSV = [
  'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,fatalities,admin1,location,latitude,longitude,geo_precision,notes',
  'T1,2022-09-10,1,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Russia (2000-),,8,0,0,Kharkiv,Chuhuiv,49.8359,36.688,1,"On 10 September 2022, Russian forces shelled Chuhuiv (Kharkiv region). A warehouse burned."',
  'T2,2022-09-11,1,Battles,Armed clash,Military Forces of Ukraine (2019-),Military Forces of Russia (2000-),1,8,0,Kharkiv,Kharkiv,49.98,36.25,1,',
].join('\n');

describe('eval:acled', () => {
  it('reads the rows that carry a note and coordinates', () => {
    const rows = readAcled(CSV);
    expect(rows.map((r) => r.id)).toEqual(['T1']);
    expect(rows[0]).toMatchObject({
      date: '2022-09-10',
      event_type: 'Explosions/Remote violence',
      location: 'Chuhuiv',
    });
  });

  it('refuses a file without the ACLED columns', () => {
    expect(() => readAcled('a,b\n1,2')).toThrow(/not an ACLED export/u);
  });

  it('scores a note read as an article against its coding', () => {
    const reading = readNote(readAcled(CSV)[0]);
    expect(reading.event?.event_type).toBe('Explosions/Remote violence');
    expect(reading.km).toBeLessThan(25);
    const s = score([reading, { ...reading, event: null, place: null, km: Infinity }]);
    expect(s).toMatchObject({ rows: 2, withEvent: 1, typeRight: 1, within25: 1, typeAndPlace: 1 });
    expect(s.confusion['Explosions/Remote violence → (none)']).toBe(1);
  });
});
