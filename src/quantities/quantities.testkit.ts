import type { QuantityFamily, QuantityMatch } from './family.js';

/**
 * A family run on its own, its finds as a test compares them: the words each covers (`text`) and
 * only the fields a test names, so that a new field on Quantity does not rewrite every expectation.
 */
export function findsOf<K extends keyof QuantityMatch>(family: QuantityFamily, fields: K[]) {
  return (text: string): ({ text: string } & Pick<QuantityMatch, K>)[] =>
    family.find(text).map((q) => {
      const picked = Object.fromEntries(fields.map((f) => [f, q[f]])) as Pick<QuantityMatch, K>;
      return { text: text.slice(q.start, q.end), ...picked };
    });
}
