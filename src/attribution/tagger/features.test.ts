import { describe, expect, test } from 'vitest';
import { stem } from './features.js';

describe('stem', () => {
  test('the inflections of a verb share one stem', () => {
    expect(['rips', 'ripped', 'ripping'].map(stem)).toEqual(['rip', 'rip', 'rip']);
    expect(['says', 'saying'].map(stem)).toEqual(['say', 'say']);
    expect(['worries', 'worried'].map(stem)).toEqual(['worry', 'worry']);
    expect(['pushes', 'pushed'].map(stem)).toEqual(['push', 'push']);
  });
  test('short words and words that only look inflected stay whole', () => {
    expect(['noting', 'bring', 'is', 'us', 'press'].map(stem)).toEqual(['noting', 'bring', 'is', 'us', 'press']);
  });
});
