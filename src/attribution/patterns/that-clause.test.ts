import { describe } from 'vitest';
import { documentedExamples } from './patterns.testkit.js';
import { thatClause } from './that-clause.js';

describe('that-clause', () => {
  documentedExamples(thatClause, {
    source: 'The regional mayor',
    cue: 'conceded',
    content: 'that the bridge had been lost',
  });
});
