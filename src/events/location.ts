import { FACILITY_AFTER } from '../geo/facility.js';
import type { Article, Claim, Place, Sentence, ToponymMention } from '../model.js';
import { attributiveToponyms } from './attributive.js';
import type { TriggerFamily } from './family.js';
import { IntervalIndex } from '../text/interval-index.js';

interface Anchor {
  toponym: ToponymMention;
  geo_precision: 1 | 2 | 3;
}

/** A country or continent is never an event's location here: ACLED codes a place or a region. */
export function isCountryLevel(place: Place): boolean {
  return (
    /^PCL/.test(place.feature) || place.feature === 'CONT' || (place.featureClass === 'L' && place.feature === 'CONT')
  );
}

/** First-level regions, districts and named areas (Donbas): ACLED geo_precision 3. */
export function isRegion(place: Place): boolean {
  return (
    (place.featureClass === 'A' && !/^PCL/.test(place.feature)) ||
    place.feature === 'RGN' ||
    /^ADM\d/.test(place.feature)
  );
}

/** Text just before a toponym that puts the event near it rather than in it (geo_precision 2). */
const NEAR_BEFORE =
  /(?:\bnear|\boutside|\boutskirts\s+of|\baround|\bvicinity\s+of|\barea\s+of|\bareas\s+of|\bdirection\s+of|\btowards?|\bapproaches\s+to|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\bkm\s+from|\bkilomet(?:er|re)s?\s+from|\bmiles\s+from|\boff)\s+(?:the\s+)?(?:(?:town|city|village|locality|settlement|outskirts)\s+of\s+)?$/iu;
