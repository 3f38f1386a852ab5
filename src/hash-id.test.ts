import { describe, expect, it } from 'vitest';
import { hashId } from './hash-id.js';

describe('hashId', () => {
  it('keeps the ids earlier versions stored: SHA-256 of the UTF-8 parts, joined, in hex', () => {
    // values of the first implementation (createHash().update(…, 'utf8').digest('hex'))
    expect(hashId(['article', 'Сили оборони увійшли до міста.'])).toBe('f830aed2affa176e');
    expect(hashId(['a', 'b'], 40, '|')).toBe('0eab8a0a3380abf4c7d1fb0b43b66aafbb64a4b9');
  });
  it('tells parts apart from their concatenation', () => {
    expect(hashId(['ab', 'c'])).not.toBe(hashId(['a', 'bc']));
  });
});
