import { hashId } from '../hash-id.js';
import type { Article, Claim, EventMention, NonEvent, Place, Sentence, ToponymMention } from '../model.js';
import { civilians, CIVILIAN_WORDS, claimantSideOf } from './actors.js';
import { countryName, knowledgeFor, type Knowledge } from '../profiles/index.js';

/** Armed men the text does not name: "gunmen", "unidentified assailants", "armed men". */
const UNIDENTIFIED_ARMED =
  /\b(?:gunm[ae]n|armed\s+(?:men|assailants|attackers|individuals|persons)|unidentified\s+(?:armed\s+)?(?:men|assailants|attackers|gunmen|group)|unknown\s+(?:armed\s+)?(?:men|assailants|attackers|gunmen)|assailants)\b/iu;
const SOLDIERS = /\b(?:soldiers?|troops|army|military)\b/iu;
const POLICE = /\b(?:police(?:m[ae]n)?|riot\s+police|security\s+forces|tear\s*gas)\b/iu;
import { casualtiesAfter, casualtiesIn } from './casualties.js';
import { controlStatements } from './control.js';
import { daysBetween, eventDate } from './dates.js';
import type { TriggerFamily } from './family.js';
import { protestSubEvent } from './protest-force.js';
import { triggerFamilies } from './families/index.js';
import { clauseOf, factualityOf, type Reading } from './factuality.js';
import { disclaimerAfter, isCaption, localHedge } from './filters.js';
import { findAnchor, isRegion } from './location.js';
import { scaleStatements } from './scale.js';
import { actingSide } from './side-cues.js';
import { IntervalIndex } from '../text/interval-index.js';

export { triggerFamilies } from './families/index.js';
export { claimantSideOf } from './actors.js';

/** The claim a position in the text belongs to: its content first, else its whole extent. */
function claimAt(article: Article, at: number): Claim | null {
  const claims = article.claims ?? [];
  const { byContent, byExtent } = claimIndex(claims);
  // (asked of interval indexes: an article of thousands of claims and events stays linear)
  const inContent = byContent.query(at + 1, at).map((i) => claims[i]!);
  // the innermost claim; of two on the same words, the one whose cue is nearest them ("“…,” X said,
  // according to Y": the words are X's, Y is the channel)
  const cueGap = (c: Claim) =>
    c.cue ? Math.max(0, c.cue.start - c.content.end, c.content.start - c.cue.end) : Infinity;
  if (inContent.length)
    return inContent.sort(
      (a, b) => a.content.end - a.content.start - (b.content.end - b.content.start) || cueGap(a) - cueGap(b),
    )[0];
  const first = byExtent.query(at + 1, at)[0];
  return first === undefined ? null : claims[first]!;
}

// per claims array: their contents, and their whole extents (source, cue and content), as intervals
const claimIndexes = new WeakMap<Claim[], { byContent: IntervalIndex; byExtent: IntervalIndex }>();
function claimIndex(claims: Claim[]): { byContent: IntervalIndex; byExtent: IntervalIndex } {
  let index = claimIndexes.get(claims);
  if (!index) {
    const extent = (c: Claim): [number, number] => {
      const spans = [c.source, c.cue, c.content].filter((x): x is NonNullable<typeof x> => x != null);
      return [Math.min(...spans.map((x) => x.start)), Math.max(...spans.map((x) => x.end))];
    };
    index = {
      byContent: new IntervalIndex(claims.map((c) => [c.content.start, c.content.end])),
      byExtent: new IntervalIndex(claims.map(extent)),
    };
    claimIndexes.set(claims, index);
  }
  return index;
}

/** Families that stand for the same kind of event when they meet in one sentence. */
export function familyKey(e: Pick<EventMention, 'event_type' | 'sub_event_type' | 'family'>): string {
  if (e.family === 'retreat') return 'retreat';
  if (e.event_type === 'Battles') return e.sub_event_type === 'Armed clash' ? 'Battles:clash' : 'Battles:territory';
  if (e.event_type === 'Explosions/Remote violence') return 'Explosions';
  return `${e.event_type}:${e.sub_event_type}`;
}

const HEADLINE_MAX = 160;

