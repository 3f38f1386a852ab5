import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reasonProblems, readers, runSource } from './readers.js';

// a few hundred generated inputs in all; `npm run fuzz` runs thousands
const RUNS = 40;

describe('every reader on generated hostile input', () => {
  for (const reader of readers) {
    it(`${reader.name}: never throws, refuses in one plain line, and keeps every span on its text`, async () => {
      const opened = await reader.open(20);
      try {
        await fc.assert(
          fc.asyncProperty(reader.arbitrary, async (input) => {
            const out = await opened.run(input);
            expect(out.problems).toEqual([]);
          }),
          { numRuns: RUNS, seed: 20221208 },
        );
      } finally {
        await opened.close?.();
      }
    });
  }
  it('the checks catch what they are for: an internal message or two lines as a reason is a problem', () => {
    expect(reasonProblems("could not be read: Cannot read properties of undefined (reading 'end')")).toHaveLength(1);
    expect(reasonProblems('line one\nline two')).toHaveLength(1);
    expect(reasonProblems('published "9999-99-99": not a calendar date')).toEqual([]);
    // a JSON Lines item whose text is no string is refused with a reason a person can act on
    const out = runSource('x.jsonl', '{"text": 5}\n{"text": "Russian forces shelled Kharkiv on Monday."}', 20);
    expect(out.accepted).toBe(1);
    expect(out.reasons).toHaveLength(1);
    expect(out.problems).toEqual([]);
  });
});
