import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events/index.js';
import { makeArticle } from '../events/testing.js';
import { namesTown, parseCsv, placeOf } from './events.js';

describe('eval:events helpers', () => {
  it('parses quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n1,"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"\nthere'],
    ]);
  });
  it('finds a town in a text across romanisations, and not a part of a word', () => {
    expect(namesTown('Shelling of Balaklia overnight', 'Balakliya')).toBe(true);
    expect(namesTown('Damage in Lukyanivka, Kyiv oblast', 'Kyiv')).toBe(true);
    expect(namesTown('Convoy seen near the border', 'Kyiv')).toBe(false);
  });
  it('places a record at its event, else at the place after "in"/"near" rather than a word at the head of a title', () => {
    expect(placeOf(extractEvents(makeArticle({ text: 'Russian troops shelled Nikopol overnight.' })))).toMatchObject({
      via: 'event',
      place: { name: 'Nikopol' },
    });
    expect(placeOf(makeArticle({ text: 'Kharkiv style market scene in Izium' }))).toMatchObject({
      via: 'toponym',
      place: { name: 'Izium' },
    });
  });
});
