/**
 * Recognition: toponym spans from the article's tokens. Gazetteer matches over capitalised
 * token n-grams (longest first), widened by a following region word ("Kharkiv region",
 * "Kharkiv Oblast") or a preceding "region of" / "city of", and dropped when a suppression
 * rule says the name is a person, an organisation, a unit, a natural feature or a common word.
 */
import type { Token } from '../model.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { FIRST_NAMES } from '../lexicon/first-names.js';
import { TITLES } from '../lexicon/titles.js';
import { suppressed } from './suppress/index.js';
import { facilityName, facilityTail, isFacility } from './facility.js';
import { hashtag } from './hashtag.js';
import { splitWord } from './split-word.js';
import { lowerCasePlace } from './lower-case.js';
import { nameSimilarity } from './normalise.js';
import { REGION_ABBREVIATIONS, ROMANISED_COUNTRIES } from './regions.js';

const AREA = /^(PCLI|ADM1|RGN|CONT)$/;
// prettier-ignore
const RENAMED = new Set(['UA', 'RU', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'MD', 'GE', 'AM', 'AZ']);

export interface Recognised {
  start: number;
  end: number;
  text: string;
  /** the name looked up (without a region word) */
  name: string;
  tokenStart: number;
  tokenEnd: number;
  candidates: Candidate[];
  /** "Kharkiv region", "the region of Sumy": a first-level region is meant */
  regionCue: string | null;
  /** "the city of Kherson", "the village of X": a settlement is meant */
  settlementCue: string | null;
  demonym: boolean;
  sentence: number;
}

interface Rejected {
  text: string;
  start: number;
  end: number;
  reason: string;
}

// prettier-ignore
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'des', 'al', 'el', 'upon', 'on', 'and', 'da', 'do', 'dos', 'van', 'von', 'der', 'am', 'an', 'sur', 'en', '-']);
const REGION_AFTER =
  /^(region|oblast|province|governorate|krai|kray|okrug|voivodeship|state|territory|prefecture|county|district|raion|rayon|municipality)$/i;
const REGION_ONLY = /^(region|oblast|province|governorate|krai|kray|okrug|voivodeship|prefecture)$/i;
const REGIONS_AFTER = /^(regions|oblasts|provinces|governorates|oblasti)$/i;
const SEAT = /^PPL(A|C)$/;
const SETTLEMENT_BEFORE = /^(city|town|village|settlement|hamlet|port|suburb|locality)$/i;
const MAX_N = 5;

const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** After "village of" / "town of" / "the village", the capitalised words that follow (end index), or -1. */
function unknownSettlement(tokens: Token[], i: number): number {
  const t = tokens[i];
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  const cue =
    p1 &&
    p1.sentence === t.sentence &&
    (SETTLEMENT_BEFORE.test(p1.text) || (p1.text === 'of' && p2 && SETTLEMENT_BEFORE.test(p2.text)));
  if (!cue || !/^\p{Ll}/u.test(p1.text === 'of' ? p2.text : p1.text)) return -1;
  let end = i;
  while (
    end < tokens.length &&
    end < i + 3 &&
    cap(tokens[end]) &&
    tokens[end].type === 'word' &&
    tokens[end].sentence === t.sentence
  )
    end++;
  return end;
}

