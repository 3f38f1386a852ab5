import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { SourceGroups, sourceLabel } from './sources.js';

function art(id: string, outlet: string | null, wire: string[] = [], duplicate_of: string | null = null): Article {
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    text: '',
    title: null,
    url: null,
    outlet,
    published: null,
    published_on_or_after: null,
    wire,
    language: 'en',
    duplicate_of,
    messages: [],
  };
}

describe('SourceGroups', () => {
  it('counts near-duplicates, one outlet’s articles, and a wire copy with the story crediting it, once each', () => {
    // prettier-ignore
    const all = [art('a', 'BBC'), art('b', 'BBC'), art('c', 'Le Monde', ['AFP']), art('d', null, ['AFP']), art('e', 'Kyiv Post'), art('f', 'Ukrinform', [], 'e')];
    const g = new SourceGroups(all);
    const { corroboration, basis } = g.count(all);
    expect(corroboration).toBe(3);
    expect(basis).toMatch(/^3 independent sources among 6 articles/);
  });
  it('keeps two outlets that both cite Reuters as two sources, and an article with neither outlet nor wire as its own', () => {
    // prettier-ignore
    const all = [art('a', 'BBC', ['Reuters']), art('b', 'CNN', ['Reuters']), art('c', null), art('d', null)];
    expect(new SourceGroups(all).count(all).corroboration).toBe(4);
  });
  it('names an article with no outlet by its file, and says in the basis that it counts as its own', () => {
    const all = [art('a', 'Volga Herald'), art('roundup', null)];
    expect(sourceLabel(all[1])).toBe('unnamed source (roundup.txt)');
    const { corroboration, basis } = new SourceGroups(all).count(all);
    expect(corroboration).toBe(2);
    expect(basis).toBe('2 independent sources; unnamed source (roundup.txt) has no outlet and counts as its own');
  });
});
