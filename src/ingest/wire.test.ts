import { describe, expect, it } from 'vitest';
import { citedAgencies, wireAgencies, wireAgency } from './wire.js';

describe('wire credits', () => {
  it.each([
    ['AFP contributed reporting.', ['AFP']],
    ['KYIV (AP) — Ukrainian forces pushed on.', ['AP']],
    ['KHARKIV, Sept. 8, 2022 (AP) — Traffic moved again.', ['AP']],
    ['The road was open on Friday, an AFP team found.', ['AFP']],
    ['The Associated Press contributed to this report.', ['AP']],
  ])('credits %s', (text, agencies) => {
    expect(wireAgencies(text)).toEqual(agencies);
  });
  it.each([
    'Photo: Juan Lopez/AFP via Getty Images',
    'AP/TASS',
    'An APC was seen near the bridge.',
    'The state news agency RIA Novosti said the town was calm.',
  ])('does not credit %s', (text) => {
    expect(wireAgencies(text)).toEqual([]);
  });
  it.each([
    ['the rebels advanced, Reuters reported.', ['Reuters']],
    ['…of the country, according to Reuters.', ['Reuters']],
    ['"We are tired," a nurse told the Reuters news agency.', ['Reuters']],
  ])('cites but does not credit %s', (text, agencies) => {
    expect(wireAgencies(text)).toEqual([]);
    expect(citedAgencies(text)).toEqual(agencies);
  });
  it('names agencies by any spelling', () => {
    expect(wireAgency('Agence France-Presse')).toBe('AFP');
    expect(wireAgency('Newsweek')).toBeNull();
  });
});
