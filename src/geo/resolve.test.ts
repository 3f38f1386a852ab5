// One test per disambiguation signal, on sentences written for these tests, against the full
// cities500 gazetteer (compiled on first use; that can take a while on a cold cache).
import { beforeAll, describe, expect, it } from 'vitest';
import { textArticle, type Article, type ToponymMention } from '../model.js';
import { analyseText } from '../text/analyse.js';
import { getGazetteer } from './gazetteer.js';
import { geoparse } from './index.js';

function parsed(text: string): Article {
  return geoparse(analyseText(textArticle(text)));
}
const toponyms = (text: string): ToponymMention[] => parsed(text).toponyms ?? [];
const find = (ts: ToponymMention[], text: string) => ts.find((t) => t.text === text);

beforeAll(() => {
  delete process.env.SITREP_CACHE;
  delete process.env.SITREP_CITIES500;
  delete process.env.SITREP_GEONAMES_DIR;
  getGazetteer();
}, 600_000);

describe('resolution signals', () => {
  it('population and feature class: the regional capital over a small namesake', () => {
    const t = find(toponyms('Air raid sirens sounded in Mykolaiv overnight.'), 'Mykolaiv')!;
    expect(t.place?.geonameid).toBe(700569);
  });

  it("the article's other places: the Shevchenkove near Kupiansk, not one in another oblast", () => {
    const ts = toponyms('Troops advancing from Kupiansk and Izium reached Shevchenkove on Thursday.');
    expect(find(ts, 'Shevchenkove')?.place?.geonameid).toBe(694137);
  });

  it('explicit hierarchy: "X, Y Oblast" picks the X inside Y', () => {
    const ts = toponyms('The school in Shevchenkove, Mykolaiv Oblast, was damaged.');
    const t = find(ts, 'Shevchenkove')!;
    expect(t.place?.admin1).toBe('16');
    expect(t.evidence?.join(' ')).toMatch(/within/);
  });

  it('a region named in the same sentence: "near X, also in the Kharkiv region"', () => {
    const ts = toponyms('Officials spoke of shelling near Shevchenkove, also in the Kharkiv region.');
    expect(find(ts, 'Shevchenkove')?.place?.admin1).toBe('07');
  });

  it('a stated distance: "35 kilometers from Kupiansk"', () => {
    const ts = toponyms('They entered Shevchenkove, about 35 kilometers from Kupiansk.');
    const t = find(ts, 'Shevchenkove')!;
    expect(t.place?.geonameid).toBe(694137);
    expect(t.evidence?.join(' ')).toMatch(/stated 35/);
  });

  it('neighbours in a list lie near each other: "outside Lysychansk and Lyman"', () => {
    const ts = toponyms('Fighting went on outside Lysychansk and near Lyman.');
    expect(find(ts, 'Lyman')?.place?.geonameid).toBe(704204);
  });

  it('region words: "the Kherson region" is the oblast, "the city of Kherson" the city, "the region of Sumy" the oblast', () => {
    const ts = toponyms(
      'Fighting spread across the Kherson region, but the city of Kherson was calm. Aid reached the region of Sumy.',
    );
    expect(find(ts, 'Kherson region')?.place).toMatchObject({ feature: 'ADM1', admin1: '08' });
    expect(find(ts, 'Kherson')?.place?.geonameid).toBe(706448);
    expect(find(ts, 'Sumy')?.place).toMatchObject({ feature: 'ADM1', admin1: '21' });
  });

  it('named regions resolve to region records: Donbas, Crimea, Chechnya', () => {
    const ts = toponyms('Units moved from Chechnya to Crimea and on to the Donbas.');
    expect(find(ts, 'Chechnya')?.place?.feature).toBe('ADM1');
    expect(find(ts, 'Crimea')?.place?.feature).toBe('ADM1');
    expect(find(ts, 'Donbas')?.place?.feature).toBe('RGN');
  });

  it('the bundled Ukrainian dump holds the village: the Ozerne near Kramatorsk, not a namesake elsewhere', () => {
    const t = find(
      toponyms('Near Kramatorsk and Sloviansk, Ukrainian troops retook the village of Ozerne.'),
      'Ozerne',
    )!;
    expect(t.place).toMatchObject({ geonameid: 707715, admin1: '05' });
    expect(t.confidence).toBeGreaterThan(0.5);
  });

  it('a village far from every other place named gets a low confidence (likely one the gazetteer lacks)', () => {
    const ts = toponyms('Near Kramatorsk and Sloviansk, Ukrainian troops retook the village of Dunmore.');
    const t = find(ts, 'Dunmore')!;
    expect(t.confidence).toBeLessThan(0.5);
    expect(t.evidence?.join(' ')).toMatch(/gazetteer lacks/);
    expect(find(ts, 'Kramatorsk')!.confidence).toBeGreaterThan(0.5);
  });

  it('a settlement the gazetteer lacks is kept, placed in the region the sentence names, with a low confidence', () => {
    const ts = toponyms('Shelling hit the village of Qwertyivka in the Kherson region.');
    const t = find(ts, 'Qwertyivka')!;
    expect(t.place).toMatchObject({ feature: 'ADM1', admin1: '08' });
    expect(t.confidence).toBeLessThan(0.5);
    const alone = find(toponyms('Shelling hit the village of Qwertyivka.'), 'Qwertyivka')!;
    expect(alone.place).toBeNull();
    expect(alone.confidence).toBe(0);
  });

  it('a county the gazetteer lacks falls back to the state most places lie in, not a namesake town elsewhere', () => {
    const ts = toponyms('Storms hit Louisville, Lexington and Frankfort, and flattened barns in Metcalfe County.');
    expect(find(ts, 'Metcalfe')?.place).toMatchObject({ feature: 'ADM1', country: 'US', admin1: 'KY' });
    expect(find(ts, 'Louisville')?.place?.admin1).toBe('KY');
  });

  it('one sense per article: every spelling of a town resolves alike', () => {
    const ts = toponyms('Balakliya was retaken. Reporters in Balakliia and Balaklia saw the flag.');
    expect(new Set(ts.filter((t) => t.text.startsWith('Balakl')).map((t) => t.place?.geonameid))).toEqual(
      new Set([712926]),
    );
  });

  it('countries and demonyms resolve to the country record; "Kiev" to Kyiv', () => {
    const a = parsed('Ukrainian officials in Kiev said Russia had withdrawn.');
    const ts = a.toponyms ?? [];
    // the demonym resolves to its country but is kept apart from the toponyms
    expect(find(ts, 'Ukrainian')).toBeUndefined();
    expect(a.demonyms?.find((d) => d.text === 'Ukrainian')?.place).toMatchObject({ feature: 'PCLI', country: 'UA' });
    expect(find(ts, 'Russia')?.place).toMatchObject({ feature: 'PCLI', country: 'RU' });
    expect(find(ts, 'Kiev')?.place?.geonameid).toBe(703448);
  });

  it('a demonym names an actor: "Russian shelling" does not pull a town to a namesake in Russia', () => {
    const a = parsed('Russian shelling damaged homes in Lyman overnight.');
    expect(find(a.toponyms ?? [], 'Lyman')?.place?.country).toBe('UA');
    expect(a.demonyms?.find((d) => d.text === 'Russian')?.place.country).toBe('RU');
  });

  it('a village named inside a region that holds no namesake falls back to that region, weakly', () => {
    const ts = toponyms('Troops entered Lukashivka, Kherson Oblast, at dawn.');
    const t = find(ts, 'Lukashivka')!;
    expect(t.place?.feature).toBe('ADM1');
    expect(t.place?.name).toMatch(/Kherson/);
    expect(t.confidence).toBeLessThan(0.5);
  });

  it('a region in brackets after a town is its hierarchy too: "X (Y Oblast)", "X [Y Region]"', () => {
    for (const text of [
      'Troops entered Lukashivka (Kherson Oblast) at dawn.',
      'Troops entered Lukashivka [Kherson region] at dawn.',
    ]) {
      const t = find(toponyms(text), 'Lukashivka')!;
      expect(t.place?.name).toMatch(/Kherson/);
      expect(t.confidence).toBeLessThan(0.5);
    }
  });

  it('suppresses persons, media, units and rivers in running text', () => {
    const ts = toponyms(
      'Defense Secretary Lloyd Austin told The Washington Post that the Kraken unit had crossed the Oskil River near Kupiansk.',
    );
    expect(ts.map((t) => t.text)).toEqual(['Kupiansk']);
  });
});
