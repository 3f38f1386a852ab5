import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from './glob.js';

describe('glob', () => {
  it('matches the sentences of its comment', () => {
    const re = globToRegExp('corpus/**/*.{txt,md}');
    expect(re.test('corpus/a/b/c.md')).toBe(true);
    expect(re.test('corpus/c.txt')).toBe(true);
    expect(re.test('corpus/c.html')).toBe(false);
    expect(re.test('other/c.txt')).toBe(false);
  });
  it('keeps * within one directory and ? to one character', () => {
    expect(globToRegExp('a/*.txt').test('a/b/c.txt')).toBe(false);
    expect(globToRegExp('a/?.txt').test('a/b.txt')).toBe(true);
    expect(globToRegExp('a/[!b].txt').test('a/b.txt')).toBe(false);
  });
  it('walks from the fixed prefix', () => {
    expect(globBase('test/fixtures/**/*.rss')).toBe('test/fixtures');
    expect(globBase('*.txt')).toBe('.');
    expect(isGlob('plain/file.txt')).toBe(false);
  });
});
