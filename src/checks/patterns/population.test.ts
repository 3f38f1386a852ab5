import { describe, expect, it } from 'vitest';
import { articleWith } from '../fixtures.js';
import { population } from './population.js';

const names = { Lyman: 'Lyman' };

describe('population pattern', () => {
  it('reads apposition, relative clause and "home to"', () => {
    expect(
      population.find(articleWith('They entered Lyman, a rail town with a pre-war population of 20,000.', names))[0],
    ).toMatchObject({ value: 20000 });
    expect(
      population.find(articleWith('Lyman, which had a population of 20,000 before the invasion, is empty.', names))[0],
    ).toMatchObject({ value: 20000 });
    expect(population.find(articleWith('Lyman, home to about 20,000 people, was shelled.', names))[0]).toMatchObject({
      value: 20000,
      qualifier: 'approximate',
    });
  });
  it('reads "a town of N people"', () => {
    expect(population.find(articleWith('Lyman, a rail town of 20,000 people, was shelled.', names))[0]).toMatchObject({
      value: 20000,
    });
    expect(population.find(articleWith('Lyman, a town of 20 square kilometers, was shelled.', names))).toEqual([]);
  });
  it('does not read people who remain as a population', () => {
    expect(population.find(articleWith('Lyman, where 2,000 people remain, was shelled.', names))).toEqual([]);
  });
});
