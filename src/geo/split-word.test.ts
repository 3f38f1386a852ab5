import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/analyse.js';
import { splitWord as rule } from './split-word.js';

const words = (s: string) => rule.join(tokenize(s).tokens).map((t) => t.text);

describe(rule.name, () => {
  it('joins: ' + rule.examples.matches[0], () => expect(words(rule.examples.matches[0])).toContain('Homieĺ'));
  it('joins: ' + rule.examples.matches[1], () => expect(words(rule.examples.matches[1])).toContain('Prešov'));
  it('leaves: ' + rule.examples.mustNot[0], () => {
    const s = rule.examples.mustNot[0];
    expect(words(s)).toEqual(tokenize(s).tokens.map((t) => t.text));
  });
});
