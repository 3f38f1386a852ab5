import type { EventType } from '../model.js';

/**
 * One family of event triggers: the words that report one kind of event, and how to read the
 * sentence around them. Each family lives in its own file under `families/` with the sentences
 * it must and must not match; its test uses those same sentences.
 */
export interface TriggerFamily {
  name: string;
  event_type: EventType;
  /** the ACLED sub_event_type; territory changes pick theirs from who takes what (see `territorySubEvent` in index.ts) */
  sub_event_type: string;
  /** patterns over one sentence's text; the whole match is the trigger */
  triggers: RegExp[];
  /**
   * Where the place is: `object` prefers the trigger's object ("retook X", "shelled X", "fighting
   * near X"), then the nearest place before it; `from` prefers "from X" (withdrawals, evacuations).
   */
  anchor: 'object' | 'from';
  /**
   * `government` when the trigger itself says the place went back to its former holder
   * ("liberated", "retook"): without another cue, actor1 is the state forces of the place's country.
   */
  defaultActor?: 'government';
  /** territory changes: the trigger names a change of control, so the other belligerent is actor2 */
  territory?: boolean;
  /** strategic announcements ("said it would regroup its forces from X") are events although future */
  announcement?: boolean;
  /** a retreat reports the loser's side of a territory change (fusion folds it into the battle) */
  retreat?: boolean;
  /** the trigger's object must be a place (not "captured soldiers"): no place after it, no event */
  needsPlaceObject?: boolean;
  /**
   * Words the sentence must also hold for the trigger to report this kind of event: an arrest is
   * ACLED's only when it is political or of the war (protesters, saboteurs, collaborators, security
   * forces), not a burglar's.
   */
  context?: RegExp | ((sentence: string) => boolean);
  /** words that make the trigger another kind of news: an evacuation from a flood is no war's */
  unless?: RegExp;
  examples: { matches: string[]; rejects: string[] };
}

/** Builds a case-insensitive, unicode pattern from alternatives bounded by word edges. */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