/** "the Lyman area", "the Izium and Lyman areas", "Kharkiv direction" */
const NEAR_AFTER = /^(?:\s+and\s+[\p{L}’'-]+)?\s+(?:areas?|directions?|outskirts|axis|front|district)\b/iu;

/** Toponyms that stand for something else than the event's place. */
const POSSESSIVE = /^['’]s?\b/u;
const OFFICE_AFTER =
  /^\s+(?:authorities|officials?|governor|mayor|administration|regional|district\s+(?:official|chief|head)|council|prosecutors?|police|sheriff|military\s+administration|head)\b/iu;
const SPEAKER_PLACE = /\b(?:said|speaking|spoke|told\s+\p{L}+|announced|wrote|reported)\s+(?:from|in)\s+$/iu;
const OFFICIALS_IN =
  /\b(?:officials?|authorities|governor|mayor|administration|spokes(?:man|woman|person)|sources?)\s+in\s+$/iu;
const GOVERNMENT_VERB =
  /^\s+(?:also\s+|again\s+|then\s+|later\s+|has\s+|had\s+)?(?:said|says|claimed|claims|announced|announces|reported|denied|denies|insists|insisted|accused|launched|deployed|sent|has|had|is|was|will|would|wants|declared|confirmed|stated|told)\b/iu;

/**
 * A toponym that names a landmark ("Gorky Park", "the Zaporizhzhia Nuclear Power Plant") when the
 * text then says where the landmark is ("… in Chernihiv", "… (Enerhodar)"): the landmark's place
 * is the later one. Alone ("the Kharkiv airport"), the toponym stays the place.
 *
 *   matches:  "a strike on Lyman Park in Kramatorsk" (→ Kramatorsk)
 *   must not: "a strike on the Kharkiv airport" (→ Kharkiv)
 */
const LANDMARK_THEN_PLACE =
  /^(?:\s+[\p{Lu}\d][\p{L}\d.’'-]*){0,3}\s+(?:stadium|park|street|avenue|square|boulevard|prospekt|(?:nuclear\s+|thermal\s+|hydro(?:electric)?\s+)?power\s+(?:plant|station)|npp|airport|air\s*base|airfield|station|railway\s+station|university|institute|hospital|market|theat(?:er|re)|bridge|plant|factory|works|port|tower|cathedral|church|monastery|mall)\b\s*(?:\(\s*|,\s+|\s+(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)$/iu;

/**
 * "in response to the Kherson offensive", "since the Kharkiv counteroffensive began": a toponym
 * that names another operation, in a phrase of cause or time, says which operation, not where
 * this event happened.
 */
const OPERATION_AFTER = /^\s+(?:counter-?)?(?:offensive|operation|campaign|push|breakthrough)\b/iu;
const CAUSE_OR_TIME_BEFORE =
  /\b(?:in\s+response\s+to|response\s+to|because\s+of|due\s+to|in\s+the\s+wake\s+of|after|following|since|during|before|ahead\s+of|amid(?:st)?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|\p{L}+['’]s\s+)?(?:(?:recent|ongoing|latest|successful|surprise|new|southern|eastern|northern|western)\s+)*$/iu;

/**
 * A dateline: the place a wire story was filed from, at the head of a line before the agency and
 * a dash ("BEIRUT (AP) —", "KYIV, Sept 10 (Reuters) -", "SEVERN, Md. (ABC7) —", "WASHINGTON—").
 * It says where the reporter stood, not where the event was ("BEIRUT (AP) — … Turkey has shelled a
 * city in northeastern Syria"); it stands for the event's place only when the lead points back at
 * it ("explosions shook the capital", "here"). (U+FFFD stands for a dash lost to a bad encoding.)
 */
const DATELINE_AFTER =
  /^(?:,\s*[\p{L}.' ]{2,30}?)?(?:,\s*\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()\n]{1,40}\)\s*)?[—–\uFFFD-]{1,2}\s/u;
const DEICTIC_PLACE = /\b(?:the\s+(?:capital|city|town|port|region)\b(?!\s+of\b)|here\b|locally\b)/iu;

function isDateline(text: string, t: { start: number; end: number }): boolean {
  // only blanks between the line's start and the name (scanned back, never the whole line)
  for (let i = t.start - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/u.test(text[i]!)) return false;
  const m = DATELINE_AFTER.exec(text.slice(t.end, t.end + 60));
  if (!m) return false;
  // an agency in brackets, or the name in capitals: "Kharkiv - the city …" at a line's head is no dateline
  const name = text.slice(t.start, t.end);
  return m[0].includes('(') || name === name.toUpperCase();
}

const ADDRESSED =
  /\b(?:accused|accuses|blamed|blames|warned|warns|urged|urges|told|asked|called\s+on|critici[sz]ed|thanked|said\s+to|according\s+to)\s+$/iu;

/** "captured two soldiers": the trigger's object is people, not a place. */
const PEOPLE_OBJECT =
  /\b(?:soldiers?|troops|combatants?|crews?|prisoners?|servicemen|colonel|officers?|people|civilians|men|women|fighters|personnel|forces|tanks?|vehicles?|equipment|weapons|footage|images?|photographs?|pictures?|video)\b/iu;

const CLAUSE_END =
  /[;]|\s(?:but|while|whereas|which|who|although|though)\s|,\s+(?:said|according|while|which|who)\b|\s(?:said|says|told|according\s+to)\s/iu;

/** ADM2 is more specific than ADM1, which is more specific than a named area. */
function regionLevel(p: Place): number {
  const m = /^ADM(\d)/u.exec(p.feature);
  return m ? Number(m[1]) : 0;
}

export interface Candidate {
  t: ToponymMention;
  /** less is better: 0 content toponym, 1 after crossing speech, 2 where the speaker is */
  rank: number;
}

// per toponyms array, an interval index: each trigger asks for its sentence's toponyms, and a
// scan of every toponym per trigger made long articles quadratic
const toponymIndexes = new WeakMap<ToponymMention[], IntervalIndex>();
/** The toponyms lying wholly within [start, end), in text order. */
function toponymsWithin(toponyms: ToponymMention[], start: number, end: number): ToponymMention[] {
  let index = toponymIndexes.get(toponyms);
  if (!index) toponymIndexes.set(toponyms, (index = new IntervalIndex(toponyms.map((t) => [t.start, t.end]))));
  return index
    .query(start, end)
    .map((i) => toponyms[i]!)
    .filter((t) => t.start >= start && t.end <= end);
}

/** The place an event mention is anchored to, and ACLED's geo_precision for it. */
export function findAnchor(
  article: Article,
  sentence: Sentence,
  trigger: { start: number; end: number },
  family: TriggerFamily,
  claim: Claim | null,
): Anchor | null {
  const text = article.text;
  let inSentence = toponymsWithin(article.toponyms ?? [], sentence.start, sentence.end);
  if (!inSentence.length) return null;
  // "Crimean fighters in Babyntsi": a demonym or a place name used as an adjective gives way to
  // the place the sentence names after a locative cue, whether the gazetteer knows it or not
  const locatives = attributiveToponyms.locativePlaces(article, sentence);
  const modifier = (t: ToponymMention): boolean => {
    if (!attributiveToponyms.isAttributive(article, t)) return false;
    const demonym = attributiveToponyms.isDemonym(t);
    return locatives.some((at) => {
      if (at >= t.start && at < t.end) return false;
      const o = inSentence.find((x) => x !== t && x.start <= at && at < x.end);
      if (o && attributiveToponyms.isAttributive(article, o)) return false;
      // a town named as a modifier inside the region named after the cue keeps its say
      const inside =
        !demonym &&
        o?.place &&
        t.place &&
        isRegion(o.place) &&
        o.place.country === t.place.country &&
        o.place.admin1 === t.place.admin1;
      return !inside;
    });
  };
  // Context that makes a toponym stand for something else than the event's place.
  const excluded = (t: ToponymMention): boolean => {
    if (t.start < trigger.end && t.end > trigger.start) return true;
    if (modifier(t)) return true;
    if (t.place && isCountryLevel(t.place)) return true;
    const after = text.slice(t.end, t.end + 40);
    if (POSSESSIVE.test(after) || OFFICE_AFTER.test(after)) return true;
    const before = text.slice(Math.max(sentence.start, t.start - 40), t.start);
    if (SPEAKER_PLACE.test(before)) return true;
    if (isDateline(text, t) && !DEICTIC_PLACE.test(text.slice(t.end, sentence.end))) return true;
    if (OPERATION_AFTER.test(after) && CAUSE_OR_TIME_BEFORE.test(before)) return true;
    // a capital used for its government: "Kyiv said", "Moscow has deployed", "accused Kyiv of"
    if (t.place?.feature === 'PPLC' && (GOVERNMENT_VERB.test(after) || ADDRESSED.test(before))) return true;
    return false;
  };
  // a weak resolution (a namesake far away) is no better than none: the object is then unresolved
  // A place the text puts in a named region counts too: among its namesakes there, the best is
  // closer than the region's centre (the event is then "near" it, geo_precision 2).
  const resolved = (t: ToponymMention): boolean => t.place !== null && (t.confidence >= 0.5 || (t.namesakes ?? 0) >= 1);
  const usable = (t: ToponymMention): boolean => resolved(t) && !excluded(t);
  // a landmark named after a place, followed by the place it stands in
  const landmark = (t: ToponymMention): boolean =>
    inSentence.some(
      (o) =>
        o !== t &&
        o.start > t.end &&
        o.start - t.end <= 70 &&
        resolved(o) &&
        !isRegion(o.place!) &&
        LANDMARK_THEN_PLACE.test(text.slice(t.end, o.start)),
    );
  inSentence = inSentence.filter((t) => !excluded(t) && !landmark(t));
  if (!inSentence.length) return null;
  const speakerPlace = (t: ToponymMention): boolean =>
    OFFICIALS_IN.test(text.slice(Math.max(sentence.start, t.start - 40), t.start)) ||
    (claim?.source != null && t.start >= claim.source.start && t.end <= claim.source.end);

  // The trigger's object: forward to the end of its clause.
  const rest = text.slice(trigger.end, sentence.end);
  const stop = CLAUSE_END.exec(rest);
  const forwardEnd = trigger.end + Math.min(stop ? stop.index : rest.length, 160);
  const forward = inSentence.filter((t) => t.start >= trigger.end && t.start < forwardEnd);
  let chosen: ToponymMention | null = null;
  let fallback = false;
  if (family.anchor === 'from') {
    chosen =
      forward.find((t) =>
        /\bfrom\s+(?:the\s+)?(?:(?:areas?|town|city|village|region|cities)\s+(?:of\s+)?(?:such\s+as\s+)?)?(?:[\p{L}’'-]+\s+){0,2}$/iu.test(
          text.slice(Math.max(trigger.end, t.start - 40), t.start),
        ),
      ) ?? null;
  }
  if (!chosen && family.anchor === 'from') {
    // without "from X", a place right after the trigger ("abandoned the town of X"); a place
    // further on names where troops go ("regrouped to strengthen the X direction")
    chosen =
      forward.find(
        (t) =>
          !speakerPlace(t) &&
          /^\s*(?:out\s+of\s+|of\s+)?(?:the\s+)?(?:(?:town|city|village|settlement|area|areas)\s+(?:of\s+)?)?$/iu.test(
            text.slice(trigger.end, t.start),
          ),
      ) ?? null;
    if (!chosen) {
      const back = inSentence.filter((t) => t.end <= trigger.start && !speakerPlace(t)).reverse();
      // "the X and Y areas": the first of a coordinated pair, as "from the X and Y areas" gives
      let i = 0;
      while (back[i + 1] && /^\s*(?:,|and|or|,\s*and)\s*$/iu.test(text.slice(back[i + 1].end, back[i].start))) i++;
      chosen = back[i] ?? null;
    }
  }
  if (!chosen) chosen = forward.find((t) => !speakerPlace(t)) ?? null;
  if (
    chosen &&
    family.needsPlaceObject &&
    family.anchor === 'object' &&
    PEOPLE_OBJECT.test(text.slice(trigger.end, chosen.start))
  )
    chosen = null;
  if (!chosen) {
    // Passive or relative: "X was recaptured", "X, which Kyiv said it had retaken".
    const backward = inSentence.filter((t) => t.end <= trigger.start).reverse();
    const ranked: Candidate[] = backward.map((t) => {
      const between = text.slice(t.end, trigger.start);
      return {
        t,
        rank: speakerPlace(t)
          ? 2
          : /\b(?:said|says|told|announced|claimed|stated|reported|according)\b/iu.test(between)
            ? 1
            : 0,
      };
    });
    ranked.sort((a, b) => a.rank - b.rank);
    // "the city of X, Y region": the region qualifies the place named just before it (the text
    // says X lies in Y, so the gazetteer's first-level codes need not agree)
    for (let i = 0; i + 1 < ranked.length; i++) {
      const r = ranked[i].t;
      const p = ranked[i + 1].t;
      if (
        r.place &&
        p.place &&
        isRegion(r.place) &&
        !isRegion(p.place) &&
        r.place.country === p.place.country &&
        /^\s*,\s*$/u.test(text.slice(p.end, r.start))
      )
        ranked[i] = { ...ranked[i + 1], rank: ranked[i].rank };
    }
    for (const c of ranked) {
      if (
        family.needsPlaceObject &&
        family.anchor === 'object' &&
        PEOPLE_OBJECT.test(text.slice(c.t.end, trigger.start).replace(/^[^,]*,/u, ''))
      )
        continue;
      if (family.needsPlaceObject && c.t.end < trigger.start - 120) continue;
      chosen = c.t;
      fallback = c.rank === 2;
      break;
    }
  }
  if (!chosen) {
    const speakerOnes = inSentence.filter((t) => speakerPlace(t));
    if (speakerOnes.length && !family.needsPlaceObject) {
      chosen = speakerOnes[0];
      fallback = true;
    }
  }
  if (!chosen) return null;
  if (!resolved(chosen)) {
    // The object is a place the gazetteer lacks ("the village of Ozerne"): the nearest resolved
    // place in the sentence, as "near" it.
    const at = chosen.start;
    const near = inSentence
      .filter((t) => t !== chosen && usable(t) && !isRegion(t.place!))
      .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    if (near) return { toponym: near, geo_precision: 2 };
    // else the most specific region the sentence gives ("… in Babyntsi, Kyiv Oblast")
    const region = inSentence
      .filter((t) => t !== chosen && usable(t) && isRegion(t.place!))
      .sort(
        (a, b) => regionLevel(b.place!) - regionLevel(a.place!) || Math.abs(a.start - at) - Math.abs(b.start - at),
      )[0];
    return region ? { toponym: region, geo_precision: 3 } : null;
  }
  const place = chosen.place!;
  if (isRegion(place)) return { toponym: chosen, geo_precision: 3 };
  const before = text.slice(Math.max(sentence.start, chosen.start - 60), chosen.start);
  const after = text.slice(chosen.end, chosen.end + 30);
  // "the Kherson airport", a plant the gazetteer lacks as a site of its own: near the town named
  const facility = FACILITY_AFTER.test(text.slice(chosen.end, chosen.end + 40));
  if (fallback || facility || NEAR_BEFORE.test(before) || NEAR_AFTER.test(after) || (chosen.namesakes ?? 0) > 1)
    return { toponym: chosen, geo_precision: 2 };
  return { toponym: chosen, geo_precision: 1 };
}
