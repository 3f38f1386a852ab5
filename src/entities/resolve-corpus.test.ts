import { describe, expect, test } from 'vitest';
import { attribute } from '../attribution/attribute.js';
import { articleOf } from '../testing/article.js';
import type { Article } from '../model.js';
import { resolveEntities } from './resolve-corpus.js';

const corpusOf = (texts: string[]) =>
  resolveEntities({
    articles: texts.map((t, i): Article => attribute(articleOf(t, { id: `a${i}`, path: `a${i}.txt` }))),
    entities: [],
    events: [],
    disputes: [],
    checks: [],
  });

describe('entities across articles', () => {
  test('transliterations of one person fuse, and claims point at the fused id', () => {
    const c = corpusOf([
      'Vitaliy Ganchev, the head of the Moscow-installed administration, said the town was calm.',
      'A Moscow-installed official, Vitali Gantchev, said that fighting continued.',
      'President Volodymyr Zelensky said the army advanced. Zelensky thanked the troops.',
      'Ukrainian President Volodymyr Zelenskiy said more towns were freed.',
    ]);
    const ganchev = c.entities.filter(
      (e) => e.variants.includes('Vitaliy Ganchev') || e.variants.includes('Vitali Gantchev'),
    );
    expect(ganchev).toHaveLength(1);
    expect(ganchev[0].side).toBe('Russian-installed administration');
    const zel = c.entities.filter(
      (e) => e.variants.includes('Volodymyr Zelensky') || e.variants.includes('Volodymyr Zelenskiy'),
    );
    expect(zel).toHaveLength(1);
    const speakers = c.articles.flatMap((a) => a.claims!).map((cl) => cl.speaker?.entity);
    expect(speakers.filter((s) => s === ganchev[0].id)).toHaveLength(2);
    // stable: the same input gives the same id
    expect(
      corpusOf(['Vitaliy Ganchev said the town was calm.']).entities.find((e) => e.canonical === 'Vitaliy Ganchev')?.id,
    ).toBe(ganchev[0].id);
  });
  test('two people with one surname and different first names stay apart', () => {
    const c = corpusOf([
      'Ukrainian General Oleksandr Kovalenko said the bridge held.',
      'Russian General Sergei Kovalenko said the bridge fell.',
    ]);
    expect(c.entities.filter((e) => e.type === 'person')).toHaveLength(2);
  });
  test('a surname alone joins only an unambiguous full name', () => {
    const one = corpusOf([
      'Ukrainian General Oleksandr Kovalenko said the bridge held.',
      'General Kovalenko said so again.',
    ]);
    expect(one.entities.filter((e) => e.type === 'person')).toHaveLength(1);
    const two = corpusOf([
      'Ukrainian General Oleksandr Kovalenko said the bridge held.',
      'Russian General Sergei Kovalenko said the bridge fell.',
      'General Kovalenko said so again.',
    ]);
    expect(two.entities.filter((e) => e.type === 'person')).toHaveLength(3);
  });
  test('a loose spelling with a conflicting first name is another person', () => {
    const c = corpusOf(['Vitaliy Ganchev said the town was calm.', 'Oleh Ganshev said the town was calm.']);
    expect(c.entities.filter((e) => e.type === 'person')).toHaveLength(2);
  });
});
