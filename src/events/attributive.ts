import type { Article, Place, Sentence, ToponymMention } from '../model.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/months.js';
import { knowledgeFor, type Knowledge } from '../profiles/index.js';

/**
 * A toponym that modifies a noun rather than saying where something happens: a demonym
 * ("Crimean fighters", "Scottish units") or a place name used as an adjective ("the Zhytomyr
 * highway", "Nikolaev artillery", "the Azov-Dnipro battalion"). When the sentence also names a
 * place after a locative cue ("in/near/at/outside X"), that place, not the modifier, is where
 * the event is — even when the gazetteer lacks it.
 *
 *   matches:  "Artillery hit Crimean units near Babyntsi" (Crimean modifies units; Babyntsi is the place)
 *   must not: "Artillery hit a depot in Crimea" (Crimea itself follows the locative cue)
 */
interface AttributiveToponyms {
  examples: { matches: string[]; rejects: string[] };
  /** the toponym is a demonym, or a place name modifying the noun after it */
  isAttributive(article: Article, t: ToponymMention): boolean;
  /** the toponym's words are a demonym ("Crimean" for Crimea), not the place's name */
  isDemonym(t: ToponymMention): boolean;
  /** offsets where the sentence names a place after a locative cue (resolved, unresolved or unrecognised) */
  locativePlaces(article: Article, sentence: Sentence): number[];
}

/** Words after a toponym that belong to the place's own name or stand for the place ("Kharkiv region"). */
const PLACE_NOUN =
  /^(?:regions?|oblasts?|provinces?|districts?|raion|rayon|area|areas|direction|axis|front|outskirts|city|town|village|suburbs?|municipality|county|governorate|republic|krai|sector|community|hromada|settlement|hamlet|locality|township|states?|prefecture|department|territory|zone|neighbou?rhood|quarter|camp)$/iu;
/** "Crimean", "Crimeans", "Scottish", "Israeli", "Congolese", "Kharkivite" */
const DEMONYM_ENDING = /(?:an|ans|en|ens|ese|ish|i|is|ic|ite|ites)$/iu;
const CUE =
  /\b(?:in|near|at|outside|around|outskirts\s+of|vicinity\s+of)\s+(?:the\s+)?(?:(?:village|town|city|settlement|hamlet|suburb)\s+of\s+)?/giu;
/** capitalised words after "in" that are no place: dates, determiners, platforms, and languages ("in English") */
// prettier-ignore
const NOT_PLACE_WORDS = [...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our'];
// prettier-ignore
const NOT_PLACE_MEDIA = ['Image', 'Images', 'Video', 'Minute', 'Telegram', 'Twitter', 'Facebook'];
const notPlaceMemo = new WeakMap<Knowledge, RegExp>();

/** The pattern of those words, with English and the languages of the war's countries ("in Arabic"), which the profiles know. */
function notPlace(k: Knowledge): RegExp {
  let re = notPlaceMemo.get(k);
  if (!re) {
    re = new RegExp(
      `^(?:${[...NOT_PLACE_WORDS, ...NOT_PLACE_MEDIA, 'English', ...k.languages().map((l) => l.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))].join('|')})\\b`,
      'u',
    );
    notPlaceMemo.set(k, re);
  }
  return re;
}

/** The token that starts at `at` (tokens are in text order: a binary search, not a scan per toponym). */
function tokenStartingAt<T extends { start: number }>(tokens: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === at ? tokens[lo] : undefined;
}

function isRegionOrCountry(p: Place): boolean {
  return p.featureClass === 'A' || p.feature === 'RGN' || p.feature === 'CONT';
}

function isDemonym(t: ToponymMention): boolean {
  const p = t.place;
  if (!p) return false;
  if ((t.evidence ?? []).some((e) => /^\S*\s*demonym\b/u.test(e))) return true;
  const surface = t.text.toLowerCase();
  const name = p.name.toLowerCase();
  return isRegionOrCountry(p) && !name.startsWith(surface) && DEMONYM_ENDING.test(surface);
}

export const attributiveToponyms: AttributiveToponyms = {
  examples: {
    matches: [
      'Artillery hit Crimean units near Babyntsi, Kyiv Oblast.',
      'Drones struck a convoy on the Zhytomyr highway in Babyntsi.',
    ],
    rejects: [
      'Artillery hit a depot in Crimea.',
      'Drones struck a convoy near Zhytomyr.',
      'Drones struck a convoy near Babyntsi, Zhytomyr state.',
    ],
  },
  isDemonym,
  isAttributive(article, t) {
    if (isDemonym(t)) return true;
    const text = article.text;
    // glued to another word by a hyphen: a compound name ("Azov-Dnipro"), not a place
    if (text[t.end] === '-' || text[t.start - 1] === '-') return true;
    const next = /^ ([\p{Ll}][\p{L}’'-]*)/u.exec(text.slice(t.end, t.end + 40));
    if (!next || PLACE_NOUN.test(next[1])) return false;
    const at = t.end + 1;
    const token = tokenStartingAt(article.tokens ?? [], at);
    return token?.pos === 'NOUN';
  },
  locativePlaces(article, sentence) {
    const text = article.text.slice(sentence.start, sentence.end);
    const out: number[] = [];
    const noPlace = notPlace(knowledgeFor(article));
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
      const at = m.index + m[0].length;
      const word = /^[\p{Lu}][\p{L}’'-]+/u.exec(text.slice(at));
      if (word && !noPlace.test(word[0])) out.push(sentence.start + at);
    }
    return out;
  },
};
