import { describe, expect, test } from 'vitest';
import { colon } from './colon.js';
import { documentedExamples, expectFirst, run } from './patterns.testkit.js';

describe('colon', () => {
  // headline speaker; the counter-example: a label
  documentedExamples(colon, { source: 'Kovalenko', cue: ':', content: 'Kupiansk Bridge Will Be Repaired by Winter' });
  test('a topic before the colon is no speaker', () => {
    expect(run(colon, 'Fighting in Donbas: Kyiv says the line holds')).toEqual([]);
  });
  test('a headline "Poll:" or "Report:" is the source', () => {
    expectFirst(colon, 'Poll: Kharkiv Residents Back Longer Curfew', {
      source: 'Poll',
      cue: ':',
      content: 'Kharkiv Residents Back Longer Curfew',
    });
  });
  test('a transcript line that opens with a quote mark', () => {
    const text =
      'Partial transcript:\n\n"MODERATOR: Let us start with the front line.\n\n"KOVALENKO: The bridge at Kupiansk still stands.';
    expect(run(colon, text).map((f) => [f.source, f.content, f.found.pattern])).toEqual([
      ['MODERATOR', 'Let us start with the front line.', 'transcript'],
      ['KOVALENKO', 'The bridge at Kupiansk still stands.', 'transcript'],
    ]);
  });
  test('one line with a speaker in capitals is a label of the colon family, not a transcript', () => {
    const [f] = run(colon, 'KOVALENKO: The Bridge Will Hold\n\nThe analyst spoke on Monday.');
    expect(f).toMatchObject({ source: 'KOVALENKO', cue: ':' });
    expect(f.found.pattern).toBe('colon');
  });
});
