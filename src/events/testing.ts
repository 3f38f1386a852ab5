/**
 * Helpers for the events and fusion tests: articles built from sentences written for the tests,
 * with hand-made layers (toponyms, claims, time expressions, quantities) standing in for the
 * stages of #3 and #4.
 */
import { expect } from 'vitest';
import type { Article, Claim, Place, Quantity, Side, TimeExpression, ToponymMention } from '../model.js';
import { articleOf } from '../testing/article.js';
import type { TriggerFamily } from './family.js';
import { extractEvents } from './index.js';

let nextId = 1;

export function place(name: string, lat: number, lon: number, extra: Partial<Place> = {}): Place {
  return {
    geonameid: extra.geonameid ?? 100000 + nextId++,
    name,
    featureClass: extra.featureClass ?? 'P',
    feature: extra.feature ?? 'PPL',
    country: extra.country ?? 'UA',
    admin1: extra.admin1 ?? '07',
    admin1Name: extra.admin1Name ?? 'Kharkiv',
    lat,
    lon,
    population: extra.population ?? 10000,
  };
}

/** A small hand-made gazetteer for the tests (coordinates from GeoNames). */
export const places: Record<string, Place> = {
  Izium: place('Izium', 49.207, 37.277, { geonameid: 707292 }),
  Lyman: place('Lyman', 48.986, 37.803, { geonameid: 704204, admin1: '05', admin1Name: 'Donetsk' }),
  Siversk: place('Siversk', 48.867, 38.1, { admin1: '05', admin1Name: 'Donetsk' }),
  Nikopol: place('Nikopol', 47.567, 34.394, { admin1: '04', admin1Name: 'Dnipropetrovsk' }),
  Kramatorsk: place('Kramatorsk', 48.73, 37.588, { geonameid: 704508, admin1: '05', admin1Name: 'Donetsk' }),
  Hroza: place('Hroza', 49.69, 37.55),
  Vovchansk: place('Vovchansk', 50.29, 36.94),
  Popasna: place('Popasna', 48.63, 38.38, { admin1: '14', admin1Name: 'Luhansk' }),
  Kreminna: place('Kreminna', 49.05, 38.22, { admin1: '14', admin1Name: 'Luhansk' }),
  Okhtyrka: place('Okhtyrka', 50.31, 34.9, { admin1: '21', admin1Name: 'Sumy' }),
  Novoazovsk: place('Novoazovsk', 47.11, 38.08, { admin1: '05', admin1Name: 'Donetsk' }),
  Yahidne: place('Yahidne', 51.38, 31.25, { admin1: '02', admin1Name: 'Chernihiv' }),
  Kherson: place('Kherson', 46.637, 32.615, { geonameid: 706448, admin1: '08', admin1Name: 'Kherson' }),
  Makhachkala: place('Makhachkala', 42.98, 47.5, { country: 'RU', admin1: '17', admin1Name: 'Dagestan' }),
  'Kozacha Lopan': place('Kozacha Lopan', 50.33, 36.2),
  Vuhledar: place('Vuhledar', 47.78, 37.25, { admin1: '05', admin1Name: 'Donetsk' }),
  Zaporizhzhia: place('Zaporizhzhia', 47.85, 35.12, { admin1: '26', admin1Name: 'Zaporizhzhia' }),
  Enerhodar: place('Enerhodar', 47.499, 34.656, { admin1: '26', admin1Name: 'Zaporizhzhia' }),
  'Zaporizhzhia region': place('Zaporizhzhia Oblast', 47.5, 35.5, {
    featureClass: 'A',
    feature: 'ADM1',
    admin1: '26',
    admin1Name: 'Zaporizhzhia',
    geonameid: -26,
  }),
  'Kharkiv region': place('Kharkiv Oblast', 49.5, 36.6, {
    featureClass: 'A',
    feature: 'ADM1',
    admin1: '07',
    geonameid: -7,
  }),
  Bilohorivka: place('Bilohorivka', 48.93, 38.24, { admin1: '14', admin1Name: 'Luhansk' }),
  Olenivka: place('Olenivka', 47.84, 37.67, { admin1: '05', admin1Name: 'Donetsk' }),
  Odesa: place('Odesa', 46.486, 30.744, { admin1: '17', admin1Name: 'Odesa' }),
  Bucha: place('Bucha', 50.54, 30.22, { admin1: '13', admin1Name: 'Kyiv Oblast' }),
  Kyiv: place('Kyiv', 50.455, 30.524, { feature: 'PPLC', admin1: '12', admin1Name: 'Kyiv City', geonameid: 703448 }),
  Kharkiv: place('Kharkiv', 49.981, 36.253, { feature: 'PPLA', geonameid: 706483 }),
  Istanbul: place('Istanbul', 41.01, 28.95, { country: 'TR', admin1: '34', admin1Name: 'Istanbul' }),
  'El Fasher': place('El Fasher', 13.628, 25.349, {
    feature: 'PPLA',
    country: 'SD',
    admin1: '55',
    admin1Name: 'North Darfur',
    geonameid: 379555,
  }),
  Mandalay: place('Mandalay', 21.975, 96.084, {
    feature: 'PPLA',
    country: 'MM',
    admin1: '08',
    admin1Name: 'Mandalay',
    geonameid: 1311874,
  }),
  Kassala: place('Kassala', 15.451, 36.4, {
    feature: 'PPLA',
    country: 'SD',
    admin1: '52',
    admin1Name: 'Kassala',
    geonameid: 372753,
  }),
  Nyala: place('Nyala', 12.049, 24.881, {
    feature: 'PPLA',
    country: 'SD',
    admin1: '49',
    admin1Name: 'South Darfur',
    geonameid: 369004,
  }),
  'Kyiv Oblast': place('Kyiv Oblast', 50.3, 30.5, {
    featureClass: 'A',
    feature: 'ADM1',
    admin1: '13',
    admin1Name: 'Kyiv Oblast',
    geonameid: -13,
  }),
  Zhytomyr: place('Zhytomyr', 50.254, 28.658, { admin1: '27', admin1Name: 'Zhytomyr' }),
  Ukraine: place('Ukraine', 49, 32, { featureClass: 'A', feature: 'PCLI', admin1: null }),
  Russia: place('Russia', 60, 100, { featureClass: 'A', feature: 'PCLI', country: 'RU', admin1: null }),
};

