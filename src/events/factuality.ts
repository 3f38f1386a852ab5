import type { Factuality } from '../model.js';
import { MONTH_OR_ABBR } from '../time/calendar.js';

/**
 * Factuality: before a trigger becomes an event, its sentence is asked whether the event
 * happened. One rule family per reading; the first that finds its cue in the clause governing the
 * trigger gives the reading, else the mention is `asserted`.
 *
 * Every rule reads the trigger's own clause only: asides set off by commas or brackets that do
 * not hold the trigger ("The army, which could not hold the town, withdrew") are blanked first, and
 * the clause runs between the nearest boundaries (";", ": ", "but", "while", "after", a dash) on either
 * side. Reported speech is no boundary and no cue: "Kyiv said enemy forces shelled X" is
 * asserted (the claim layer says who asserts it).
 *
 * In the examples the trigger is written in [brackets].
 */

interface FactualityInput {
  /** the sentence's text, and the trigger's offsets in it */
  sentence: string;
  at: number;
  end: number;
  /** strategic announcements ("said it would regroup its forces from X") are events although future */
  announcement?: boolean;
  /** durative phrasing ("for weeks", "scene of") rules the event out (not for changes of hands or announcements) */
  durative?: boolean;
  /** the report's date (ISO): what "long before" is measured from */
  reference?: string | null;
}

export interface Reading {
  factuality: Factuality;
  /** the words that gave the reading, or null when asserted */
  cue: string | null;
}

/** The trigger's clause, with asides blanked (same length as the sentence, so offsets hold). */
interface Clause {
  /** clause text before the trigger, and after it */
  before: string;
  after: string;
  trigger: string;
  /** the whole sentence, asides blanked */
  masked: string;
  /** where `before` starts in the sentence */
  start: number;
}

interface FactualityRule {
  reading: Exclude<Factuality, 'asserted'>;
  name: string;
  /** the cue that gives the reading, or null */
  test(clause: Clause, input: FactualityInput): string | null;
  examples: { matches: string[]; rejects: string[] };
}

/**
 * Asides that do not govern the trigger: a relative or concessive clause between commas (or
 * ending the sentence), an appositive with its own relative clause ("X, a hub that fell in
 * March, was retaken"), a bracket, a pair of dashes.
 */
