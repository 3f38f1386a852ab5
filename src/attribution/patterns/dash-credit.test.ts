import { describe, expect, test } from 'vitest';
import { dashCredit } from './dash-credit.js';
import { run } from './patterns.testkit.js';

describe('dash-credit', () => {
  test('its example matches: the name after the dash is the source', () => {
    const [f] = run(dashCredit, dashCredit.matches);
    expect(f).toMatchObject({ source: 'Petro Melnyk', cue: '―', content: '“The shelling stopped at dawn.”' });
  });
  test('its counter-example (the sentence goes on after the dash) does not', () => {
    expect(run(dashCredit, dashCredit.mustNot)).toEqual([]);
  });
  test('a credit line under the quotation, and several quotations in a round-up', () => {
    const text = '“We had no water for a week.”\n— Iryna Bondar\n\n“The bridge is gone.” — Mykola Shevchuk, driver';
    expect(run(dashCredit, text).map((f) => [f.source, f.content])).toEqual([
      ['Iryna Bondar', '“We had no water for a week.”'],
      ['Mykola Shevchuk', '“The bridge is gone.”'],
    ]);
  });
});
