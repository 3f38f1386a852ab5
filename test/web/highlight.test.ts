import { describe, expect, it } from 'vitest';
import { pieces, primaryKind } from '../../web/src/highlight.js';

// "Forces retook Izium on Saturday." with a toponym inside a claim content, and a date
const text = 'Forces retook Izium on Saturday.';
const spans = [
  { start: 0, end: 31, kind: 'content', label: 'claim' },
  { start: 14, end: 19, kind: 'toponym', label: 'Izium' },
  { start: 23, end: 31, kind: 'timex', label: '2022-09-10' },
];

describe('highlight pieces', () => {
  it('cuts the text at every span boundary and keeps every covering span, innermost first', () => {
    const p = pieces(text.length, spans);
    expect(p.map((x) => text.slice(x.start, x.end))).toEqual(['Forces retook ', 'Izium', ' on ', 'Saturday', '.']);
    expect(p[1]!.covering.map((c) => c.kind)).toEqual(['toponym', 'content']);
    expect(p[4]!.covering).toEqual([]);
  });

  it('names a piece by the kind a reader looks for first; unknown kinds come last', () => {
    expect(primaryKind([spans[0]!, spans[1]!])).toBe('toponym');
    expect(primaryKind([{ ...spans[0]!, kind: 'focus' }, spans[0]!])).toBe('content');
  });

  it('ignores spans outside the text', () => {
    const p = pieces(5, [{ start: 3, end: 50, kind: 'toponym', label: '' }]);
    expect(p).toEqual([{ start: 0, end: 5, covering: [] }]);
  });
});
