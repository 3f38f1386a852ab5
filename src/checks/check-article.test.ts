import { describe, expect, it } from 'vitest';
import { checkArticle } from './check-article.js';
import { articleWith } from './fixtures.js';

const names = { Kupiansk: 'Kupiansk', Balakliia: 'Balakliia', Kharkiv: 'Kharkiv', Lyman: 'Lyman', Chuhuiv: 'Chuhuiv' };

describe('geographic checks of an article', () => {
  it('judges distance and direction separately, with the working in one line', () => {
    const a = checkArticle(
      articleWith('Analysts looked at Kupiansk, a town 76 kilometers northeast of Balakliia.', names),
    );
    const [dist, dir] = a.checks!;
    expect(dist).toMatchObject({ kind: 'distance', verdict: 'inconsistent', stated: '76 km' });
    expect(dist!.details!.computed_km as number).toBeCloseTo(62.4, 0);
    expect(dir).toMatchObject({ kind: 'direction', verdict: 'consistent', stated: 'NE' });
    expect(dir!.details!.bearing_deg as number).toBeCloseTo(63, -1);
    expect(dist!.explanation).toBe(
      'stated 76 km NE of Balakliia; straight line 62 km at 63° (east-northeast): distance 22% longer than the straight line (tolerance ±10%): inconsistent, direction consistent',
    );
  });
  it('names the computed direction when the stated one is off by more than a point', () => {
    const a = checkArticle(
      articleWith('Kupiansk, located about 120 kilometers southeast of Kharkiv, sits on the Oskil.', names),
    );
    const dir = a.checks!.find((c) => c.kind === 'direction')!;
    expect(dir.verdict).toBe('inconsistent');
    expect(dir.explanation).toContain('east-southeast, not southeast');
  });
  it('accepts a hedged figure within 15%', () => {
    const a = checkArticle(articleWith('Chuhuiv, about 35 kilometers from Kharkiv, was shelled.', names));
    expect(a.checks![0]).toMatchObject({ kind: 'distance', verdict: 'consistent' });
  });
  it('checks populations against the gazetteer', () => {
    const a = checkArticle(articleWith('Lyman, a rail town with a pre-war population of 20,000, was shelled.', names));
    expect(a.checks![0]).toMatchObject({ kind: 'population', verdict: 'consistent', computed: '20,066' });
    const b = checkArticle(articleWith('Lyman, a rail town with a pre-war population of 50,000, was shelled.', names));
    expect(b.checks![0]).toMatchObject({ kind: 'population', verdict: 'inconsistent' });
  });
  it('leaves "within" to the control maps', () => {
    const a = checkArticle(articleWith('The army is within 15 kilometers of Kupiansk.', names));
    expect(a.checks![0]).toMatchObject({ kind: 'within', verdict: 'unverifiable' });
  });
  it('does nothing before the geoparser has run', () => {
    const a = articleWith('Kupiansk, a town 76 kilometers northeast of Balakliia.', names);
    delete a.toponyms;
    expect(checkArticle(a).checks).toEqual([]);
  });
});

describe('geographic checks on doubtful places', () => {
  it('does not judge a distance from a place the geoparser doubts or from a region', () => {
    const a = articleWith('Lyman, some 60 kilometers east of Sloviansk, fell.', {
      Lyman: 'Lyman',
      Sloviansk: 'Sloviansk',
    });
    a.toponyms![1]!.confidence = 0.3;
    expect(checkArticle(a).checks![0]).toMatchObject({ kind: 'distance', verdict: 'unverifiable' });
    expect(checkArticle(a).checks![0]!.explanation).toMatch(/Sloviansk is resolved with low confidence \(0\.30/);
    const b = articleWith('Lyman, some 60 kilometers east of Sloviansk, fell.', {
      Lyman: 'Lyman',
      Sloviansk: 'Sloviansk',
    });
    b.toponyms![1]!.place = { ...b.toponyms![1]!.place!, featureClass: 'A', feature: 'ADM1' };
    expect(checkArticle(b).checks![0]!.explanation).toMatch(/Sloviansk is a region, not a point/);
  });
});
