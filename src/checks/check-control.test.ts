import { describe, expect, it } from 'vitest';
import type { Article, Corpus, FusedEvent } from '../model.js';
import { checkArticle } from './check-article.js';
import { checkControl, regainPattern } from './check-control.js';
import { knowledge } from '../profiles/index.js';
import { parseControlMap, type ControlSnapshot } from './control.js';
import { articleWith } from './fixtures.js';
import { featureCollection, namedArea, squareAt } from '../testing/control-maps.js';

// A 0.2° square around Balakliia (~330 km²), occupied, then contested, then gone from the map.
const around = squareAt(36.74, 49.36, 0.2);
const far = squareAt(30, 46, 0.5); // an occupied area that does not change
function snap(time: number, features: [string, unknown][]): ControlSnapshot {
  const text = featureCollection(features.map(([name, coordinates]) => namedArea(name, coordinates)));
  return parseControlMap(text, `${time}.geojson`).snapshot!;
}
const t = (iso: string) => Date.parse(iso) / 1000;
const maps = [
  snap(t('2022-09-01T20:00:00Z'), [
    ['Окуповано /// Occupied', around],
    ['Окуповано /// Occupied', far],
  ]),
  snap(t('2022-09-07T16:00:00Z'), [
    ['Окуповано /// Occupied', around],
    ['Окуповано /// Occupied', far],
  ]),
  snap(t('2022-09-07T22:00:00Z'), [
    ['Під питанням /// Contested', around],
    ['Окуповано /// Occupied', far],
  ]),
  snap(t('2022-09-08T14:00:00Z'), [
    ['Звільнено /// Taken back', around],
    ['Окуповано /// Occupied', far],
  ]),
];

function event(place: 'Balakliia' | 'Kupiansk', date: string): FusedEvent {
  const a = articleWith('', {});
  void a;
  const p = { Balakliia: [49.45595, 36.84433], Kupiansk: [49.71003, 37.61581] }[place];
  return {
    id: `E-${place}`,
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
    actor1: null,
    actor2: null,
    place: {
      geonameid: 1,
      name: place,
      featureClass: 'P',
      feature: 'PPL',
      country: 'UA',
      admin1: null,
      lat: p[0]!,
      lon: p[1]!,
      population: 0,
    },
    location: place,
    geo_precision: 1,
    date,
    time_precision: 1,
    fatalities: null,
    injured: null,
    reports: [
      {
        articleId: 'a1',
        path: 'a.txt',
        outlet: null,
        mentionId: 'm',
        sentence: { start: 0, end: 4, text: 'text' },
        claimant: null,
        hedge: null,
        date,
      },
    ],
    outlets: [],
    corroboration: 1,
    firstReported: date,
    lastReported: date,
    disagreements: [],
    status: 'reported',
    confidence: 1,
    notes: '',
  };
}

function corpus(articles: Article[], events: FusedEvent[], control: ControlSnapshot[] = maps): Corpus {
  return { articles, entities: [], events, disputes: [], checks: [], control };
}

/**
 * An article of 8 September 2022 whose `text` begins "The army said it had retaken about 330 square
 * kilometers": the stated area regained, as the quantities stage reads it.
 */
function areaClaim(text: string, extra: Partial<Article> = {}): Article {
  return {
    ...articleWith(text, {}, '2022-09-08'),
    ...extra,
    quantities: [
      {
        start: 29,
        end: 58,
        text: text.slice(29, 58),
        value: 330,
        unit: 'km2',
        si_value: 330,
        si_unit: 'km2',
        qualifier: 'about',
        counts: 'territory',
      },
    ],
  };
}

