import type { Hedge } from '../model.js';
import { factualityOf, isDurative } from './factuality.js';

/**
 * Readings of a sentence that stop a trigger from reporting an event, or weaken it. All work on
 * the sentence text and the trigger's position in it.
 */

export { isDurative };

/**
 * A hypothesis, forecast, intention or attempt: not an event. The readings live in
 * `factuality.ts`; this asks whether the trigger is future or hypothetical there.
 *
 *   matches:  "If the gains are confirmed, Kyiv could retake Lyman."
 *   must not: "Government troops retook Lyman on Saturday."
 */
export function isHypothetical(sentence: string, triggerAt: number, triggerEnd: number, announcement = false): boolean {
  const r = factualityOf({ sentence, at: triggerAt, end: triggerEnd, announcement });
  return r.factuality === 'future' || r.factuality === 'hypothetical';
}

/**
 * Negated or denied: "did not shell", "denied shelling", "no fighting" (see `factuality.ts`).
 *
 *   matches:  "The army denied shelling the town." / "There was no fighting in Izium."
 *   must not: "The army shelled the town again."
 */
export function isNegated(sentence: string, triggerAt: number): boolean {
  return factualityOf({ sentence, at: triggerAt, end: triggerAt }).factuality === 'negated';
}

/**
 * A photo or video caption: it describes footage of an event that the text reports elsewhere.
 *
 *   matches:  "Friday shows firefighters in a building hit by an airstrike in Kharkiv." /
 *             "A flat in Kharkiv struck by enemy missiles is pictured on Friday."
 *   must not: "Enemy missiles struck a flat in Kharkiv on Friday, the mayor said." / "Soldiers
 *             hoisted their flag over the school in Izium, photographs shared by the army showed."
 */
const CAPTION =
  /\b(?:is|are|was|were)\s+pictured\b|\bpictured\b|\b(?:can|could)\s+be\s+seen\b|\b(?:is|are)\s+(?:seen|shown)\b|^\s*(?:\p{Lu}\p{L}+day|today|yesterday)\s+shows\b|\b(?:photo(?:graph)?s?|images?|videos?|footage|films?|clips?|recordings?|pictures?)\s+(?:that\s+)?(?:shows?|showing|depicts?|depicting|released|provided|posted|shared|circulating)\b|\bin\s+(?:this|the|one|another)\s+(?:image|photo(?:graph)?|video|footage|film|clip|movie)\b|\bvia\s+getty\b|\bshowed\s+(?:images|footage|pictures|video)\b/iu;

/**
 * "…, photographs posted by the council showed[, three days after …]." / "…, according to video
 * from the scene.": the footage is the report's source, cited after the statement as a speaker
 * would be; the statement before it reports the event and is no caption.
 */
const FOOTAGE_SOURCE_TAIL =
  /,\s+(?:(?:according\s+to|judging\s+by)\s+[^,;]{0,60}\b(?:photo(?:graph)?s?|images?|videos?|footage|pictures?|clips?)\b[^,;]{0,60}|(?:the\s+|a\s+|new\s+)?[^,;]{0,30}\b(?:photo(?:graph)?s?|images?|videos?|footage|pictures?|clips?)\b[^,;]{0,60}\s(?:showed|shows|show|indicated|confirmed))\s*(?=[,;.!"”’]|$)/iu;

export function isCaption(sentence: string): boolean {
  const tail = FOOTAGE_SOURCE_TAIL.exec(sentence);
  return CAPTION.test(tail ? sentence.slice(0, tail.index) : sentence);
}

/**
 * Words in the sentence that weaken the report ("unconfirmed", "reportedly", "appears to").
 *
 *   matches:  "Unconfirmed footage appeared to show troops in Izium." → 'unconfirmed'
 *   must not: "Troops entered Izium on Saturday." → null
 */
export function localHedge(sentence: string): Hedge {
  if (
    /\b(?:unconfirmed|unable\s+to\s+(?:confirm|verify)|could\s+not\s+(?:be\s+)?(?:confirm|verif)|not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified))/iu.test(
      sentence,
    )
  )
    return 'unconfirmed';
  if (
    /\b(?:reportedly|purportedly|presumably|apparently|allegedly|appears?\s+to|appeared\s+to|seem(?:s|ed)?\s+to|likely)\b/iu.test(
      sentence,
    )
  )
    return 'hedged';
  return null;
}

/**
 * A sentence right after a report that says the report could not be checked ("His claim could not
 * be verified.", "Neither account could be confirmed independently."): the report is unconfirmed.
 *
 *   matches:  "His claim could not be verified."
 *   must not: "The claim was repeated by the ministry on Friday."
 */
const DISCLAIMER =
  /^\s*(?:his|her|their|its|the|this|that|these|those|neither|either|both|none\s+of\s+the)\s+(?:\p{L}+\s+)?(?:claims?|accounts?|reports?|figures?|statements?|assertions?|numbers?|versions?)\b/iu;

export function disclaimerAfter(nextSentence: string | null): Hedge {
  if (!nextSentence || !DISCLAIMER.test(nextSentence)) return null;
  return localHedge(nextSentence) === 'unconfirmed' ||
    /\bcould\s+not\s+be\s+(?:checked|verified|confirmed)|\bcannot\s+be\s+(?:checked|verified|confirmed)|^\s*neither\b[^.;]*\bcould\s+be\s+(?:checked|verified|confirmed)/iu.test(
      nextSentence,
    )
    ? 'unconfirmed'
    : null;
}
