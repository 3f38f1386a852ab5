import type { Side } from '../../model.js';
import { analyst } from './analyst.js';
import { media } from './media.js';
import { russia } from './russia.js';
import { russianInstalled } from './russian-installed.js';
import type { SideRule } from './types.js';
import { ukraine } from './ukraine.js';
import { unitedStates } from './united-states.js';
import { western } from './western.js';

// The most specific family first: a "Moscow-installed" official is not simply "Russian".
export const sideRules: SideRule[] = [russianInstalled, analyst, media, unitedStates, western, ukraine, russia];

/**
 * The side the words support, with the words. When two country families both match (Ukrainian
 * troops near the Russian border), the one that appears first in the text wins: in a noun phrase
 * the first modifier names the owner.
 */
export function sideOf(words: string): { side: Side; evidence: string } | null {
  let best: { side: Side; evidence: string; at: number; rank: number } | null = null;
  sideRules.forEach((rule, rank) => {
    const m = rule.re.exec(words);
    if (!m) return;
    const at = m.index;
    const specific = rank < 3;
    if (!best) best = { side: rule.side, evidence: m[0].trim(), at, rank };
    else if (specific && best.rank >= 3) best = { side: rule.side, evidence: m[0].trim(), at, rank };
    else if (!specific && best.rank >= 3 && at < best.at) best = { side: rule.side, evidence: m[0].trim(), at, rank };
  });
  const b = best as { side: Side; evidence: string } | null;
  return b ? { side: b.side, evidence: b.evidence } : null;
}