const ASIDE =
  /,\s+(?:which|who|whom|whose|although|though)\b[^,;()]*(?:,|(?=[.;!?]?["”’]?\s*$))|,\s+(?:a|an|the)\s+[^,;()]{0,40}?\b(?:that|which|who)\b[^,;()]*,|\([^()]*\)|\s[—–]\s[^—–]*\s[—–]\s/gu;
/** Where one clause ends and the next begins. */
const BOUNDARY = /;|:\s|\s(?:but|while|whereas|although|though|after|because)\s|\s[—–]\s/giu;

export function clauseOf(sentence: string, at: number, end: number): Clause {
  let masked = sentence;
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(sentence); m; m = ASIDE.exec(sentence)) {
    const lo = m.index;
    const hi = m.index + m[0].length;
    if (lo <= at && end <= hi) continue;
    // the closing comma stays: it still separates what comes after
    const blank = m[0].endsWith(',') ? hi - 1 : hi;
    masked = masked.slice(0, lo) + ' '.repeat(blank - lo) + masked.slice(blank);
  }
  let start = 0;
  let stop = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(masked); m; m = BOUNDARY.exec(masked)) {
    const hi = m.index + m[0].length;
    if (hi <= at) start = hi;
    else if (m.index >= end) {
      stop = m.index;
      break;
    }
  }
  return {
    before: masked.slice(start, at),
    after: masked.slice(end, stop),
    trigger: sentence.slice(at, end),
    masked,
    start,
  };
}

/**
 * Negated or denied.
 *
 *   matches:  "Moscow denied that its troops had [shelled] the hospital." / "There was no
 *             [fighting] in the town on Monday." / "Troops retook the village without [fighting]."
 *   must not: "Enemy troops [shelled] the town again." / "The army not only [shelled] the town
 *             but also mined the road." / "The army made no secret of its intention to [retake]
 *             the city." (an intention: see `future`)
 */
const NEGATION =
  /\b(?:not(?!\s+only)|no|never|denied|denies|deny|denying|without|n't|nor|neither|failed\s+to|rejected)\b[^,.;]{0,30}$/iu;
/** a denial whose complement holds the trigger: "denied reports that its forces had shelled" */
const DENIAL =
  /\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\s+(?:(?:the\s+|any\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?)\s+)?(?:that\s+)?[^,;]{0,80}$/iu;

export const negated: FactualityRule = {
  reading: 'negated',
  name: 'negated',
  test(c) {
    const near = c.before.slice(-45);
    const m = NEGATION.exec(near) ?? DENIAL.exec(c.before);
    // "made no secret of its intention to retake": the negation governs something else, and the
    // intention between it and the trigger is the reading
    if (!m || FUTURE_CUE.test(m[0])) return null;
    return m[0].split(/\s+/u)[0];
  },
  examples: {
    matches: [
      'Moscow denied that its troops had [shelled] the hospital.',
      'There was no [fighting] in the town on Monday.',
      'Troops retook the village without [fighting].',
    ],
    rejects: [
      'Enemy troops [shelled] the town again.',
      'The army not only [shelled] the town but also mined the road.',
      'The army made no secret of its intention to [retake] the city.',
    ],
  },
};

/**
 * Long before the report: a year that ended more than two weeks before it, an anniversary, a
 * world war, "then known as". "since 2014" is no cue: it says how long a state lasted.
 *
 *   matches:  "The town was [liberated] from German troops in 1943." / "Veterans marked the
 *             anniversary of the day the city was [recaptured]."
 *   must not: "Separatists, who have held the town since 2014, [shelled] it on Monday." /
 *             "On 8 September 2022, government forces [shelled] the town." (reported that day)
 */
const ERA =
  /\b(?:anniversary|anniversaries|then\s+(?:known|called|named)|(?:first|second)\s+world\s+war|world\s+war\s+(?:ii|two|one|i)|ww\s?(?:ii|2)|great\s+patriotic\s+war|nazi\s+occupation|soviet[-\s](?:era|times|period)|in\s+soviet\s+times|in\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1[5-9]|20)\d0s|(?:centur(?:y|ies)|decades?|years)\s+ago)\b/iu;
const MONTH = `(?:${MONTH_OR_ABBR})`;
/** a year written as a date: "in 1943", "of 2014", "September 8, 1943", "8 September 1943", "the 2014 war" */
const YEAR = new RegExp(
  `(?:\\b(?:in|during|of|early|late|mid|spring|summer|autumn|fall|winter|back\\s+in|the)\\s+|\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+)((?:1[5-9]|20)\\d\\d)\\b(?!\\s*(?:km|kilomet|people|troops|soldiers|residents|civilians|tonnes|tons|[-–]\\d))`,
  'giu',
);

function yearWellBefore(year: number, reference: string | null | undefined): boolean {
  if (!reference) return false;
  // the year's last day, two weeks on, is still before the report
  const limit = new Date(Date.UTC(year, 11, 31 + 14)).toISOString().slice(0, 10);
  return limit < reference.slice(0, 10);
}

/** "in the first days of the war", "at the start of the invasion": long before a report of its later months */
const WAR_START =
  /\b(?:in\s+the\s+(?:first|early|opening)\s+(?:days|weeks|months|hours)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion|conflict)|at\s+the\s+(?:very\s+)?(?:start|beginning|outset)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion)|early\s+in\s+the\s+(?:war|invasion)|before\s+the\s+(?:full-scale\s+)?(?:war|invasion))\b/iu;
/**
 * A change of hands named as a description of the place ("the recently liberated city of X",
 * "newly recaptured territory"): what the sentence reports is something else done there later.
 */
const ATTRIBUTIVE_BEFORE =
  /\b(?:the|a|an|its|their|this|that|these|those|recently|newly|freshly|just)\s+(?:(?:recently|newly|freshly|just|only\s+just|partially|fully|partly)\s+)?$/iu;
