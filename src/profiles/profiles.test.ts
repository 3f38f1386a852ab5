import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textArticle } from '../model.js';
import { analyseArticle } from '../pipeline.js';
import {
  allProfiles,
  checkProfile,
  chooseProfile,
  GENERIC,
  knowledge,
  nameOn,
  readProfile,
  selectProfile,
} from './index.js';

const minimal = {
  id: 'northland',
  name: 'A made-up war, for the tests',
  countries: ['NO'],
  sides: [
    {
      id: 'Northland',
      country: 'NO',
      names: ['Northland'],
      demonyms: ['Northlander'],
      opponent: 'Free Fjords',
      forces: [{ name: 'Military Forces of Norway (2001-)', from: '2001-01-01' }],
    },
    { id: 'Free Fjords', names: ['Free Fjords'], opponent: 'Northland', forces: [{ name: 'FFA: Free Fjords Army' }] },
  ],
};

describe('conflict profiles', () => {
  it('ships three profiles, each valid against the schema', () => {
    expect(
      allProfiles()
        .map((p) => p.id)
        .sort(),
    ).toEqual(['myanmar', 'russia-ukraine', 'sudan']);
  });

  it('refuses a profile that does not fit, naming the file and the field', () => {
    expect(() => checkProfile({ ...minimal, countries: ['Norway'] }, 'mine.json')).toThrow(
      /^mine\.json: \/countries\/0 must match pattern/u,
    );
    expect(() => checkProfile({ ...minimal, sides: [{ ...minimal.sides[0], colour: 'blue' }] }, 'mine.json')).toThrow(
      /^mine\.json: \/sides\/0 must NOT have additional properties 'colour'/u,
    );
    expect(() => checkProfile({ ...minimal, sides: [minimal.sides[0]] }, 'mine.json')).toThrow(
      /^mine\.json: \/sides\/0\/opponent 'Free Fjords' is not the id of a side/u,
    );
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-profile-'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    expect(() => readProfile(join(dir, 'broken.json'))).toThrow(/broken\.json: .*JSON/u);
  });

  it('picks the profile of the countries most of the places lie in, else generic', () => {
    expect(chooseProfile(['UA', 'UA', 'RU', 'PL'])).toBe('russia-ukraine');
    expect(chooseProfile(['SD', 'SD', 'SS'])).toBe('sudan');
    expect(chooseProfile(['ET', 'KE'])).toBe(GENERIC);
    expect(chooseProfile([])).toBe(GENERIC);
  });

  it('keeps a forced profile, and otherwise reads it from the article’s places', () => {
    const place = (country: string) => ({ place: { country } });
    expect(selectProfile({ toponyms: [place('MM'), place('TH')], profile: undefined }).profile).toEqual({
      id: 'myanmar',
      by: 'places',
    });
    expect(selectProfile({ toponyms: [place('MM')], profile: { id: 'sudan', by: 'forced' as const } }).profile).toEqual(
      { id: 'sudan', by: 'forced' },
    );
  });

  it('names an actor by the period its date falls in', () => {
    const names = [
      { name: 'Old (1990-2000)', from: '1990-01-01', to: '2000-12-31' },
      { name: 'New (2001-)', from: '2001-01-01' },
    ];
    expect(nameOn(names, '1995-06-01')).toBe('Old (1990-2000)');
    expect(nameOn(names, '2022-09-10T12:00:00Z')).toBe('New (2001-)');
    expect(nameOn(names, null)).toBe('New (2001-)');
    expect(nameOn([], '2022-01-01')).toBeNull();
  });

  it('answers what the stages ask: parties, installed administrations, leaders, gain words', () => {
    const k = knowledge(null);
    expect(k.isParty('Ukraine')).toBe(true);
    expect(k.isParty('media')).toBe(false);
    expect(k.partyOf('Russian-installed administration')).toBe('Russia');
    expect(k.withInstalled('Russia')).toEqual(['Russia', 'Russian-installed administration']);
    expect(k.sideOfPerson('Vladimir Putin')).toBe('Russia');
    expect(k.isGainWord('RU', 'liberated')).toBe(true);
    expect(k.isGainWord('SD', 'liberated')).toBe(false);
  });

  it('codes an article by its places’ profile, and by the forced one with --profile', () => {
    const text = 'Government troops shelled the village of Kutum in North Darfur on Monday, killing two civilians.';
    const byPlaces = analyseArticle(textArticle(text, 'p', { published: '2022-06-06' }));
    expect(byPlaces.profile).toEqual({ id: 'sudan', by: 'places' });
    const forced = analyseArticle(
      textArticle(text, 'p', { published: '2022-06-06', profile: { id: 'generic', by: 'forced' } }),
    );
    expect(forced.profile).toEqual({ id: 'generic', by: 'forced' });
  });
});
