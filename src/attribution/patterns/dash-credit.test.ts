import { describe, expect, test } from 'vitest';
import { dashCredit } from './dash-credit.js';
import { documentedExamples, run } from './patterns.testkit.js';

describe('dash-credit', () => {
  // the name after the dash is the source; the counter-example: the sentence goes on after the dash
  documentedExamples(dashCredit, { source: 'Petro Melnyk', cue: '―', content: '“The shelling stopped at dawn.”' });
  test('a credit line under the quotation, and several quotations in a round-up', () => {
    const text = '“We had no water for a week.”\n— Iryna Bondar\n\n“The bridge is gone.” — Mykola Shevchuk, driver';
    expect(run(dashCredit, text).map((f) => [f.source, f.content])).toEqual([
      ['Iryna Bondar', '“We had no water for a week.”'],
      ['Mykola Shevchuk', '“The bridge is gone.”'],
    ]);
  });
});
