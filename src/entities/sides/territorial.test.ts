import { describe, expect, test } from 'vitest';
import type { Entity, Place, ToponymMention } from '../../model.js';
import { articleOf } from '../../testing/article.js';
import { articleEntities } from '../index.js';
import { territorial, territorialSides } from './territorial.js';

function place(country: string, feature = 'PPLA'): Place {
  return {
    geonameid: 1,
    name: 'x',
    featureClass: feature.startsWith('PCL') ? 'A' : 'P',
    feature,
    country,
    admin1: null,
    lat: 0,
    lon: 0,
    population: 0,
  };
}

/** Toponyms for the given words, each resolved to a place in `country`. */
function sidesOf(text: string, names: Record<string, { country: string; feature?: string }>): Entity[] {
  const a = articleOf(text);
  const toponyms: ToponymMention[] = [];
  for (const [name, p] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      toponyms.push({
        start: at,
        end: at + name.length,
        text: name,
        place: place(p.country, p.feature),
        confidence: 1,
      });
    }
  }
  const entities = articleEntities('t', text, a.tokens!, toponyms);
  return territorialSides(entities, { text, toponyms, sentences: a.sentences });
}

const person = (es: Entity[], last: string) => es.find((e) => e.type === 'person' && e.variants.includes(last))!;

describe('territorial officials take the side of the state that holds their place', () => {
  test('its example matches, its counter-example does not', () => {
    const yes = sidesOf(territorial.matches, { Poltava: { country: 'UA' } });
    expect(person(yes, 'Koval')).toMatchObject({ side: 'Ukraine' });
    expect(person(yes, 'Koval').sideEvidence).toContain('Poltava');
    const no = sidesOf(territorial.mustNot, { Poltava: { country: 'UA' } });
    expect(person(no, 'Koval').side).toBeNull();
  });
  test('a place inside the role: "Poltava Mayor", "Poltava regional Governor"', () => {
    const es = sidesOf(
      'Poltava Mayor Ihor Moroz said the bridge stood. Poltava regional Governor Oleh Savchuk said the roads were open.',
      { Poltava: { country: 'UA' } },
    );
    expect(person(es, 'Moroz')).toMatchObject({ side: 'Ukraine', sideEvidence: 'Poltava Mayor (Poltava, UA)' });
    expect(person(es, 'Savchuk').side).toBe('Ukraine');
  });
  test('a Russian place makes a Russian official', () => {
    const es = sidesOf('Kursk regional governor Ivan Sokolov said a depot burned.', { Kursk: { country: 'RU' } });
    expect(person(es, 'Sokolov').side).toBe('Russia');
  });
  test('"regional governor" takes the nearest place before it, not a country named as a whole', () => {
    const es = sidesOf(
      'Shells fell on Lozova overnight. Two Russian strikes hit a school, regional governor Petro Lysenko said.',
      {
        Lozova: { country: 'UA' },
        Russian: { country: 'RU', feature: 'PCLI' },
      },
    );
    expect(person(es, 'Lysenko')).toMatchObject({ side: 'Ukraine', sideEvidence: 'regional governor (Lozova, UA)' });
  });
  test('"The official, X" points back at the territorial role of the sentence before', () => {
    const es = sidesOf(
      'A dam in the Poltava region was hit, the province’s governor said. The official, Taras Hnatenko, said no one was hurt.',
      { Poltava: { country: 'UA' } },
    );
    const p = person(es, 'Hnatenko');
    expect(p.side).toBe('Ukraine');
    expect(p.sideEvidence).toContain('governor');
    // with no territorial role before it, "The official" says nothing about a place
    const bare = sidesOf('Poltava was quiet. The official, Taras Hnatenko, said no one was hurt.', {
      Poltava: { country: 'UA' },
    });
    expect(person(bare, 'Hnatenko').side).toBeNull();
  });
  test('an official of a place just described as occupied gets no side', () => {
    const es = sidesOf(
      'Officials in the occupied towns said they would move families out. “We are moving everyone,” Ivan Orlov, a Lozova district official, told a TV channel.',
      { Lozova: { country: 'UA' } },
    );
    expect(person(es, 'Orlov').side).toBeNull();
  });
  test('a council that names no place is not tied to the last place mentioned', () => {
    const es = sidesOf('Shells fell on Lozova overnight. European Council President Paul Weber said aid was coming.', {
      Lozova: { country: 'UA' },
    });
    expect(person(es, 'Weber').side).toBeNull();
  });
  test('articleEntities applies the rule itself when given toponyms with their places', () => {
    const text = 'Poltava Mayor Ihor Moroz said the bridge stood.';
    const at = text.indexOf('Poltava');
    const toponyms: ToponymMention[] = [{ start: at, end: at + 7, text: 'Poltava', place: place('UA'), confidence: 1 }];
    const es = articleEntities('t', text, articleOf(text).tokens!, toponyms);
    expect(person(es, 'Moroz').side).toBe('Ukraine');
    // bare spans (no place) only keep place names out of people's names
    const bare = articleEntities('t', text, articleOf(text).tokens!, [{ start: at, end: at + 7 }]);
    expect(person(bare, 'Moroz').side).toBeNull();
  });
});
