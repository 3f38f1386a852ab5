/**
 * Apostrophes, primes and quotes inside names mark the soft sign or are typography:
 * "Kup’yans’k", "Kup'yans'k" and "Kupyansk" are one town. Hyphens and dots separate words.
 *
 *   matches:  "They reached Kup’yans’k."  /  "They reached Kupyansk."
 *   must not: "They reached Kupiansk."    /  "They reached Kupol."
 */
export const apostrophes = {
  name: 'apostrophes and quotes',
  apply: (s: string): string => s.replace(/[’'ʼʹ`´‘"“”]/g, '').replace(/[-‐‑–—_./]/g, ' '),
  matches: ['They reached Kup’yans’k.', 'They reached Kupyansk.'] as [string, string],
  mustNot: ['They reached Kupiansk.', 'They reached Kupol.'] as [string, string],
};
