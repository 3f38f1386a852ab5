import { describe, expect, it } from 'vitest';
import { bracketed, clauseOf, factualityOf, factualityRules } from './factuality.js';

const reference = '2022-09-10';
const read = (example: string, extra: { announcement?: boolean; durative?: boolean } = {}) =>
  factualityOf({ ...bracketed(example), reference, durative: true, ...extra });

describe('factuality rules', () => {
  for (const rule of factualityRules) {
    it(`${rule.name}: reads the sentences it documents, and not those it must not`, () => {
      for (const s of rule.examples.matches) expect(read(s).factuality, s).toBe(rule.reading);
      for (const s of rule.examples.rejects) expect(read(s).factuality, s).not.toBe(rule.reading);
    });
  }
});

describe('factualityOf', () => {
  it('gives the cue with the reading', () => {
    expect(read('The president promised to [retake] the port.')).toEqual({ factuality: 'future', cue: 'promised to' });
    expect(read('The bridge was [liberated] in 1943.')).toEqual({ factuality: 'historical', cue: 'in 1943' });
    expect(read('Troops [retook] the port on Friday.')).toEqual({ factuality: 'asserted', cue: null });
  });
  it('scopes the rules to the clause that governs the trigger', () => {
    expect(read('Russia, which could not hold the town, [withdrew] from it on Friday.').factuality).toBe('asserted');
    expect(read('Ukraine said Russian forces [shelled] the market on Friday.').factuality).toBe('asserted');
    expect(read('Russian forces [shelled] the market; Kyiv vowed it would respond.').factuality).toBe('asserted');
    expect(read('Kyiv vowed it would respond, but Russian forces [shelled] the market again.').factuality).toBe(
      'asserted',
    );
    expect(read('Kyiv vowed to respond after Russian missiles [struck] the port on Friday.').factuality).toBe(
      'asserted',
    );
    expect(read('The militia, in power there since 2014, [shelled] the road on Friday.').factuality).toBe('asserted');
  });
  it('keeps an announced decision of a strategic development as asserted', () => {
    expect(
      read('The ministry said its units would be [regrouped] from the area.', { announcement: true }).factuality,
    ).toBe('asserted');
    expect(read('The ministry said its units would be [regrouped] from the area.').factuality).toBe('hypothetical');
  });
  it('measures history from the report: last year two weeks into January is still news', () => {
    expect(
      factualityOf({ ...bracketed('Troops [shelled] the town on 30 December 2022.'), reference: '2023-01-05' })
        .factuality,
    ).toBe('asserted');
    expect(factualityOf({ ...bracketed('Troops [shelled] the town in 2014.'), reference: null }).factuality).toBe(
      'asserted',
    );
  });
  it('applies the durative phrases only when asked', () => {
    expect(read('The area has been the scene of [fighting] for months.', { durative: false }).factuality).toBe(
      'asserted',
    );
  });
});

describe('clauseOf', () => {
  it('blanks asides that do not hold the trigger, keeping offsets', () => {
    const { sentence, at, end } = bracketed('Russia, which could not hold it, [withdrew].');
    const c = clauseOf(sentence, at, end);
    expect(c.masked.length).toBe(sentence.length);
    expect(c.before).not.toMatch(/could/u);
    expect(c.trigger).toBe('withdrew');
  });
  it('keeps an aside that holds the trigger', () => {
    const { sentence, at, end } = bracketed('The town, which troops [retook] in 1943, is quiet.');
    expect(clauseOf(sentence, at, end).before).toMatch(/which troops $/u);
  });
});
