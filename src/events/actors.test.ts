import { describe, expect, it } from 'vitest';
import { knowledge } from '../profiles/index.js';
import { civilians, claimantSideOf } from './actors.js';

const k = knowledge();

describe('ACLED actor names', () => {
  it('names state forces by the profile’s period, and others by country; civilians by country', () => {
    expect(k.stateForces('UA')).toBe('Military Forces of Ukraine (2019-)');
    expect(k.stateForces('RU', '2022-09-10')).toBe('Military Forces of Russia (2000-)');
    expect(k.stateForces('GE')).toBe('Military Forces of Georgia');
    expect(civilians('UA')).toBe('Civilians (Ukraine)');
    expect(k.keyOfActor('Military Forces of Russia (2000-)')).toBe('RU');
  });
  it('names a side’s forces by the period the event falls in', () => {
    expect(k.stateForces('Rapid Support Forces', '2022-06-01')).toBe(
      'Military Forces of Sudan (2019-) Rapid Support Forces',
    );
    expect(k.stateForces('Rapid Support Forces', '2023-05-01')).toBe('Rapid Support Forces');
    expect(k.stateForces('MM', '2020-11-08')).toBe('Military Forces of Myanmar (2016-2021)');
    expect(k.stateForces('MM', '2021-03-27')).toBe('Military Forces of Myanmar (2021-)');
    expect(k.stateForces('MM')).toBe('Military Forces of Myanmar (2021-)');
  });
  it('maps side words, not places', () => {
    expect(k.sideWord('Ukrainian')).toBe('UA');
    expect(k.sideWord('Kyiv’s')).toBe('UA');
    expect(k.sideWord('pro-Russian')).toBe('RU');
    expect(k.sideWord('Moscow-installed')).toBe('RU');
    expect(k.sideWord('Sudanese')).toBe('SD');
    expect(k.sideWord('Kharkiv')).toBeNull();
  });
  it('reads a claimant’s side from its role when attribution gives none', () => {
    const claim = {
      id: 'c',
      kind: 'indirect' as const,
      source: { start: 0, end: 5, text: 'Ivan Petrov' },
      cue: null,
      content: { start: 6, end: 9, text: 'x' },
      speaker: { entity: 'e1', canonical: 'Ivan Petrov', side: null },
      hedge: null,
      quantities: [],
      dates: [],
    };
    const entity = {
      id: 'e1',
      type: 'person' as const,
      canonical: 'Ivan Petrov',
      variants: ['Ivan Petrov'],
      side: null,
      sideEvidence: null,
      role: 'Putin’s envoy to the OSCE',
      mentions: [],
    };
    expect(claimantSideOf(claim, [entity], k)).toBe('Russia');
    expect(claimantSideOf(claim, [], k)).toBeNull();
  });
});
