import { describe, expect, it } from 'vitest';
import { nameKey } from '../normalise.js';
import { namesIn } from './rule.js';
import { vowelYe as rule } from './vowel-ye.js';

// Words written the same in both sentences prove nothing: compare the keys of the others.
const shared = (a: string, b: string) => {
  const [x, y] = [namesIn(a), namesIn(b)];
  const onlyX = x.filter((w) => !y.includes(w)).map(nameKey);
  const onlyY = new Set(y.filter((w) => !x.includes(w)).map(nameKey));
  return onlyX.filter((k) => onlyY.has(k));
};

describe(rule.name, () => {
  it('brings together: ' + rule.matches.join(' / '), () => {
    expect(shared(...rule.matches).length).toBeGreaterThan(0);
  });
  it('keeps apart: ' + rule.mustNot.join(' / '), () => {
    expect(shared(...rule.mustNot)).toEqual([]);
  });
});
