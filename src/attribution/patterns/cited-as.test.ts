import { describe, expect, test } from 'vitest';
import { citedAs } from './cited-as.js';
import { documentedExamples, run } from './patterns.testkit.js';

describe('cited-as', () => {
  // the object of "quoted" is the source
  documentedExamples(citedAs, {
    source: 'the deputy mayor',
    cue: 'quoted the deputy mayor as saying',
    content: 'the evacuation had begun',
  });
  test('"X cited Y as stating"', () => {
    const [f] = run(citedAs, 'The agency cited a senior officer as stating that the airfield was hit.');
    expect(f.source).toBe('a senior officer');
    expect(f.content).toBe('that the airfield was hit');
  });
});
