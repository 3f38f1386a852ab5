import type { Hedge } from '../model.js';

/**
 * Readings of a sentence that stop a trigger from reporting an event, or weaken it. All work on
 * the sentence text and the trigger's position in it.
 */

/**
 * A hypothesis, forecast, intention or attempt: not an event.
 *
 *   matches:  "If the gains are confirmed, Kyiv could retake Lyman." / "A seizure of Lyman would
 *             cut the road." / "Bloggers predicted Ukraine will seize the city." / "its intention
 *             to retake the city"
 *   must not: "Ukrainian troops retook Lyman on Saturday."
 */
const CONDITIONAL = /^\s*(?:if|unless|should|were|whether)\b|(?:^|[,;:]\s*|\s)(?:if|unless|whether)\s/iu;
const MODAL = /\b(?:could|would|might|may|will|shall|should|must|can|cannot|can't|won't|wouldn't)\b|['’]ll\b/giu;
const FORECAST =
  /\b(?:predict(?:ed|s|ing)?|forecast|expect(?:ed|s)?\s+to|intend(?:ed|s)?\s+to|intentions?\s+to|plan(?:ned|s)?\s+to|aim(?:ed|s|ing)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|attempt(?:ed|s|ing)?\s+to|attempts\s+to|try(?:ing)?\s+to|tried\s+to|push\s+to|bid\s+to|hop(?:e|ed|es|ing)\s+to|threat(?:en|ened|ens)?|efforts?\s+to|warn(?:ed|s)?|vow(?:ed|s)?\s+to|urg(?:ed|es)|in\s+order\s+to|speculat(?:ed|es|ing)|(?:operations?|offensives?|counteroffensives?|campaign|drive|efforts?)\s+to)\b/iu;
const SPEECH =
  /\b(?:said|says|announced|announces|stated|told|reported|claimed|claims|confirmed|declared|posted|added|insisted|wrote|tweeted|according)\b/iu;

/**
 * A trigger in the infinitive ("planning to retake", "expect troops to shell", "poised to
 * recapture") names what someone means or expects to do, unless the verb before says it was done
 * ("managed to retake", "continued to shell") or, for announcements, decided ("ordered to withdraw").
 */
const INFINITIVE = /(?:\p{L}+\s+){1,4}to\s+$/iu;
const DONE_VERB = /^(?:managed|manage|manages|continued|continue|continues|continuing|began|begun|begin|begins|started|start|starts|went|proceeded|resumed|kept|able|used|succeeded)$/iu;
const DECISION_VERB = /^(?:decided|ordered|agreed|chose|announced|instructed|told|commanded)$/iu;

function infinitiveIntention(before: string, trigger: string, announcement: boolean): boolean {
  if (!/^\p{L}+(?:\s|$)/u.test(trigger) || /^\p{L}+(?:ed|ing|ion|ions|ment|ments)\b/iu.test(trigger)) return false;
  const m = INFINITIVE.exec(before.slice(-60));
  if (!m) return false;
  // the few words before "to" hold the verb that governs it
  const verbs = m[0].trim().split(/\s+/u).slice(0, -1);
  if (verbs.some((w) => DONE_VERB.test(w))) return false;
  if (announcement && verbs.some((w) => DECISION_VERB.test(w))) return false;
  return true;
}

export function isHypothetical(sentence: string, triggerAt: number, triggerEnd: number, announcement = false): boolean {
  const before = sentence.slice(0, triggerAt);
  if (CONDITIONAL.test(before) || /^\s*if\b/iu.test(sentence)) return true;
  if (infinitiveIntention(before, sentence.slice(triggerAt, triggerEnd), announcement)) return true;
  // forecasts and intentions just before the trigger ("intention to retake", "predicted … will seize")
  const near = before.slice(-90);
  if (FORECAST.test(near)) return true;
  // a modal in the trigger's clause: before it ("will soon seize") or after a nominal trigger
  // ("a seizure of X would threaten"). An announced decision stays an event ("said it would regroup").
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' but '), 0);
  const window = sentence.slice(clauseStart, Math.min(sentence.length, triggerEnd + 60));
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(window); m; m = MODAL.exec(window)) {
    const at = clauseStart + m.index;
    if (m[0] === 'May' || m[0] === 'Will') continue; // the month, a name
    if (/^\s+be\s+(?:seen|heard)\b/iu.test(window.slice(m.index + m[0].length))) continue; // a caption's "can be seen"
    // "said the troops would be regrouped" announces a decision; "said it could" speculates
    if (announcement && /^(?:would|will)$/iu.test(m[0]) && SPEECH.test(sentence.slice(0, at))) continue;
    // "would" after the trigger only counts for nominal triggers followed by it within the clause
    if (at > triggerEnd && /[.;]/u.test(sentence.slice(triggerEnd, at))) continue;
    if (at > triggerEnd && sentence.slice(triggerEnd, at).length > 50) continue;
    return true;
  }
  return false;
}

/**
 * Negated or denied: "did not shell", "denied shelling", "no fighting".
 *
 *   matches:  "Russia denied shelling the town." / "There was no fighting in Izium."
 *   must not: "Russia shelled the town again."
 */
const NEGATION = /\b(?:not|no|never|denied|denies|deny|denying|without|n't|nor|neither|failed\s+to|rejected)\b[^,.;]{0,30}$/iu;

export function isNegated(sentence: string, triggerAt: number): boolean {
  return NEGATION.test(sentence.slice(Math.max(0, triggerAt - 45), triggerAt));
}

/**
 * A state that lasts rather than one event ("has been the scene of fighting for weeks", "the
 * heaviest fighting in recent months"): ACLED codes discrete events, so these are not coded.
 *
 *   matches:  "…where some of the heaviest fighting has taken place in recent months."
 *   must not: "Fighting continued outside Lyman on Saturday."
 */
const DURATIVE =
  /\b(?:for\s+(?:weeks|months|years|days)|in\s+recent\s+(?:weeks|months|years)|scene\s+of|for\s+the\s+past\s+(?:weeks|months)|since\s+the\s+(?:start|beginning)\s+of\s+the\s+war|of\s+the\s+war|every\s+day|daily)\b/iu;

export function isDurative(sentence: string): boolean {
  return DURATIVE.test(sentence);
}

/**
 * A photo or video caption: it describes footage of an event that the text reports elsewhere.
 *
 *   matches:  "Friday shows firefighters in a building hit by a Russian airstrike in Kharkiv." /
 *             "A flat in Kharkiv struck by Russian missiles is pictured on Friday."
 *   must not: "Russian missiles struck a flat in Kharkiv on Friday, the mayor said." / "Soldiers
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
  if (/\b(?:unconfirmed|unable\s+to\s+(?:confirm|verify)|could\s+not\s+(?:be\s+)?(?:confirm|verif)|not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified))/iu.test(sentence))
    return 'unconfirmed';
  if (/\b(?:reportedly|purportedly|presumably|apparently|allegedly|appears?\s+to|appeared\s+to|seem(?:s|ed)?\s+to|likely)\b/iu.test(sentence))
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
  return localHedge(nextSentence) === 'unconfirmed' || /\bcould\s+not\s+be\s+(?:checked|verified|confirmed)|\bcannot\s+be\s+(?:checked|verified|confirmed)|^\s*neither\b[^.;]*\bcould\s+be\s+(?:checked|verified|confirmed)/iu.test(nextSentence)
    ? 'unconfirmed'
    : null;
}
