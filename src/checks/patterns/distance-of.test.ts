import { describe, expect, it } from 'vitest';
import { articleWith } from '../fixtures.js';
import { distanceOf } from './distance-of.js';

const names = {
  Lyman: 'Lyman',
  Sloviansk: 'Sloviansk',
  Vovchansk: 'Vovchansk',
  Kharkiv: 'Kharkiv',
  Chuhuiv: 'Chuhuiv',
};

describe('distance-of pattern', () => {
  it('reads a place in apposition with a figure and a direction', () => {
    const [s] = distanceOf.find(
      articleWith('The army moved on Lyman, a rail town 60 kilometers east of Sloviansk, on Friday.', names),
    );
    expect(s).toMatchObject({ value: 60, direction: 'E', qualifier: null });
    expect(s!.subject!.text).toBe('Lyman');
    expect(s!.reference!.text).toBe('Sloviansk');
  });
  it('reads "located about N km DIR of" and "about N kilometers from"', () => {
    const [a] = distanceOf.find(articleWith('Vovchansk, located about 40 km northeast of Kharkiv, was quiet.', names));
    expect(a).toMatchObject({ value: 40, direction: 'NE', qualifier: 'approximate' });
    const [b] = distanceOf.find(articleWith('They reached Chuhuiv, about 35 kilometers from Kharkiv.', names));
    expect(b).toMatchObject({ value: 35, direction: null, qualifier: 'approximate' });
  });
  it('reads "X lies / is located N km DIR of Y"', () => {
    expect(distanceOf.find(articleWith('Lyman lies 60 km east of Sloviansk.', names))[0]).toMatchObject({
      value: 60,
      direction: 'E',
    });
    expect(distanceOf.find(articleWith('Lyman is located some 60 km east of Sloviansk.', names))[0]).toMatchObject({
      value: 60,
      qualifier: 'approximate',
    });
  });
  it('converts miles', () => {
    const [a] = distanceOf.find(articleWith('Lyman, some 37 miles east of Sloviansk, fell.', names));
    expect(a!.value).toBeCloseTo(59.5, 1);
  });
  it('does not take a distance the troops moved for a place', () => {
    expect(distanceOf.find(articleWith('Troops in Lyman advanced 20 kilometers east of Sloviansk.', names))).toEqual(
      [],
    );
  });
});