function isHeadline(article: Article, s: Sentence): boolean {
  const text = article.text.slice(s.start, s.end).trim();
  if (article.title && text.replace(/^#+\s*/u, '') === article.title.trim()) return true;
  if (s.index > 2 || text.length > HEADLINE_MAX || /[.!?]["”’]?$/u.test(text)) return false;
  // a line of its own at the very top, in title case
  const words = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

/**
 * Stage: ACLED-coded event mentions (`article.events`), plus the statements of who holds a place
 * (`article.holderClaims`) and of how much territory was gained (`article.scale`) that fusion turns
 * into disputes. Works with whatever layers exist: without toponyms no event has a place and
 * none is coded; without claims, events carry no claimant; without time expressions, the
 * publication date with a coarser time_precision.
 */
export function extractEvents(article: Article): Article {
  const sentences = article.sentences;
  if (!sentences?.length) {
    return {
      ...article,
      events: [],
      nonEvents: [],
      holderClaims: [],
      scale: [],
      messages: [
        ...article.messages,
        { stage: 'events', severity: 'info', message: 'no sentences: events not extracted' },
      ],
    };
  }
  if (article.language && !/^en\b/iu.test(article.language)) {
    return {
      ...article,
      events: [],
      nonEvents: [],
      holderClaims: [],
      scale: [],
      messages: [
        ...article.messages,
        {
          stage: 'events',
          severity: 'info',
          message: `events skipped: the trigger lexicons are English, the article is '${article.language}'`,
        },
      ],
    };
  }
  const messages = [...article.messages];
  if (!article.toponyms)
    messages.push({ stage: 'events', severity: 'warning', message: 'no toponyms layer: events cannot be placed' });
  const reference = article.published ?? article.published_on_or_after ?? null;
  const mentions: EventMention[] = [];
  const nonEvents = new Map<string, NonEvent>();
  for (const s of sentences) {
    const text = article.text.slice(s.start, s.end);
    // read only for a sentence where a trigger matched: most sentences have none, and the caption
    // test (a long alternation, case-folded) was an eighth of the stage's time
    let seen: { caption: boolean; headline: boolean } | undefined;
    const found: EventMention[] = [];
    for (const family of triggerFamilies) {
      const context = family.context;
      if (context && !(typeof context === 'function' ? context(text) : context.test(text))) continue;
      if (family.unless?.test(text)) continue;
      for (const re of family.triggers) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const w = windowOf(s, text, m.index, m.index + m[0].length);
          seen ??= { caption: isCaption(text), headline: isHeadline(article, s) };
          const read = readMention(
            article,
            w.sentence,
            w.text,
            family,
            m.index - w.offset,
            m.index - w.offset + m[0].length,
            seen.caption,
            seen.headline,
            mentions,
            reference,
          );
          if (!read) continue;
          const { mention, reading } = read;
          // a day the text gives, more than two weeks before the report: history, dated by its own day
          const longBefore = !!(reference && mention.date_latest && daysBetween(mention.date_latest, reference) > 14);
          if (reading.factuality !== 'asserted' || longBefore) {
            const ne = nonEventOf(
              mention,
              reading.factuality === 'asserted'
                ? { factuality: 'historical', cue: mention.date_latest ?? null }
                : reading,
              longBefore,
            );
            const key = `${ne.sentence.start}|${familyKey(mention)}|${mention.location?.place?.geonameid ?? mention.location?.text}|${ne.reason}`;
            if (!nonEvents.has(key)) nonEvents.set(key, ne);
            continue;
          }
          found.push(...coordinated(article, s, mention));
        }
      }
    }
    mentions.push(...oneEach(found));
  }
  refineFromLaterSentences(article, mentions);
  tollFromNextSentence(article, mentions);
  // a statement is dated by the latest day its words allow ("in the past week" → the report's day)
  const dateFor = (s: Sentence, at: number): string | null => {
    const d = eventDate(article, s, { start: at, end: at + 1 }, claimAt(article, at), 0, false);
    return d.latest ?? d.date;
  };
  const holderClaims = controlStatements(article, mentions, (at) => claimAt(article, at), dateFor);
  const scale = scaleStatements(article, (at) => claimAt(article, at), dateFor);
  return { ...article, events: mentions, nonEvents: [...nonEvents.values()], holderClaims, scale, messages };
}

/**
 * A mention its sentence does not assert, kept with the reason. A historical mention keeps the
 * day the text gives it when that day is long before the report, and no date otherwise: never the
 * publication date.
 */
function nonEventOf(e: EventMention, reading: Reading, datedLongBefore: boolean): NonEvent {
  return {
    id: e.id,
    articleId: e.articleId,
    sentence: e.sentence,
    trigger: e.trigger,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    family: e.family ?? '',
    reason: reading.factuality === 'asserted' ? 'historical' : reading.factuality,
    cue: reading.cue,
    location: e.location,
    date: reading.factuality === 'historical' && datedLongBefore ? e.date : null,
  };
}

/**
 * One mention per kind of event and place in a sentence; a change of hands absorbs the fighting
 * and retreat it ended, a battle the shelling at its place.
 */
function oneEach(found: EventMention[]): EventMention[] {
  const territory = found.filter((e) => familyKey(e) === 'Battles:territory');
  const clashes = found.filter((e) => familyKey(e) === 'Battles:clash');
  const kept = new Map<string, EventMention>();
  for (const e of found.sort((a, b) => a.trigger.start - b.trigger.start)) {
    if (
      familyKey(e) === 'Battles:clash' &&
      territory.some((t) => t.location?.place?.geonameid === e.location?.place?.geonameid)
    )
      continue;
    if (e.family === 'retreat' && territory.some((t) => t.location?.place?.geonameid === e.location?.place?.geonameid))
      continue;
    // "shelled, assaulted and were repulsed near X": the shelling is part of the battle (ACLED codes one armed clash)
    if (
      e.sub_event_type === 'Shelling/artillery/missile attack' &&
      clashes.some((t) => t.location?.place?.geonameid === e.location?.place?.geonameid)
    )
      continue;
    const key = `${familyKey(e)}|${e.location?.place?.geonameid ?? e.location?.text}`;
    if (!kept.has(key)) kept.set(key, e);
  }
  return [...kept.values()];
}

/** What the actors step decides: ACLED's actors, and a protest's type and sub-type. */
type Coded = Pick<EventMention, 'event_type' | 'sub_event_type' | 'actor1' | 'actor2'>;

function readMention(
  article: Article,
  s: Sentence,
  text: string,
  family: TriggerFamily,
  at: number,
  end: number,
  caption: boolean,
  headline: boolean,
  earlier: EventMention[],
  reference: string | null,
): { mention: EventMention; reading: Reading } | null {
  const k: Knowledge = knowledgeFor(article);
  // asked first, answered last: a mention its sentence does not assert is still read in full
  // (type, place) so that it can be kept as a non-event with its reason
  const reading = factualityOf({
    sentence: text,
    at,
    end,
    announcement: family.announcement,
    durative: !family.territory && family.event_type !== 'Strategic developments',
    reference,
  });
  const trigger = { start: s.start + at, end: s.start + end, text: text.slice(at, end) };
  const claim = claimAt(article, trigger.start);
  const anchor = anchorOf(article, s, trigger, family, claim, earlier);
  if (!anchor) return null;
  const place = anchor.toponym.place!;
  const lag = family.territory || family.retreat ? 7 : 1;
  const date = eventDate(article, s, trigger, claim, lag, caption);

  // Actors, ACLED style.
  const claimantSide = claimantSideOf(claim, article.entities ?? [], k);
  const side = sideOf(k, text, at, end, trigger.text, family, place, k.partyKey(claimantSide));
  const { event_type, sub_event_type, actor1, actor2 } = codeActors(
    article,
    s,
    text,
    at,
    end,
    family,
    k,
    side,
    place,
    date.date,
  );
  const { fatalities, injured } =
    family.event_type === 'Strategic developments' ? { fatalities: null, injured: null } : casualtiesIn(article, s);
  const summary = headline || (anchor.geo_precision === 3 && isRegion(place));
  const mention: EventMention = {
    id: mentionId(article.id, family.name, trigger.start),
    articleId: article.id,
    sentence: { start: s.start, end: s.end, text },
    trigger,
    event_type,
    sub_event_type,
    actor1,
    actor2,
    location: anchor.toponym,
    geo_precision: anchor.geo_precision,
    date: date.date,
    time_precision: date.time_precision,
    fatalities,
    injured,
    claimId: claim?.id ?? null,
    claimant: claim?.speaker?.canonical ?? claim?.source?.text ?? null,
    hedge: claim?.hedge ?? localHedge(text) ?? disclaimerAfter(nextSentenceText(article, s)),
    family: family.name,
    date_earliest: date.earliest,
    date_latest: date.latest,
    caption,
    summary,
    claimantSide,
  };
  return { mention, reading };
}

// where the event happened: a place its sentence names, else that of the same kind of event just before
function anchorOf(
  article: Article,
  s: Sentence,
  trigger: { start: number; end: number },
  family: TriggerFamily,
  claim: Claim | null,
  earlier: EventMention[],
): ReturnType<typeof findAnchor> {
  let anchor = findAnchor(article, s, trigger, family, claim);
  if (!anchor) {
    if (family.needsPlaceObject || family.territory || family.announcement) return null;
    // "the strikes", "the fighting there": the place of the same kind of event just before
    const prior = [...earlier]
      .reverse()
      .find((e) => e.event_type === family.event_type && s.index - sentenceIndexOf(article, e) <= 2 && e.location);
    if (!prior?.location) return null;
    // "the fighting there" after a change of hands is the fighting that ended in it (as in `oneEach`)
    if (family.name === 'armed-clash' && familyKey(prior) === 'Battles:territory') return null;
    anchor = { toponym: prior.location, geo_precision: prior.geo_precision };
  }
  if (family.anchor === 'from') anchor = listedPlaces(article, s, anchor);
  return anchor;
}

// the side that acted: named in the trigger's clause, else what the claimant and the family imply
function sideOf(
  k: Knowledge,
  text: string,
  at: number,
  end: number,
  triggerText: string,
  family: TriggerFamily,
  place: Place,
  claimantKey: string | null,
): string | null {
  // the words of the trigger's own clause: an aside ("X, a hub that fell to enemy troops in
  // March, was retaken") names no actor of this event
  let side = actingSide(clauseOf(text, at, end).masked, at, end, k);
  // a side's media call its own gains by their own words ("liberated"): told by that side (or an
  // administration it installed), such a gain with no actor named is its own, wherever it lies
  if (!side && claimantKey && k.isGainWord(claimantKey, triggerText)) side = claimantKey;
  if (!side && family.defaultActor === 'government') side = place.country || null;
  if (!side && (family.territory || family.announcement || family.retreat)) side = claimantKey;
  if (!side && family.event_type === 'Explosions/Remote violence') {
    // a party that reports strikes on its own ground blames its opponent
    if (claimantKey && claimantKey === place.country) side = k.opponentOf(claimantKey);
  }
  if (!side && family.territory) side = place.country || null;
  return side;
}

// ACLED's actor1 and actor2 for the acting side, by kind of event; a protest's crowd and force also set its type
function codeActors(
  article: Article,
  s: Sentence,
  text: string,
  at: number,
  end: number,
  family: TriggerFamily,
  k: Knowledge,
  side: string | null,
  place: Place,
  date: string | null,
): Coded {
  let actor1 = side ? k.stateForces(side, date) : null;
  let actor2: string | null = null;
  // armed men nobody names: ACLED's "Unidentified Armed Group (<country>)"
  if (
    !actor1 &&
    place.country &&
    (family.event_type === 'Violence against civilians' || family.name === 'armed-clash') &&
    UNIDENTIFIED_ARMED.test(clauseOf(text, at, end).masked)
  ) {
    actor1 = `Unidentified Armed Group (${countryName(place.country)})`;
  }
  let sub_event_type = family.sub_event_type;
  const event_type = family.event_type;
  if (family.territory) {
    const opp = side ? k.opponentOf(side) : null;
    actor2 = opp ? k.stateForces(opp, date) : null;
    sub_event_type = territorySubEvent(side, place.country);
  } else if (
    family.event_type === 'Violence against civilians' ||
    (family.event_type === 'Explosions/Remote violence' && CIVILIAN_WORDS.test(text))
  ) {
    actor2 = place.country ? civilians(place.country) : null;
  } else if (family.event_type === 'Protests') {
    return codeProtest(paragraphFrom(article, s, text), k, place, date, actor1);
  } else if (family.name === 'armed-clash' && side) {
    const opp = k.opponentOf(side);
    actor2 = opp ? k.stateForces(opp, date) : null;
  }
  return { event_type, sub_event_type, actor1, actor2 };
}

// what the crowd did and how the police met it, from the rest of the paragraph (ACLED's
// protest sub-types; a violent crowd makes a riot)
function codeProtest(paragraph: string, k: Knowledge, place: Place, date: string | null, actor1: string | null): Coded {
  const sub_event_type = protestSubEvent(paragraph);
  const event_type = sub_event_type === 'Violent demonstration' ? 'Riots' : 'Protests';
  let actor2: string | null = null;
  // ACLED names a crowd by its country, and the force that met it: the army when the text
  // names soldiers and no police, else the police
  if (place.country) {
    actor1 = `${event_type === 'Riots' ? 'Rioters' : 'Protesters'} (${countryName(place.country)})`;
    if (sub_event_type === 'Protest with intervention' || sub_event_type === 'Excessive force against protesters') {
      actor2 =
        SOLDIERS.test(paragraph) && !POLICE.test(paragraph)
          ? k.stateForces(place.country, date)
          : k.police(place.country, date);
    }
  }
  return { event_type, sub_event_type, actor1, actor2 };
}

/**
 * "evacuating people from towns such as A, B, C and D": an announcement that covers several
 * towns is coded once, at their region (geo_precision 3), when the article names that region.
 */
function listedPlaces(article: Article, s: Sentence, anchor: { toponym: ToponymMention; geo_precision: 1 | 2 | 3 }) {
  const tops = (article.toponyms ?? []).filter((t) => t.start >= anchor.toponym.end && t.end <= s.end && t.place);
  let last = anchor.toponym;
  let listed = 1;
  for (const t of tops) {
    if (!/^\s*,?\s*(?:and\s+|or\s+)?$/iu.test(article.text.slice(last.end, t.start))) break;
    listed++;
    last = t;
  }
  if (listed < 3) return anchor;
  const p = anchor.toponym.place!;
  const region = (article.toponyms ?? []).find(
    (t) => t.place && isRegion(t.place) && t.place.country === p.country && t.place.admin1 === p.admin1,
  );
  return region ? { toponym: region, geo_precision: 3 as const } : anchor;
}

/**
 * "… toward Izium and Kupiansk, recapturing both" / "Izium and Lyman both changed hands": one
 * mention per place the trigger's "both" or "them" points back to.
 */
function coordinated(article: Article, s: Sentence, e: EventMention): EventMention[] {
  const after = article.text.slice(e.trigger.end, e.trigger.end + 20);
  const before = article.text.slice(Math.max(s.start, e.trigger.start - 12), e.trigger.start);
  if (
    !/^\s+(?:both|them\s+both|them\s+all|all\s+(?:three|of\s+them))\b/iu.test(after) &&
    !/\b(?:both|all\s+three)\s+$/iu.test(before)
  )
    return [e];
  const named = (article.toponyms ?? []).filter(
    (t) => t.start >= s.start && t.end <= e.trigger.start && t.place && t.confidence >= 0.5,
  );
  for (let i = named.length - 1; i > 0; i--) {
    const joint = article.text.slice(named[i - 1].end, named[i].start);
    if (!/^\s*(?:,\s*)?(?:and|&)\s+$/iu.test(joint)) continue;
    return [named[i - 1], named[i]].map((t) => ({
      ...e,
      id: mentionId(e.id, t.start),
      location: t,
      geo_precision: 1 as const,
    }));
  }
  return [e];
}

/**
 * A strike placed only at its region ("a hospital in the region of Sumy") takes the town a later
 * sentence puts the same target in ("the hospital is in the area of Velyka Pysarivka"): the
 * shared noun ties the two sentences.
 */
function refineFromLaterSentences(article: Article, mentions: EventMention[]): void {
  const sentences = article.sentences ?? [];
  const tokens = article.tokens ?? [];
  const nounsOf = (s: Sentence) =>
    new Set(
      tokens
        .slice(s.tokenStart, s.tokenEnd)
        .filter((t) => t.pos === 'NOUN' && t.text.length >= 5)
        .map((t) => t.text.toLowerCase().replace(/s$/u, '')),
    );
  for (const e of mentions) {
    if (e.geo_precision !== 3 || !e.location?.place || e.event_type === 'Strategic developments') continue;
    const s = sentences.find((x) => x.start === e.sentence.start);
    if (!s) continue;
    const mine = nounsOf(s);
    for (const later of sentences.slice(s.index + 1, s.index + 4)) {
      if (![...nounsOf(later)].some((n) => mine.has(n))) continue;
      const region = e.location.place;
      const inside = (article.toponyms ?? []).find(
        (t: ToponymMention) =>
          t.start >= later.start &&
          t.end <= later.end &&
          t.place &&
          t.confidence >= 0.5 &&
          !isRegion(t.place) &&
          t.place.country === region.country &&
          t.place.admin1 === region.admin1,
      );
      if (!inside) continue;
      const near = /\b(?:near|area\s+of|outskirts\s+of|outside|around|vicinity\s+of)\s+(?:the\s+)?$/iu.test(
        article.text.slice(Math.max(later.start, inside.start - 30), inside.start),
      );
      e.location = inside;
      e.geo_precision = near ? 2 : 1;
      e.summary = false;
      break;
    }
  }
  // a mention that inherited a region follows the refined one of its kind
  for (const e of mentions) {
    if (
      e.geo_precision !== 3 ||
      !e.location?.place ||
      e.event_type === 'Strategic developments' ||
      familyKey(e) === 'Battles:territory'
    )
      continue;
    const refined = mentions.find(
      (o) =>
        o !== e &&
        o.event_type === e.event_type &&
        o.geo_precision < 3 &&
        Math.abs(o.sentence.start - e.sentence.start) < 400 &&
        o.location?.place?.admin1 === e.location?.place?.admin1 &&
        o.location?.place?.country === e.location?.place?.country,
    );
    if (refined) {
      e.location = refined.location;
      e.geo_precision = refined.geo_precision;
      e.summary = false;
    }
  }
}

/** A violent event whose own sentence gives no toll takes the one the next sentence gives (see `casualtiesAfter`). */
function tollFromNextSentence(article: Article, mentions: EventMention[]): void {
  const starts = new Set(mentions.map((e) => e.sentence.start));
  for (const e of mentions) {
    if (
      e.event_type === 'Strategic developments' ||
      e.event_type === 'Protests' ||
      e.fatalities !== null ||
      e.injured !== null
    )
      continue;
    const s = (article.sentences ?? []).find((x) => x.start === e.sentence.start);
    if (!s) continue;
    const toll = casualtiesAfter(article, s, (next) => starts.has(next.start));
    e.fatalities = toll.fatalities;
    e.injured = toll.injured;
  }
}

/**
 * ACLED codes a change of hands by who takes the place: the state forces of the place's own
 * country (or their affiliates) regaining it is "Government regains territory"; anyone else, a
 * foreign state's forces included (a neighbour's forces taking a town), is "Non-state actor
 * overtakes territory", still under Battles. A taker the text does not name is the place's own
 * forces when the trigger says the place went back ("liberated", "retook"), else the claimant's
 * side, else again the place's own forces.
 */
export function territorySubEvent(takerIso: string | null, placeIso: string): string {
  return takerIso && takerIso === placeIso ? 'Government regains territory' : 'Non-state actor overtakes territory';
}

/** The sentence and the rest of its paragraph, at most the next two sentences. */
function paragraphFrom(article: Article, s: Sentence, text: string): string {
  let out = text;
  for (let i = 1; i <= 2; i++) {
    const next = (article.sentences ?? [])[s.index + i];
    if (!next || article.text.slice(s.end, next.start).includes('\n\n')) break;
    out += ' ' + article.text.slice(next.start, next.end);
  }
  return out;
}

function nextSentenceText(article: Article, s: Sentence): string | null {
  const next = (article.sentences ?? [])[s.index + 1];
  return next ? article.text.slice(next.start, next.end) : null;
}

/**
 * Where a trigger is read: its sentence, or, in a run-on "sentence" longer than WINDOW_CHARS on
 * each side (a page without full stops, a dump on one line), the words within WINDOW_CHARS around
 * it, cut at spaces. Every reading (clause, factuality, place, actors) then costs the same however
 * long the line is, so the stage stays linear in the text.
 */
const WINDOW_CHARS = 600;

function windowOf(
  s: Sentence,
  text: string,
  at: number,
  end: number,
): { sentence: Sentence; text: string; offset: number } {
  if (text.length <= 2 * WINDOW_CHARS + (end - at)) return { sentence: s, text, offset: 0 };
  let from = Math.max(0, at - WINDOW_CHARS);
  let to = Math.min(text.length, end + WINDOW_CHARS);
  if (from > 0) from = Math.min(at, text.indexOf(' ', from) + 1 || at);
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  return { sentence: { ...s, start: s.start + from, end: s.start + to }, text: text.slice(from, to), offset: from };
}

function sentenceIndexOf(article: Article, e: EventMention): number {
  return (article.sentences ?? []).find((s) => s.start === e.sentence.start)?.index ?? -99;
}

/** The stable id of a mention: its article, family and offset (see ../hash-id.ts). */
function mentionId(...parts: (string | number)[]): string {
  return hashId(parts.map(String));
}
