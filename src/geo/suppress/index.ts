import { commonWord } from './common-word.js';
import { compoundNoun } from './compound-noun.js';
import { dictionaryWord } from './dictionary-word.js';
import { facilityModifier } from './facility.js';
import { formerName } from './former-name.js';
import { longerName } from './longer-name.js';
import { naturalFeature } from './natural-feature.js';
import { organisation } from './organisation.js';
import { person } from './person.js';
import type { SuppressContext, SuppressionRule } from './rule.js';
import { unit } from './unit.js';

const suppressionRules: SuppressionRule[] = [
  person,
  organisation,
  unit,
  naturalFeature,
  compoundNoun,
  commonWord,
  dictionaryWord,
  formerName,
  longerName,
];

/** The first reason a candidate span is not a toponym, or null. */
export function suppressed(ctx: SuppressContext): string | null {
  const facility = facilityModifier.applies(ctx);
  for (const rule of suppressionRules) {
    if (facility && (rule === organisation || rule === naturalFeature || rule === longerName)) continue;
    const why = rule.suppress(ctx);
    if (why) return `${rule.name}: ${why}`;
  }
  return null;
}
