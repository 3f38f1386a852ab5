import { describe, expect, it } from 'vitest';
import { contentId } from '../ingest/article.js';
import { IdSet } from './id-set.js';

describe('IdSet', () => {
  it('holds the ids added, content ids and others, through its growth, and no other', () => {
    const ids = new IdSet();
    const added = Array.from({ length: 5000 }, (_, i) => contentId(`article ${i}`));
    for (const id of added) ids.add(id);
    for (const id of [...added.slice(0, 10), 'a1', '0000000000000000', 'A3F9C2A71D04E8B6']) ids.add(id);
    expect(ids.size).toBe(5003);
    for (const id of added) expect(ids.has(id)).toBe(true);
    for (const id of ['a1', '0000000000000000', 'A3F9C2A71D04E8B6']) expect(ids.has(id)).toBe(true);
    for (let i = 5000; i < 6000; i++) expect(ids.has(contentId(`article ${i}`))).toBe(false);
    expect(ids.has('a2')).toBe(false);
  });
});