export function recognise(
  text: string,
  wordTokens: Token[],
  gazetteer: Gazetteer,
): { found: Recognised[]; rejected: Rejected[] } {
  const tokens = splitWord.join(wordTokens).map((t) => hashtag.word(t) ?? t);
  const found: Recognised[] = [];
  const rejected: Rejected[] = [];
  const persons = new Set<string>();
  const lowerWords = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);
  // surnames: capitalised words right after a first name or a title
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1].text.toLowerCase().replace(/\.$/, '');
    if (
      cap(tokens[i]) &&
      cap(tokens[i - 1]) &&
      (FIRST_NAMES.has(prev) || TITLES.has(prev)) &&
      tokens[i].sentence === tokens[i - 1].sentence
    ) {
      persons.add(tokens[i].text);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let match: { end: number; candidates: Candidate[] } | null = null;
    if (!cap(t) || t.type !== 'word') {
      const lower = lowerCasePlace.candidates(tokens, i, gazetteer);
      if (!lower.length) continue;
      match = { end: i + 1, candidates: lower };
    }
    // "Edmonton, Ky.": a state abbreviation after "Town,"
    const abbreviation = REGION_ABBREVIATIONS.get(t.text);
    if (!match && abbreviation && i >= 2 && tokens[i - 1].text === ',' && cap(tokens[i - 2])) {
      const region = gazetteer.region(abbreviation[0], abbreviation[1]);
      if (region) match = { end: i + 1, candidates: [{ place: region, score: 1, via: 'alternate' }] };
    }
    const multi = !match && gazetteer.startsName(t.text);
    for (let n = Math.min(multi ? MAX_N : 1, tokens.length - i); n >= 1 && !match && !abbreviation; n--) {
      const last = tokens[i + n - 1];
      if (!cap(last) || last.sentence !== t.sentence) continue;
      let ok = true;
      for (let j = i + 1; j < i + n; j++) {
        const tj = tokens[j];
        if (tj.start - tokens[j - 1].end > 1 || (!cap(tj) && !CONNECTORS.has(tj.text.toLowerCase()))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const surface = text.slice(t.start, last.end);
      // two-letter upper-case words are abbreviations: only country codes such as "US", "UK"
      if (n === 1 && surface.length <= 3 && surface === surface.toUpperCase() && !/\./.test(surface)) {
        const c = gazetteer
          .lookup(surface)
          .filter((x) => AREA.test(x.place.feature) && (x.via === 'alternate' || x.via === 'name'));
        if (c.length) match = { end: i + n, candidates: c };
        continue;
      }
      if (!gazetteer.has(surface)) continue;
      let candidates = gazetteer.lookup(surface);
      // a transliteration key is a lead, not a match: the spelling must still be close
      candidates = candidates.filter(
        (c) =>
          c.via !== 'key' ||
          (surface.length >= 5 &&
            ROMANISED_COUNTRIES.has(c.place.country) &&
            nameSimilarity(surface, c.place.name) >= 0.5),
      );
      // an alternate name unlike the place's name ("Thomas" for Beulah, "Frank" for Industry) is
      // a former or foreign name: for a single word, believe it for large places or after "in"
      if (n === 1) {
        const locative = /^(in|near|at|outside|from|to)$/i.test(tokens[i - 1]?.text ?? '');
        candidates = candidates.filter(
          (c) =>
            c.via !== 'alternate' ||
            locative ||
            c.place.population >= 100000 ||
            c.place.featureClass !== 'P' ||
            nameSimilarity(surface, c.place.name) >= 0.5 ||
            // towns renamed since Soviet times ("Artemovsk" for Bakhmut) keep their former names
            (RENAMED.has(c.place.country) && c.place.population >= 10000),
        );
      }
      // upper-case words are acronyms (NATO, TASS) unless they name a large place (datelines)
      if (n === 1 && surface.length > 3 && surface === surface.toUpperCase()) {
        candidates = candidates.filter((c) => c.place.population >= 50000 || c.place.featureClass !== 'P');
      }
      if (candidates.length) match = { end: i + n, candidates };
    }
    if (!match && cap(t)) {
      // "Northern state": a region whose own name holds the word, written in lower case (the
      // gazetteer knows "Northern State"; "Northern" alone is no place)
      const after = tokens[i + 1];
      if (
        after &&
        after.sentence === t.sentence &&
        after.start - t.end <= 1 &&
        /^(?:state|region|province)$/.test(after.text)
      ) {
        const surface = `${t.text} ${after.text[0]!.toUpperCase()}${after.text.slice(1)}`;
        const c = gazetteer.has(surface)
          ? gazetteer.lookup(surface).filter((x) => x.place.featureClass === 'A' && x.via !== 'key')
          : [];
        if (c.length) match = { end: i + 2, candidates: c };
      }
    }
    if (!match) {
      // "the village of Hlynka": a settlement the gazetteer lacks is still a toponym
      const unknown = unknownSettlement(tokens, i);
      if (unknown > i) {
        found.push({
          start: t.start,
          end: tokens[unknown - 1].end,
          text: text.slice(t.start, tokens[unknown - 1].end),
          name: text.slice(t.start, tokens[unknown - 1].end),
          tokenStart: i,
          tokenEnd: unknown,
          candidates: [],
          regionCue: null,
          settlementCue:
            tokens[i - 1].text === 'of' ? tokens[i - 2].text.toLowerCase() : tokens[i - 1].text.toLowerCase(),
          demonym: false,
          sentence: t.sentence,
        });
        i = unknown - 1;
      }
      continue;
    }
    // "the Zaporizhzhia nuclear power plant": the facility's own site, when the gazetteer has it
    const tail = facilityTail(tokens, match.end);
    if (tail > 0) {
      const name = facilityName(
        text.slice(t.start, tokens[match.end - 1].end),
        text.slice(tokens[match.end].start, tokens[tail - 1].end),
      );
      const site = gazetteer
        .lookup(name)
        .filter(
          (c) =>
            isFacility(c.place.featureClass, c.place.feature) &&
            (c.via !== 'key' || nameSimilarity(name, c.place.name) >= 0.8),
        );
      if (site.length) {
        found.push({
          start: t.start,
          end: tokens[tail - 1].end,
          text: text.slice(t.start, tokens[tail - 1].end),
          name: text.slice(t.start, tokens[tail - 1].end),
          tokenStart: i,
          tokenEnd: tail,
          candidates: site,
          regionCue: null,
          settlementCue: null,
          demonym: false,
          sentence: t.sentence,
        });
        i = tail - 1;
        continue;
      }
    }
    const end = match.end;
    const demonym = match.candidates.some((c) => c.via === 'demonym') || match.candidates[0].place.feature === 'PCLI';
    const largest = Math.max(
      ...match.candidates.map((c) => (/^(ADM1|RGN|CONT|PCLI)$/.test(c.place.feature) ? 1e7 : c.place.population)),
    );
    // a lower-case town has passed its own, stricter rule
    const why = !cap(t)
      ? null
      : suppressed({
          text,
          tokens,
          start: i,
          end,
          persons,
          demonym,
          largest,
          lowerWords,
          candidates: match.candidates,
        });
    const name = text.slice(t.start, tokens[end - 1].end);
    if (why) {
      rejected.push({ text: name, start: t.start, end: tokens[end - 1].end, reason: why });
      i = end - 1;
      continue;
    }
    let spanEnd = tokens[end - 1].end;
    let tokenEnd = end;
    let regionCue: string | null = null;
    let settlementCue: string | null = null;
    const next = tokens[end];
    const adjective = match.candidates.some((c) => c.via === 'demonym');
    if (
      !adjective &&
      next &&
      next.sentence === t.sentence &&
      REGION_AFTER.test(next.text) &&
      next.start - spanEnd <= 1
    ) {
      regionCue = next.text.toLowerCase();
      // "Kharkiv Oblast", "Kharkiv region", "New York State" name the region; a district or
      // county ("Izium Raion") is not in the gazetteer, and the name is kept alone
      if (REGION_ONLY.test(next.text) || (cap(next) && /^(state|territory)$/i.test(next.text))) {
        spanEnd = next.end;
        tokenEnd = end + 1;
      }
    }
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    if (p1 && p2 && p1.text.toLowerCase() === 'of' && p1.sentence === t.sentence && !adjective) {
      if (REGION_ONLY.test(p2.text)) regionCue = p2.text.toLowerCase();
      else if (SETTLEMENT_BEFORE.test(p2.text)) settlementCue = p2.text.toLowerCase();
    }
    if (p1 && !settlementCue && SETTLEMENT_BEFORE.test(p1.text) && p1.sentence === t.sentence)
      settlementCue = p1.text.toLowerCase();
    found.push({
      start: t.start,
      end: spanEnd,
      text: text.slice(t.start, spanEnd),
      name,
      tokenStart: i,
      tokenEnd,
      candidates: match.candidates,
      regionCue,
      settlementCue,
      demonym,
      sentence: t.sentence,
    });
    i = tokenEnd - 1;
  }
  coordinatedRegions(tokens, found);
  impliedRegions(text, found, gazetteer);
  return { found, rejected };
}

/**
 * "the Donetsk and Luhansk regions", "Kharkiv, Sumy and Chernihiv oblasts": a plural region word
 * after a list of names makes each of them a region, not only the last.
 *
 *   matches:  "shelling in the Donetsk and Luhansk regions" (Donetsk → Donetsk Oblast)
 *   must not: "from Donetsk and the Luhansk region" (Donetsk stays the city)
 */
function coordinatedRegions(tokens: Token[], found: Recognised[]): void {
  for (let k = 0; k < found.length; k++) {
    const last = found[k];
    const next = tokens[last.tokenEnd];
    if (!next || next.sentence !== last.sentence || !REGIONS_AFTER.test(next.text)) continue;
    last.regionCue ??= 'region';
    for (let j = k - 1; j >= 0; j--) {
      const between = tokens
        .slice(found[j].tokenEnd, found[j + 1].tokenStart)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      if (found[j].sentence !== last.sentence || !/^(,|and|or|, and|, or)$/.test(between)) break;
      found[j].regionCue ??= 'region';
    }
  }
}

/**
 * "shelled near Andriivka, Kharkiv", "Vesele (Kherson)": after a settlement and a comma or an
 * opening bracket, the name of a first-level region's seat stands for the region, as coders and
 * wire copy write it; the settlement is then looked for inside that region.
 *
 *   matches:  "Troops shelled near Andriivka, Kharkiv." (Kharkiv → Kharkiv Oblast)
 *   must not: "strikes on Odesa, Kyiv, Kharkiv." (no Kyiv lies in Kharkiv Oblast)
 *   must not: "Izium, Kharkiv, Lyman and Kupiansk" (a list goes on after it)
 */
function impliedRegions(text: string, found: Recognised[], gazetteer: Gazetteer): void {
  for (let k = 1; k < found.length; k++) {
    const place = found[k - 1];
    const region = found[k];
    if (region.regionCue || region.settlementCue || region.demonym || region.sentence !== place.sentence) continue;
    if (!/^\s*(?:,|\()\s*$/u.test(text.slice(place.end, region.start))) continue;
    // a list of places continues after it: "Izium, Kharkiv, Lyman and Kupiansk"
    if (/^\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?\p{Lu}/u.test(text.slice(region.end, region.end + 40))) continue;
    const seats = region.candidates.filter(
      (c) =>
        c.score >= 0.97 &&
        SEAT.test(c.place.feature) &&
        c.place.admin1 &&
        gazetteer.region(c.place.country, c.place.admin1),
    );
    if (!seats.length) continue;
    // the settlement must be one the gazetteer has in that region, or one it lacks altogether
    // (asked of the gazetteer: a common name's candidate list is capped and may miss that region)
    const inside =
      !place.candidates.length ||
      seats.some((s) => gazetteer.lookupWithin(place.name, s.place.country, s.place.admin1!).length > 0);
    if (inside) region.regionCue = 'region';
  }
}
