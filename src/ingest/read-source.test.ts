import { describe, expect, it } from 'vitest';
import { readSource } from './index.js';

describe('readSource', () => {
  it('refuses a bad JSON line in one line, whatever the parser quotes of it, and keeps the good lines', () => {
    const results = readSource(
      'feed.jsonl',
      new TextEncoder().encode('{"text": "Shelling hit Nikopol on Monday."}\n{"text": \r\u0014 x}\n'),
    );
    expect(results.map((r) => r.kind)).toEqual(['article', 'error']);
    const refused = results[1] as { reason: string };
    expect(refused.reason).toMatch(/^malformed JSON line: /);
    expect(refused.reason).not.toMatch(/[\r\n]/);
  });
});