describe('checks against control maps', () => {
  it('confirms a regains-territory event with the window of the change', () => {
    const c = checkControl(corpus([], [event('Balakliia', '2022-09-08')]));
    const k = c.checks.find((x) => x.kind === 'control')!;
    expect(k.verdict).toBe('consistent');
    expect(k.eventId).toBe('E-Balakliia');
    expect(k.explanation).toBe(
      'Balakliia: occupied until 2022-09-07 16:00 UTC, contested at 2022-09-07 22:00 UTC, taken back by 2022-09-08 14:00 UTC: the map confirms the change within the window of the stated date',
    );
  });
  it('accepts a change either way for a non-violent transfer of territory', () => {
    const e = { ...event('Balakliia', '2022-09-08'), sub_event_type: 'Non-violent transfer of territory' };
    expect(checkControl(corpus([], [e])).checks[0]).toMatchObject({ kind: 'control', verdict: 'consistent' });
  });
  it('says so when the map never shows the place occupied, and when there are no maps', () => {
    expect(checkControl(corpus([], [event('Kupiansk', '2022-09-08')])).checks[0]).toMatchObject({
      kind: 'control',
      verdict: 'inconsistent',
    });
    expect(checkControl(corpus([], [event('Balakliia', '2022-10-30')])).checks[0]).toMatchObject({
      verdict: 'unverifiable',
    });
    expect(checkControl(corpus([], [event('Balakliia', '2022-09-08')], [])).checks).toEqual([]);
  });
  it('compares a stated area regained with the area that left the occupied map in the period', () => {
    const text = 'The army said it had retaken about 330 square kilometers in the past week.';
    const a = areaClaim(text);
    const k = checkControl(corpus([a], [])).checks.find((x) => x.kind === 'area')!;
    expect(k.verdict).toBe('consistent');
    expect(Number((k.details!.lost_km2 as number).toFixed(0))).toBeGreaterThan(300);
    expect(k.details!.still_contested_km2).toBe(0);
    expect(k.explanation).toMatch(
      /^stated about 330 km² regained, period a week, as stated; the maps show 3\d\d km² no longer occupied between 2022-09-01 20:00 UTC and 2022-09-08 14:00 UTC/,
    );
    expect(k.details!.method).toMatch(/^raster /);
    // the exact polygon difference, on request, gives the same figure within 2%: the square's
    // edges run along the grid, so each can gain or lose up to one column of cells (0.29 km)
    const exact = checkControl(corpus([a], []), { areaMethod: 'exact' }).checks.find((x) => x.kind === 'area')!;
    expect(exact.details!.method).toBe('exact');
    expect(Math.abs((k.details!.lost_km2 as number) - (exact.details!.lost_km2 as number))).toBeLessThan(
      0.02 * (exact.details!.lost_km2 as number),
    );
    const b: Article = { ...a, quantities: [{ ...a.quantities![0]!, value: 1000, si_value: 1000 }] };
    expect(checkControl(corpus([b], [])).checks.find((x) => x.kind === 'area')!.verdict).toBe('inconsistent');
  });
  it('restricts an area claim to the part of the country it names', () => {
    const ukraine = {
      geonameid: 690791,
      name: 'Ukraine',
      featureClass: 'A',
      feature: 'PCLI',
      country: 'UA',
      admin1: null,
      lat: 49,
      lon: 32,
      population: 0,
    };
    const areaIn = (where: string) => {
      const text = `The army said it had retaken about 330 square kilometers in ${where} Ukraine in the past week.`;
      const u = text.indexOf('Ukraine');
      const a = areaClaim(text, {
        toponyms: [{ start: u, end: u + 7, text: 'Ukraine', place: ukraine, confidence: 0.99 }],
      });
      return checkControl(corpus([a], [])).checks.find((x) => x.kind === 'area')!;
    };
    const ne = areaIn('northeastern');
    expect(ne.verdict).toBe('consistent');
    expect(ne.details!.scope).toBe('the northeast of Ukraine, ±45° from its centre');
    const south = areaIn('southern');
    expect(south).toMatchObject({ verdict: 'inconsistent' });
    expect(south.details!.lost_km2).toBe(0);
  });
  it('measures "within N km of Y" to the nearest edge of the occupied area', () => {
    const a = checkArticle(
      articleWith('The army is now within 15 kilometers of Kupiansk.', { Kupiansk: 'Kupiansk' }, '2022-09-06'),
    );
    const k = checkControl(corpus([a], [])).checks.find((x) => x.kind === 'within')!;
    expect(k.verdict).toBe('inconsistent'); // the square's corner is ~51 km from Kupiansk
    expect(k.id).toBe(a.checks![0]!.id);
    expect(k.explanation).toMatch(
      /Kupiansk is not marked occupied and the nearest edge of the occupied area \(not counting its edges along borders and coasts\) is 5\d km away/,
    );
  });
});

describe('regainPattern', () => {
  it('reads the verbs of regaining, and "returned to" with a demonym the profiles know', () => {
    const re = regainPattern(knowledge());
    expect(re.test('Troops recaptured 500 square kilometres.')).toBe(true);
    expect(re.test('Some 500 square kilometres returned to Ukrainian control.')).toBe(true);
    expect(re.test('Some 500 square kilometres returned to Sudanese control.')).toBe(true);
    expect(re.test('Some 500 families returned to Kyiv this month.')).toBe(false);
  });
});
