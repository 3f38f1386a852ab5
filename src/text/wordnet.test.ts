import { describe, expect, test } from 'vitest';
import { senseIndex, supersenses } from './wordnet.js';

describe('supersenses', () => {
  test('a rare reporting verb shares its class with common ones', () => {
    expect(supersenses('say', 'verb')[0]).toBe('verb.communication');
    expect(supersenses('concede', 'verb')).toContain('verb.communication');
    expect(supersenses('hint', 'verb')).toEqual(['verb.communication']);
  });
  test('the word class chooses the senses: "claim" as a noun is a communication, as a verb also a possession', () => {
    expect(supersenses('claim', 'noun')[0]).toBe('noun.communication');
    expect(supersenses('claim', 'verb')).toContain('verb.possession');
  });
  test('people and groups, most frequent sense first', () => {
    expect(supersenses('analyst', 'noun')).toEqual(['noun.person']);
    expect(supersenses('Ministry', 'noun')[0]).toBe('noun.group');
  });
  test('unknown words, multiword keys and empty strings have no senses', () => {
    expect(supersenses('kupiansk', 'noun')).toEqual([]);
    expect(supersenses('', 'verb')).toEqual([]);
    expect(supersenses('lash out', 'verb')).toEqual([]);
  });
});

describe('senseIndex', () => {
  test('offsets every line, the last one without a newline too', () => {
    const idx = senseIndex('a%1:04:00:: 1 1 0\nb%2:32:00:: 2 1 0');
    expect([...idx.lines]).toEqual([0, 18]);
  });
});
