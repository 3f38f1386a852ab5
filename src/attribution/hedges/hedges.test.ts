import { describe, expect, test } from 'vitest';
import { denied } from './denied.js';
import { hedgeOf, hedgePatterns } from './index.js';
import { predicted } from './predicted.js';
import { purportedly } from './purportedly.js';
import { unconfirmed } from './unconfirmed.js';

const regions = (sentence: string, next = '') => ({ claim: sentence, sentence, content: sentence, next });

describe('hedge families', () => {
  for (const p of hedgePatterns) {
    test(`${p.name}: its example matches, its counter-example does not`, () => {
      expect(p.re.test(p.matches)).toBe(true);
      expect(p.re.test(p.mustNot)).toBe(false);
    });
  }
  test('denials', () => {
    expect(denied.re.test('The ministry insists it does not target civilian buildings.')).toBe(true);
    expect(hedgeOf(regions('The ministry denied that its troops had left the town.'))).toBe('denied');
  });
  test('unconfirmed: in the sentence, or in a stand-alone sentence after it', () => {
    expect(
      unconfirmed.re.test('The agency said the bridge was destroyed; Reuters was unable to confirm the report.'),
    ).toBe(true);
    expect(
      hedgeOf(
        regions('The agency said the bridge was destroyed.', 'Reuters could not independently verify the report.'),
      ),
    ).toBe('unconfirmed');
    expect(hedgeOf(regions('Unconfirmed footage showed smoke rising over the depot.'))).toBe('unconfirmed');
  });
  test('hedged and predicted', () => {
    expect(purportedly.re.test('The video appeared to show a column of tanks.')).toBe(true);
    expect(hedgeOf(regions('Soldiers, purportedly from a special forces unit, posed beside the flag.'))).toBe('hedged');
    expect(predicted.re.test(predicted.matches)).toBe(true);
    expect(hedgeOf(regions('The governor said the town fell on Monday.'))).toBeNull();
  });
});
