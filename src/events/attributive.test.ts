import { describe, expect, it } from 'vitest';
import { attributiveToponyms } from './attributive.js';
import { eventsOf, makeArticle } from './testing.js';

function mention(text: string, surface: string) {
  const a = makeArticle({ text });
  const t = (a.toponyms ?? []).find((x) => x.text === surface);
  if (!t) throw new Error(`no toponym ${surface} in: ${text}`);
  return { a, t };
}

describe('attributiveToponyms', () => {
  it('tells a demonym or a place name modifying a noun from a place', () => {
    const [demonym, highway] = attributiveToponyms.examples.matches;
    expect(attributiveToponyms.isAttributive(mention(demonym, 'Crimean').a, mention(demonym, 'Crimean').t)).toBe(true);
    expect(attributiveToponyms.isAttributive(mention(highway, 'Zhytomyr').a, mention(highway, 'Zhytomyr').t)).toBe(
      true,
    );
    const [region, town] = attributiveToponyms.examples.rejects;
    expect(attributiveToponyms.isAttributive(mention(region, 'Crimea').a, mention(region, 'Crimea').t)).toBe(false);
    expect(attributiveToponyms.isAttributive(mention(town, 'Zhytomyr').a, mention(town, 'Zhytomyr').t)).toBe(false);
    const own = mention('Shells fell on the Kreminna settlement overnight.', 'Kreminna');
    expect(attributiveToponyms.isAttributive(own.a, own.t)).toBe(false);
    // "X state" names the state (Sudan's, Nigeria's, India's), it does not modify a noun
    const [, , state] = attributiveToponyms.examples.rejects;
    expect(attributiveToponyms.isAttributive(mention(state, 'Zhytomyr').a, mention(state, 'Zhytomyr').t)).toBe(false);
  });

  it('finds places after a locative cue, known to the gazetteer or not, but not dates', () => {
    const a = makeArticle({ text: 'Drones struck a convoy near the village of Babyntsi in March.' });
    const s = a.sentences![0];
    const at = attributiveToponyms.locativePlaces(a, s);
    expect(at.map((x) => a.text.slice(x, x + 8))).toEqual(['Babyntsi']);
  });

  it("a language after 'in' is no place: English, and the languages of the profiles' countries", () => {
    for (const language of ['English', 'Arabic', 'Ukrainian']) {
      const a = makeArticle({ text: `Drones struck a convoy near Babyntsi, the governor wrote in ${language}.` });
      const at = attributiveToponyms.locativePlaces(a, a.sentences![0]);
      expect(at.map((x) => a.text.slice(x, x + 8))).toEqual(['Babyntsi']);
    }
  });
});

describe('a demonym or modifier does not anchor an event when the sentence names a place', () => {
  it('an unknown place with its region: the region, geo_precision 3, never the demonym’s region', () => {
    for (const unresolved of [[], ['Babyntsi']]) {
      const events = eventsOf({
        text: 'Ukrainian artillery shelled Chechen units near Babyntsi, Kyiv Oblast.',
        unresolved,
      });
      const shelling = events.filter((e) => e.family === 'shelling');
      expect(shelling).toHaveLength(1);
      expect(shelling[0].location?.place?.name).toBe('Kyiv Oblast');
      expect(shelling[0].geo_precision).toBe(3);
    }
  });

  it('an unknown place and no region: no location rather than the demonym’s', () => {
    const events = eventsOf({
      text: 'Ukrainian artillery shelled Chechen units near Babyntsi.',
      unresolved: ['Babyntsi'],
    });
    expect(events.filter((e) => e.location?.place?.name === 'Chechnya')).toEqual([]);
  });

  it('a place name used as an adjective gives way to the place after the cue', () => {
    const [e] = eventsOf('Russian artillery shelled a convoy on the Zhytomyr highway near Bucha.').filter(
      (x) => x.family === 'shelling',
    );
    expect(e.location?.place?.name).toBe('Bucha');
    expect(e.geo_precision).toBe(2);
  });

  it('a region or town after the cue itself, or a town inside the region named, still anchors', () => {
    const [r] = eventsOf('Russian artillery shelled a depot in Chechnya.').filter((x) => x.family === 'shelling');
    expect(r.location?.place?.name).toBe('Chechnya');
    expect(r.geo_precision).toBe(3);
    const [k] = eventsOf('Russian artillery shelled the Kharkiv airport in the Kharkiv region.').filter(
      (x) => x.family === 'shelling',
    );
    expect(k.location?.place?.name).toBe('Kharkiv');
  });
});
