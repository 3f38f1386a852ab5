import { describe, expect, it } from 'vitest';
import { civilians, claimantSideOf, countryOfActor, sideWord, stateForces } from './actors.js';

describe('ACLED actor names', () => {
  it('names state forces by ACLED period and civilians by country', () => {
    expect(stateForces('UA')).toBe('Military Forces of Ukraine (2019-)');
    expect(stateForces('RU')).toBe('Military Forces of Russia (2000-)');
    expect(stateForces('GE')).toBe('Military Forces of Georgia');
    expect(civilians('UA')).toBe('Civilians (Ukraine)');
    expect(countryOfActor('Military Forces of Russia (2000-)')).toBe('RU');
  });
  it('maps side words, not places', () => {
    expect(sideWord('Ukrainian')).toBe('UA');
    expect(sideWord('Kyiv’s')).toBe('UA');
    expect(sideWord('pro-Russian')).toBe('RU');
    expect(sideWord('Kharkiv')).toBeNull();
  });
  it('reads a claimant’s side from its role when attribution gives none', () => {
    const claim = {
      id: 'c', kind: 'indirect' as const, source: { start: 0, end: 5, text: 'Ivan Petrov' }, cue: null,
      content: { start: 6, end: 9, text: 'x' }, speaker: { entity: 'e1', canonical: 'Ivan Petrov', side: null }, hedge: null, quantities: [], dates: [],
    };
    const entity = { id: 'e1', type: 'person' as const, canonical: 'Ivan Petrov', variants: ['Ivan Petrov'], side: null, sideEvidence: null, role: 'Putin’s envoy to the OSCE', mentions: [] };
    expect(claimantSideOf(claim, [entity])).toBe('Russia');
    expect(claimantSideOf(claim, [])).toBeNull();
  });
});
