import { describe, expect, it } from 'vitest';
import { textArticle } from '../../model.js';
import { analyseArticle } from '../../pipeline.js';
import { checkFamily } from '../testing.js';
import { protestActions, protests } from './protests.js';

describe('protests trigger family', () => {
  it('finds an event in the sentences it documents, and none in those it must not match', () => {
    checkFamily(protests);
  });
});

describe('protest-actions trigger family', () => {
  it('finds a protest in crowd actions with a grievance, and none without', () => {
    checkFamily(protestActions);
  });
});

describe('protest actors, ACLED style', () => {
  it('names the crowd by its country and the force that met it', () => {
    const read = (text: string) => analyseArticle(textArticle(text, 't', { published: '2022-06-30' })).events ?? [];
    const [peaceful] = read('Hundreds of people protested in Kassala on 30 June against the military government.');
    expect(peaceful).toMatchObject({ event_type: 'Protests', actor1: 'Protesters (Sudan)', actor2: null });
    const [dispersed] = read('Police fired tear gas to disperse protesters in Kassala on 30 June.');
    expect(dispersed?.actor1).toBe('Protesters (Sudan)');
    expect(dispersed?.actor2).toBe('Police Forces of Sudan (2019-)');
  });
});
