import type { Article, Quantity } from '../model.js';
import { area } from './area.js';
import { casualties } from './casualties.js';
import { distance } from './distance.js';
import { equipment } from './equipment.js';
import type { QuantityFamily, QuantityMatch } from './family.js';
import { money } from './money.js';
import { findNumbers } from './number.js';
import { percent } from './percent.js';
import { population } from './population.js';
import { troops } from './troops.js';

/** Every family of quantity patterns; where two overlap, the longer match wins. */
const quantityFamilies: QuantityFamily[] = [area, distance, casualties, troops, equipment, money, percent, population];

/** Quantities in a text, in text order, without overlaps. */
export function findQuantities(text: string): Quantity[] {
  const all: QuantityMatch[] = findNumbers(text).flatMap((hit) => quantityFamilies.flatMap((f) => f.match(text, hit)));
  // Longest first (ties: earliest), then keep what does not overlap anything already kept.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: QuantityMatch[] = [];
  const taken = new Uint8Array(text.length);
  for (const q of all) {
    let free = true;
    for (let i = q.start; i < q.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    kept.push(q);
    taken.fill(1, q.start, q.end);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
}

/** Stage: numbers with units and what they count, normalised to SI (`article.quantities`). */
export function extractQuantities(article: Article): Article {
  if (article.language && !/^en\b/i.test(article.language)) {
    return {
      ...article,
      quantities: [],
      messages: [
        ...article.messages,
        {
          stage: 'quantities',
          severity: 'info',
          message: `quantities skipped: language '${article.language}' is not English`,
        },
      ],
    };
  }
  return { ...article, quantities: findQuantities(article.text) };
}
