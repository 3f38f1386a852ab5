import { describe } from 'vitest';
import { documentedExamples } from './patterns.testkit.js';
import { reportedly } from './reportedly.js';

describe('reportedly', () => {
  // no source, the clause is the content; the counter-example: the reporting verb next to it is the cue
  documentedExamples(reportedly, {
    source: null,
    cue: 'reportedly',
    content: 'The ferry reportedly left the port before dawn',
  });
});
