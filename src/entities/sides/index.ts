import type { Side } from '../../model.js';
import { knowledge, type Knowledge } from '../../profiles/index.js';
import { analyst } from './analyst.js';
import { media } from './media.js';
import type { SideRule } from './types.js';
import { unitedStates } from './united-states.js';
import { western } from './western.js';

/** The families of words every war has: who speaks for no party, or for a foreign government. */
export const genericSideRules: SideRule[] = [analyst, media, unitedStates, western];

interface RankedRule {
  side: Side;
  re: RegExp;
  /** an installed administration, an analyst or a medium: outranks a country named beside it */
  specific: boolean;
}

const ranked = new WeakMap<Knowledge, RankedRule[]>();

/**
 * The families in the order they are asked: the conflict profiles' installed administrations (an
 * official a neighbour installed is not simply the neighbour's), the generic families, then the profiles'
 * parties (src/profiles).
 */
export function sideRulesOf(k: Knowledge = knowledge()): RankedRule[] {
  let rules = ranked.get(k);
  if (!rules) {
    rules = [
      ...k.sideRules.filter((r) => r.specific),
      ...genericSideRules.map((r) => ({ side: r.side, re: r.re, specific: r === analyst || r === media })),
      ...k.sideRules.filter((r) => !r.specific),
    ];
    ranked.set(k, rules);
  }
  return rules;
}

/**
 * The side the words support, with the words. When two country families both match (Polish
 * troops near the German border), the one that appears first in the text wins: in a noun phrase
 * the first modifier names the owner.
 */
export function sideOf(words: string, k: Knowledge = knowledge()): { side: Side; evidence: string } | null {
  let best: { side: Side; evidence: string; at: number; specific: boolean } | null = null;
  for (const rule of sideRulesOf(k)) {
    const m = rule.re.exec(words);
    if (!m) continue;
    const found = { side: rule.side, evidence: m[0].trim(), at: m.index, specific: rule.specific };
    if (!best) best = found;
    else if (rule.specific && !best.specific) best = found;
    else if (!rule.specific && !best.specific && found.at < best.at) best = found;
  }
  return best ? { side: best.side, evidence: best.evidence } : null;
}
