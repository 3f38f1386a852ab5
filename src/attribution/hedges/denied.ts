/**
 * Denials: a denying cue, or a source insisting something is not so.
 *
 *   matches:  The ministry denied that its troops had left the town.
 *   matches:  The ministry insists it does not target civilian buildings.
 *   must not: The ministry said its troops had left the town.
 */
import type { HedgePattern } from './types.js';

export const denied: HedgePattern = {
  name: 'denied',
  hedge: 'denied',
  matches: 'The ministry denied that its troops had left the town.',
  mustNot: 'The ministry said its troops had left the town.',
  region: 'claim',
  re: /\b(?:den(?:y|ies|ied|ying)|rejected|dismissed|refuted)\b|\binsist(?:s|ed)? (?:that )?(?:it|he|she|they|we|the \w+) (?:does|do|did|has|have|had|is|was|were|are|will|would)(?: not|n't)\b/i,
};