const PLACE_NOUN_AFTER =
  /^\s+(?:(?:eastern|southern|northern|western|frontline|front-line|border|key|strategic|small|large)\s+)?(?:cit(?:y|ies)|towns?|villages?|settlements?|territor(?:y|ies)|areas?|regions?|lands?|parts?|districts?|\p{Lu})/u;
/** "after its liberation", "since the town's capture": a change of hands named as the time of something else */
const TIME_OF =
  /\b(?:after|since|following|before|until|prior\s+to|ahead\s+of)\s+(?:the\s+|its\s+|their\s+|\p{L}+['’]s\s+)?$/iu;
const FORCES_MOVE_IN =
  /\b(?:rolled|drove|marched|moved|entered|stormed|swept|poured|pushed)\s+(?:back\s+)?(?:in(?:to)?|through)\s+(?:\S+\s+){0,2}$/iu;
const TERRITORY_NOUN = /^(?:liberation|recapture|capture|fall|seizure|de-?occupation)$/iu;

export const historical: FactualityRule = {
  reading: 'historical',
  name: 'historical',
  test(c, input) {
    const clause = c.before + c.trigger + c.after;
    // an anniversary after the trigger is what the act marks ("[demonstrated] to mark the
    // anniversary of the uprising"): the act is today's; before it, the act is the remembered one
    const later = ERA.exec(c.after);
    const era =
      ERA.exec(c.before + c.trigger) ??
      (later && !/^anniversar/iu.test(later[0]) ? later : null) ??
      WAR_START.exec(clause);
    if (era) return era[0];
    // ("troops rolled into the liberated town": the entry is the change of hands itself)
    if (/(?:ed|en|freed)$/iu.test(c.trigger) && PLACE_NOUN_AFTER.test(c.after) && !FORCES_MOVE_IN.test(c.before)) {
      const det = ATTRIBUTIVE_BEFORE.exec(c.before);
      if (det) return `${det[0]}${c.trigger}`.trim();
    }
    if (TERRITORY_NOUN.test(c.trigger)) {
      // (the clause may begin at "after": the words before the trigger in the sentence)
      const time = TIME_OF.exec(input.sentence.slice(Math.max(0, input.at - 40), input.at));
      if (time) return `${time[0]}${c.trigger}`.trim();
    }
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(clause); m; m = YEAR.exec(clause)) {
      if (yearWellBefore(Number(m[1]), input.reference)) return m[0].trim();
    }
    return null;
  },
  examples: {
    matches: [
      'The town was [liberated] from German troops in 1943.',
      'Veterans marked the anniversary of the day the city was [recaptured].',
      'Investigators opened a mass grave in the recently [liberated] city of Izium.',
      'Residents who returned after its [liberation] described months of occupation.',
      'The railway hub was [captured] by enemy troops in the first days of the war.',
    ],
    rejects: [
      'Separatists, who have held the town since 2014, [shelled] it on Monday.',
      'On 8 September 2022, government forces [shelled] the town.',
      'Government troops [liberated] the city of Izium on Saturday.',
      'The [liberation] of Balakliia was announced on Thursday night.',
      'Thousands of [demonstrators] marched in Kassala to mark the third anniversary of the sit-in.',
    ],
  },
};

/**
 * What is done regularly, or a state that lasts, rather than one event (ACLED codes discrete
 * events). The durative phrases apply only where the input says so (not to changes of hands).
 *
 *   matches:  "Enemy artillery regularly [shells] the riverside district." / "The area has
 *             been the scene of heavy [fighting] for months."
 *   must not: "[Fighting] continued outside the town on Saturday."
 */
const HABITUAL =
  /\b(?:regularly|routinely|frequently|often|constantly|habitually|usually|typically|day\s+after\s+day|night\s+after\s+night|(?:almost\s+|nearly\s+)?(?:daily|nightly)|every\s+(?:day|night|morning|evening|week)|on\s+a\s+(?:daily|regular|nightly)\s+basis)\b/iu;
const DURATIVE =
  /\b(?:for\s+(?:weeks|months|years|days)|in\s+recent\s+(?:weeks|months|years)|scene\s+of|for\s+the\s+past\s+(?:weeks|months)|since\s+the\s+(?:start|beginning)\s+of\s+the\s+war|of\s+the\s+war|every\s+day|daily)\b/iu;

/** A state that lasts rather than one event ("has been the scene of fighting for weeks"). */
export function isDurative(sentence: string): boolean {
  return DURATIVE.test(sentence);
}

/**
 * Strikes as a lasting condition: "under constant [shelling]", "incessant rocket fire". The
 * adjectives, unlike "heavy" or "fierce", describe a state over time, not one attack ("regular"
 * is left out: a regular force is an army).
 */
const HABITUAL_NOUN =
  /\b(?:constant|incessant|ceaseless|unceasing|unending|never-ending|round-the-clock)\s+(?:\p{L}+\s+){0,3}$/iu;
/**
 * "evacuating women and children amid [shelling]": a noun governed by "amid" is the background
 * of what the sentence reports, a circumstance that lasts, not an event reported in its own right.
 */
const BACKGROUND =
  /\b[Aa]mid(?:st)?\s+(?:(?:the|a|an|continued|continuing|ongoing|heavy|fierce|intense|renewed|reported|reports\s+of|\p{L}+(?:ian|ish|ese|i)|\p{Lu}\p{L}*)\s+){0,3}$/u;
/**
 * A change of hands counted, not located: "has recaptured [a handful of] towns and villages". ACLED
 * codes one place per event; a tally of unnamed settlements is a summary of many, unless the
 * text goes on to name them ("… villages, including X").
 */
const TALLY =
  /^\s+(?:(?:a\s+)?(?:handful|dozen|number|couple|series|string)\s+of|several|dozens\s+of|scores\s+of|hundreds\s+of|(?:some|about|around|nearly|almost|more\s+than|over)\s+\d[\d,]*|\d[\d,]*)\s+(?:(?:more|other|minor|small|smaller|nearby|surrounding|frontline|front-line)\s+)*(?:towns|villages|settlements|localities|hamlets|communities)(?:\s+and\s+(?:\p{L}+\s+)?(?:towns|villages|settlements|localities|hamlets))?\b(?![^.;]*\b(?:including|such\s+as|among\s+them|in\s+particular|namely)\b)(?!\s*[(:])/iu;

export const habitual: FactualityRule = {
  reading: 'habitual',
  name: 'habitual',
  test(c, input) {
    const m = HABITUAL.exec(c.before + c.trigger + c.after) ?? (input.durative ? DURATIVE.exec(input.sentence) : null);
    if (m) return m[0];
    // (of a nominal trigger: "armed men of a regular force looted" is one event)
    const nominal = !/ed$/iu.test(c.trigger.trim());
    const noun = (nominal ? HABITUAL_NOUN.exec(c.before) : null) ?? BACKGROUND.exec(c.before);
    if (noun) return noun[0].trim();
    const tally = TALLY.exec(c.after);
    return tally ? tally[0].trim() : null;
  },
  examples: {
    matches: [
      'Enemy artillery regularly [shells] the riverside district.',
      'The area has been the scene of heavy [fighting] for months.',
      'The port city is under constant [shelling], its mayor said.',
      'Officials said they were moving families out of the town amid Syrian [shelling].',
      'Troops have [recaptured] a handful of small villages and towns south of the river.',
    ],
    rejects: [
      '[Fighting] continued outside the town on Saturday.',
      'Heavy [shelling] hit the market on Monday.',
      'Amid the confusion, troops [shelled] the bridge overnight.',
      'Troops [recaptured] several villages, including two on the river bank.',
      'Armed men of a regular force [looted] a shop in the town.',
      'Soldiers under constant pressure [shelled] the bridge on Monday.',
      'Troops [recaptured] the village of Ozerne on Monday.',
    ],
  },
};

/**
 * What someone means, promises, threatens, demands or only tries to do, or what will happen.
 * An announced decision of a strategic development stays an event ("said it would regroup").
 *
 *   matches:  "The president promised to also [reclaim] the whole of the region." / "Commanders
 *             are preparing to [recapture] the town." / "Moscow will [strike] the capital's
 *             bridges, a spokesman said."
 *   must not: "Troops managed to [retake] the town on Sunday." / "Officials said enemy forces
 *             [shelled] the port overnight."
 */
const FUTURE_CUE =
  /\b(?:promis(?:ed|es|e|ing)|pledg(?:ed|es|e|ing)|vow(?:ed|s|ing)?|threat(?:en|ened|ens|ening)?|plan(?:ned|s|ning)?\s+to|plans?\s+for|aim(?:ed|s|ing)?\s+to|intend(?:ed|s|ing)?\s+to|intentions?\s+to|seek(?:s|ing)?\s+to|sought\s+to|want(?:s|ed)?\s+to|hop(?:e|ed|es|ing)\s+to|hopes?\s+(?:for|of)|expect(?:ed|s)?\s+to|poised\s+to|going\s+to|about\s+to|demand(?:ed|s|ing)?\s+that|call(?:ed|s|ing)?\s+for|ultimatum|warn(?:ed|s)?|urg(?:ed|es)|attempt(?:ed|s|ing)?\s+to|attempts\s+to|try(?:ing)?\s+to|tried\s+to|push(?:es|ed|ing)?\s+(?:to|for)|press(?:es|ed|ing)?\s+for|bid\s+to|efforts?\s+to|in\s+order\s+to|(?:operations?|offensives?|counteroffensives?|campaign|drive)\s+to)\b/iu;
/**
 * A trigger in the infinitive ("planning to retake", "expect troops to shell", "poised to
 * recapture") names what someone means or expects to do, unless the verb before says it was done
 * ("managed to retake", "continued to shell") or, for announcements, decided ("ordered to withdraw").
 */
const INFINITIVE = /(?:\p{L}+\s+){1,4}to\s+(?:also\s+|soon\s+|eventually\s+|fully\s+|finally\s+)?$/iu;
const DONE_VERB =
  /^(?:managed|manage|manages|continued|continue|continues|continuing|began|begun|begin|begins|started|start|starts|went|proceeded|resumed|kept|able|used|succeeded)$/iu;
const DECISION_VERB = /^(?:decided|ordered|agreed|chose|announced|instructed|told|commanded)$/iu;
const FUTURE_MODAL = /\b(?:will|shall|won't)\b|['’]ll\b/giu;
const HYPOTHETICAL_MODAL = /\b(?:could|would|might|may|should|must|can|cannot|can't|wouldn't|couldn't)\b/giu;
const SPEECH =
  /\b(?:said|says|announced|announces|stated|told|reported|claimed|claims|confirmed|declared|posted|added|insisted|wrote|tweeted|according)\b/iu;

function infinitiveIntention(before: string, trigger: string, announcement: boolean): string | null {
  if (!/^\p{L}+(?:\s|$)/u.test(trigger) || /^\p{L}+(?:ed|ing|ion|ions|ment|ments)\b/iu.test(trigger)) return null;
  const m = INFINITIVE.exec(before.slice(-60));
  if (!m) return null;
  // the few words before "to" hold the verb that governs it
  const verbs = m[0]
    .trim()
    .split(/\s+/u)
    .filter((w) => !/^(?:to|also|soon|eventually|fully|finally)$/iu.test(w));
  if (verbs.some((w) => DONE_VERB.test(w))) return null;
  if (announcement && verbs.some((w) => DECISION_VERB.test(w))) return null;
  return `${verbs[verbs.length - 1] ?? ''} to`.trim();
}

/**
 * A modal in the trigger's clause: before it ("will soon seize") or just after a nominal trigger
 * ("a seizure of X would threaten"). "May" and "Will" capitalised are the month and a name; "can
 * be seen" is a caption's. An announced decision stays an event ("said it would regroup"); "said
 * it could" speculates.
 */
function modalIn(c: Clause, modal: RegExp, input: FactualityInput): string | null {
  const window = c.before + c.trigger + c.after.slice(0, 60);
  const triggerAt = c.before.length;
  const triggerEnd = triggerAt + c.trigger.length;
  modal.lastIndex = 0;
  for (let m = modal.exec(window); m; m = modal.exec(window)) {
    if (m[0] === 'May' || m[0] === 'Will') continue;
    if (/^\s+be\s+(?:seen|heard)\b/iu.test(window.slice(m.index + m[0].length))) continue;
    if (
      input.announcement &&
      /^(?:would|will|'ll|’ll)$/iu.test(m[0]) &&
      SPEECH.test(input.sentence.slice(0, c.start + m.index))
    )
      continue;
    if (m.index >= triggerAt && m.index < triggerEnd) continue;
    if (m.index > triggerEnd && (/[.;]/u.test(window.slice(triggerEnd, m.index)) || m.index - triggerEnd > 50))
      continue;
    return m[0];
  }
  return null;
}

export const future: FactualityRule = {
  reading: 'future',
  name: 'future',
  test(c, input) {
    const inf = infinitiveIntention(c.before, c.trigger, !!input.announcement);
    if (inf) return inf;
    const cue = FUTURE_CUE.exec(c.before.slice(-90));
    if (cue) return cue[0];
    return modalIn(c, FUTURE_MODAL, input);
  },
  examples: {
    matches: [
      'The president promised to also [reclaim] the whole of the region.',
      'Commanders are preparing to [recapture] the town.',
      "Moscow will [strike] the capital's bridges, a spokesman said.",
    ],
    rejects: [
      'Troops managed to [retake] the town on Sunday.',
      'Officials said enemy forces [shelled] the port overnight.',
    ],
  },
};

/**
 * A condition or a possibility: "if", "unless", "could", "would", "may", "might", a prediction.
 *
 *   matches:  "If the gains hold, Kyiv could [retake] the city." / "A [seizure] of the city would
 *             cut the supply road." / "Analysts predicted that troops [recapture] the city."
 *   must not: "The army, which could not hold the town, [withdrew] from it." / "Kyiv said
 *             enemy forces [shelled] the market."
 */
const CONDITIONAL = /^\s*(?:if|unless|should|were|whether)\b|(?:^|[,;:]\s*|\s)(?:if|unless|whether|in\s+case)\s/iu;
const SPECULATION =
  /\b(?:predict(?:ed|s|ing)?|forecast|speculat(?:ed|es|ing)|hypothetical(?:ly)?|possibility\s+of|risk\s+of|spect(?:er|re)\s+of|prospect\s+of|danger\s+of)\b/iu;

export const hypothetical: FactualityRule = {
  reading: 'hypothetical',
  name: 'hypothetical',
  test(c, input) {
    const cond = CONDITIONAL.exec(c.before) ?? /^\s*if\b/iu.exec(input.sentence);
    if (cond) return cond[0].replace(/^[\s,;:]+/u, '').trim();
    const spec = SPECULATION.exec(c.before.slice(-90));
    if (spec) return spec[0];
    return modalIn(c, HYPOTHETICAL_MODAL, input);
  },
  examples: {
    matches: [
      'If the gains hold, Kyiv could [retake] the city.',
      'A [seizure] of the city would cut the supply road.',
      'Analysts predicted that troops [recapture] the city.',
    ],
    rejects: [
      'The army, which could not hold the town, [withdrew] from it.',
      'Kyiv said enemy forces [shelled] the market.',
    ],
  },
};

/**
 * The rules in the order they are asked: a denied plan is a denial, a promise made in 2014 is
 * history; a habit comes last ("capturing it would cut the road used daily" is a condition).
 */
export const factualityRules: FactualityRule[] = [negated, historical, future, hypothetical, habitual];

/** The reading of a trigger in its sentence. */
export function factualityOf(input: FactualityInput): Reading {
  const clause = clauseOf(input.sentence, input.at, input.end);
  for (const rule of factualityRules) {
    const cue = rule.test(clause, input);
    if (cue) return { factuality: rule.reading, cue };
  }
  return { factuality: 'asserted', cue: null };
}

/** "The ministry [denied] the claim." → the sentence without brackets and the bracketed span (for tests and examples). */
export function bracketed(example: string): { sentence: string; at: number; end: number } {
  const at = example.indexOf('[');
  const end = example.indexOf(']') - 1;
  return { sentence: example.replace('[', '').replace(']', ''), at, end };
}