// a region named by its demonym as well as by its name
places.Chechnya = place('Chechnya', 43.4, 45.7, {
  featureClass: 'A',
  feature: 'ADM1',
  country: 'RU',
  admin1: '12',
  admin1Name: 'Chechnya',
  geonameid: -1201,
});
places.Chechen = places.Chechnya;
places.Crimea = place('Crimea', 45.0, 34.0, {
  featureClass: 'A',
  feature: 'ADM1',
  admin1: '11',
  admin1Name: 'Crimea',
  geonameid: 703883,
});
places.Crimean = places.Crimea;

/** Toponym mentions for every name of `places` found in the text (longest names first). */
function toponymsFor(text: string, unresolved: string[] = []): ToponymMention[] {
  const out: ToponymMention[] = [];
  const names = [...Object.keys(places), ...unresolved].sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(text.length);
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (taken.subarray(m.index, m.index + name.length).some((x) => x)) continue;
      taken.fill(1, m.index, m.index + name.length);
      out.push({
        start: m.index,
        end: m.index + name.length,
        text: name,
        place: places[name] ?? null,
        confidence: places[name] ? 0.9 : 0.1,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface ClaimSpec {
  /** text of the speaker's name, and the content it said (both must occur in the text) */
  source: string;
  content: string;
  side: Side | null;
  hedge?: Claim['hedge'];
}

function claimsFor(text: string, specs: ClaimSpec[]): Claim[] {
  return specs.map((c, i) => {
    const s = text.indexOf(c.source);
    const k = text.indexOf(c.content);
    if (s < 0 || k < 0) throw new Error(`claim spec not in text: ${c.source} / ${c.content}`);
    return {
      id: `c${i}`,
      kind: 'indirect',
      source: { start: s, end: s + c.source.length, text: c.source },
      cue: null,
      content: { start: k, end: k + c.content.length, text: c.content },
      speaker: { entity: null, canonical: c.source, side: c.side },
      hedge: c.hedge ?? null,
      quantities: [],
      dates: [],
    };
  });
}

export function timex(
  text: string,
  surface: string,
  date: string,
  extra: Partial<TimeExpression> = {},
): TimeExpression {
  const at = text.indexOf(surface);
  if (at < 0) throw new Error(`timex not in text: ${surface}`);
  return { start: at, end: at + surface.length, text: surface, date, precision: 'day', time_precision: 1, ...extra };
}

export function quantity(
  text: string,
  surface: string,
  value: number,
  counts: string,
  si_unit = 'people',
  si_value = value,
): Quantity {
  const at = text.indexOf(surface);
  if (at < 0) throw new Error(`quantity not in text: ${surface}`);
  return {
    start: at,
    end: at + surface.length,
    text: surface,
    value,
    unit: si_unit,
    si_value,
    si_unit,
    qualifier: null,
    counts,
  };
}

export interface ArticleSpec {
  text: string;
  id?: string;
  published?: string | null;
  published_on_or_after?: string | null;
  outlet?: string | null;
  wire?: string[];
  duplicate_of?: string | null;
  unresolved?: string[];
  claims?: ClaimSpec[];
  timexes?: [string, string, Partial<TimeExpression>?][];
  quantities?: Quantity[] | ((text: string) => Quantity[]);
}

export function makeArticle(spec: ArticleSpec): Article {
  const text = spec.text;
  const analysed = articleOf(text, {
    id: spec.id ?? `a${nextId++}`,
    path: `${spec.id ?? 'article'}.txt`,
    outlet: spec.outlet ?? null,
    published: spec.published === undefined ? '2022-09-10' : spec.published,
    published_on_or_after: spec.published_on_or_after ?? null,
    wire: spec.wire ?? [],
    duplicate_of: spec.duplicate_of ?? null,
  });
  return {
    ...analysed,
    toponyms: toponymsFor(text, spec.unresolved),
    claims: claimsFor(text, spec.claims ?? []),
    timexes: (spec.timexes ?? []).map(([surface, date, extra]) => timex(text, surface, date, extra)),
    quantities: typeof spec.quantities === 'function' ? spec.quantities(text) : (spec.quantities ?? []),
  };
}

export function eventsOf(spec: ArticleSpec | string) {
  const a = makeArticle(typeof spec === 'string' ? { text: spec } : spec);
  return extractEvents(a).events ?? [];
}

/** The test every trigger family gets: its `matches` find an event of its kind with a place; its `rejects` do not. */
export function checkFamily(family: TriggerFamily): void {
  for (const sentence of family.examples.matches) {
    const hit = family.triggers.some((re) => {
      re.lastIndex = 0;
      return re.test(sentence);
    });
    expect(hit, `${family.name} should match: ${sentence}`).toBe(true);
    const events = eventsOf(sentence).filter((e) => e.family === family.name);
    expect(events.length, `${family.name} event in: ${sentence}`).toBeGreaterThan(0);
    expect(events[0].location?.place).not.toBeNull();
  }
  for (const sentence of family.examples.rejects) {
    const events = eventsOf(sentence).filter((e) => e.family === family.name);
    expect(events, `${family.name} must not find an event in: ${sentence}`).toEqual([]);
  }
}
