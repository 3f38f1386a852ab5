import { describe, expect, test } from 'vitest';
import { articleOf } from '../testing/article.js';
import { articleEntities } from './index.js';

function entitiesOf(text: string) {
  const a = articleOf(text);
  return articleEntities('t', text, a.tokens!, []);
}

describe('entities within an article', () => {
  test('titles and roles are kept apart from the name; a surname joins its full name', () => {
    const es = entitiesOf(
      'Ukrainian Brigadier General Mykola Bondar said the line held. Later, Bondar said reserves had arrived.',
    );
    const p = es.find((e) => e.type === 'person')!;
    expect(p.canonical).toBe('Mykola Bondar');
    expect(p.variants).toEqual(expect.arrayContaining(['Mykola Bondar', 'Bondar']));
    expect(p.role).toContain('Brigadier General');
    expect(p.side).toBe('Ukraine');
    expect(es.filter((e) => e.type === 'person')).toHaveLength(1);
  });
  test('a loose spelling joins the one full name it can', () => {
    const es = entitiesOf(
      'Vitaly Ganchev, a Moscow-installed official, urged residents to leave. Later Ganshev said buses were ready.',
    );
    const people = es.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].variants).toContain('Ganshev');
    expect(people[0].side).toBe('Russian-installed administration');
  });
  test('an acronym defined in the text is an alias; a well-known one expands', () => {
    const es = entitiesOf(
      'The Centre for Eastern Studies (OSW) published a map. OSW said the front had moved. The SBU detained two men.',
    );
    const osw = es.find((e) => e.variants.includes('OSW'))!;
    expect(osw.variants).toContain('Centre for Eastern Studies');
    expect(es.find((e) => e.variants.includes('SBU'))?.canonical).toBe('Security Service of Ukraine');
  });
  test('ministry spellings fuse; a bare "Defense Ministry" joins the one the article names', () => {
    const es = entitiesOf(
      "Russia's Defense Ministry said the troops regrouped. A Defense Ministry spokesman, Ivan Petrov, repeated it. The Russian Ministry of Defense gave no figures.",
    );
    const mod = es.filter((e) => e.canonical === 'Russian Ministry of Defence');
    expect(mod).toHaveLength(1);
    expect(mod[0].variants).toEqual(
      expect.arrayContaining(["Russia's Defense Ministry", 'Defense Ministry', 'Russian Ministry of Defense']),
    );
    expect(mod[0].side).toBe('Russia');
  });
  test('a news agency is media', () => {
    const es = entitiesOf('The town was calm, the state-run news agency RIA Novosti reported.');
    expect(es.find((e) => e.canonical === 'RIA Novosti')).toMatchObject({ type: 'media', side: 'media' });
  });
  test('a unit under several names is one organisation', () => {
    const es = entitiesOf('Fighters of the Sokil unit raised a flag. The Sokil Special Branch later posted a video.');
    const unit = es.filter((e) => e.variants.some((v) => v.startsWith('Sokil')));
    expect(unit).toHaveLength(1);
    expect(unit[0].variants).toEqual(expect.arrayContaining(['Sokil unit', 'Sokil Special Branch']));
  });
  test('a title before a first name the tagger reads as a verb keeps the whole name', () => {
    const es = entitiesOf(
      'The push was the quickest of the war, said defence analyst Rob Hale. Hale wrote that reserves were thin.',
    );
    const people = es.filter((e) => e.type === 'person');
    expect(people.map((e) => e.canonical)).toEqual(['Rob Hale']);
    expect(people[0].variants).toEqual(expect.arrayContaining(['Rob Hale', 'Hale']));
  });
  test('"Dr. X of Y College" is a surname mention of X, and Y College an organisation', () => {
    const es = entitiesOf(
      "Dr. Jane Doyle, a historian at St Antony's College, spoke on radio. Later Dr. Doyle of St Antony's College wrote that the line would break. Dr. Doyle of St Antony's College said more.",
    );
    const people = es.filter((e) => e.type === 'person');
    expect(people.map((e) => e.canonical)).toEqual(['Jane Doyle']);
    expect(people[0].variants).not.toContain('College');
    expect(es.find((e) => e.type === 'organization' && /Antony['’]s College$/.test(e.canonical))).toBeDefined();
    expect(es.some((e) => e.canonical === 'College')).toBe(false);
  });
  test('a country before a possessive does not join the organisation after it', () => {
    const es = entitiesOf("Ukraine's Security Service said two men were held.");
    expect(es.some((e) => e.canonical.startsWith("Ukraine's"))).toBe(false);
  });
  test('a photo credit is a person without a side; a lone head word or party plural is no person', () => {
    const es = entitiesOf(
      'A tank crosses the river. Ukrainian Ivan Sirko/AFP via Getty Images. A tank crosses the river, September 12. REUTERS/Ivan Sirko',
    );
    const credit = es.find((e) => e.variants.includes('Ivan Sirko'))!;
    expect(credit).toMatchObject({ type: 'person', side: null });
    const more = entitiesOf(
      'Jane Doyle, president of the Northern Policy Forum, said so. Later Forum said more. Republicans said the plan failed.',
    );
    expect(more.filter((e) => e.type === 'person').map((e) => e.canonical)).toEqual(['Jane Doyle']);
  });
  test('an organisation run on into a titled name splits into the organisation and the person', () => {
    const es = entitiesOf('European Council President Paul Weber said aid was coming.');
    expect(es.find((e) => e.type === 'organization')?.canonical).toBe('European Council');
    expect(es.find((e) => e.type === 'person')).toMatchObject({ canonical: 'Paul Weber', role: 'Council President' });
  });
});
