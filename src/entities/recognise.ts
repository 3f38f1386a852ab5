/**
 * Entity mentions in one article: people (with titles and roles), ministries, organisations,
 * military units, media, acronyms and groups. Each mention carries what resolution needs: name
 * parts for people, a key for organisations, and the words around it that may tell its side.
 * One pass over the tokens plus a few linear regex scans.
 */
import type { EntityType, Side, Token } from '../model.js';
import {
  countryTables,
  GENERIC_ORG_WORDS,
  MEDIA,
  ORG_HEADS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
  UNIT_HEADS,
} from './lexicon.js';
import { ministry, ministryCanonical, ministryKey } from './ministry.js';
import { fold, nameKey } from './name-key.js';
import { FIRST_NAMES } from '../lexicon/first-names.js';
import { MONTHS, WEEKDAYS } from '../lexicon/months.js';
import { TITLES } from '../lexicon/titles.js';

export interface Mention {
  start: number;
  end: number;
  /** the spelling met: a variant */
  text: string;
  type: EntityType;
  /** people: first and last name as written */
  first?: string | null;
  last?: string;
  /** organisations: the key they resolve by, and a canonical name when the text implies one */
  key?: string;
  canonical?: string;
  /** ministries without a country in the text resolve to one that has it */
  domain?: string;
  country?: string | null;
  /** words that may tell the side: titles, roles, appositives, the name itself */
  sideWords: string;
  role?: string | null;
  /** an acronym that still needs its expansion */
  acronym?: string;
  /** a side known from a lexicon (well-known acronyms) */
  knownSide?: Side | null;
}

// prettier-ignore
const NOT_NAMES = new Set([
  ...[...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()),
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'he', 'she', 'it', 'they', 'we', 'i',
  'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while', 'after', 'before', 'since', 'during',
  'god', 'christmas', 'easter', 'internet', 'telegram', 'twitter', 'facebook', 'youtube', 'instagram',
  'tiktok', 'vkontakte', 'whatsapp', 'covid', 'himars', 'soviet', 'western', 'european', 'eastern',
  'southern', 'northern', 'oblast', 'region', 'raion', 'street', 'square', 'river', 'city', 'town',
  'read', 'more', 'photo', 'video', 'left', 'right', 'above', 'below', 'top', 'bottom', 'related', 'click',
  'update', 'editor', 'note', 'breaking', 'live', 'exclusive', 'news', 'getty', 'images', 'reuters',
]);

/** "Republicans", "Nationalists", "Canadians": a lone plural of a party or people. */
const GROUP_PLURAL = /^[A-Z][a-z]+(?:icans|ocrats|ists|ians|ites)$/;

/** "/AFP via Getty Images", " for Reuters" after a name; "Photo: " or "REUTERS/" before it. */
const PHOTO_CREDIT_AFTER = /^\s*(?:\/\s*[A-Z]|via Getty|for (?:Getty|Reuters|AFP|AP)\b|\(Photo)/;
const PHOTO_CREDIT_BEFORE =
  /\b(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Cc]redit|CREDIT|[Ii]mage)(?: by)?:?\s*$|\b[A-Z]{2,}\/\s*$/;

// Function words capitalised only in title-case headlines.
// prettier-ignore
const HEADLINE_WORDS = new Set(['How', 'From', 'To', 'In', 'As', 'With', 'After', 'Is', 'Are', 'Was', 'Were', 'Says', 'Said', 'Shows', 'Claims', 'Into', 'Over', 'By', 'On', 'At', 'Why', 'What', 'Who', 'Will', 'Has', 'Have', 'Its', 'Their', 'His', 'Her', 'Amid', 'Against', 'Near']);

// prettier-ignore
const LINKS = new Set(['of', 'for', 'the', 'and', 'de', 'al', 'von', 'van', 'der', 'bin', 'on']);

function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && t.type === 'word';
}

function countryForm(w: string): string | undefined {
  return countryTables().countryForms.get(w.toLowerCase().replace(/’/g, "'"));
}

/** Organisation key: lower-case words without "the"; unit-like names reduce to their core word. */
export function orgKey(name: string): string {
  const words = name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .map((w) => fold(w))
    .filter((w) => w && w !== 'the');
  const core = words.filter((w) => !GENERIC_ORG_WORDS.has(w));
  if (core.length === 1 && core.length < words.length && !countryForm(core[0])) return `unit|${core[0]}`;
  return `org|${words.join(' ')}`;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !LINKS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** Recognises mentions; `placeSpans` are toponyms (not names of people or organisations). */
export function recogniseMentions(
  text: string,
  tokens: Token[],
  placeSpans: { start: number; end: number }[] = [],
): Mention[] {
  const mentions: Mention[] = [];
  // Per-character "already a mention" flags would cost O(text); per-token flags suffice.
  const taken = new Array<boolean>(tokens.length).fill(false);
  const tokenIndexAt = new Map<number, number>();
  tokens.forEach((t, i) => tokenIndexAt.set(t.start, i));
  const isPlace = new Set<number>();
  if (placeSpans.length) {
    let p = 0;
    const spans = [...placeSpans].sort((a, b) => a.start - b.start);
    for (let i = 0; i < tokens.length; i++) {
      while (p < spans.length && spans[p].end <= tokens[i].start) p++;
      if (p < spans.length && spans[p].start <= tokens[i].start && tokens[i].end <= spans[p].end) isPlace.add(i);
    }
  }
  const markChars = (s: number, e: number) => {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].start >= e) break;
      if (tokens[i].end > s) taken[i] = true;
    }
  };
  // Marking by a scan per mention is O(tokens × mentions); mentions are few per article but a
  // pathological text could have many, so mark through the start index instead.
  const mark = (s: number, e: number) => {
    let i = tokenIndexAt.get(s);
    if (i === undefined) return markChars(s, e);
    for (; i < tokens.length && tokens[i].start < e; i++) taken[i] = true;
  };

  // 1. Ministries
  for (const m of ministry.find(text)) {
    mentions.push({
      start: m.start,
      end: m.end,
      text: m.text,
      type: 'organization',
      key: ministryKey(m.domain, m.country),
      canonical: ministryCanonical(m.domain, m.country),
      domain: m.domain,
      country: m.country,
      sideWords: m.text,
    });
    mark(m.start, m.end);
  }

  // 2. Capitalised runs: people, organisations, media, acronyms
  let i = 0;
  while (i < tokens.length) {
    if (taken[i] || !capitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !taken[j] && tokens[j].sentence === tokens[i].sentence) {
      const t = tokens[j];
      if (capitalised(t) && tokens[j].start - tokens[j - 1].end <= 1) {
        j++;
        continue;
      }
      // "Institute for the Study of War", "Security Service of Poland"
      const lw = t.text.toLowerCase();
      if (LINKS.has(lw) && t.text === lw) {
        let k = j;
        while (k < tokens.length && LINKS.has(tokens[k].text) && k - j < 2) k++;
        if (k < tokens.length && capitalised(tokens[k]) && !taken[k]) {
          j = k;
          continue;
        }
      }
      // "King's College", "St Antony's College": a possessive inside an organisation's name
      if (
        /^['’]s$/.test(t.text) &&
        t.start === tokens[j - 1].end &&
        j + 1 < tokens.length &&
        capitalised(tokens[j + 1]) &&
        ORG_HEADS.has(tokens[j + 1].text.toLowerCase()) &&
        !countryForm(tokens[j - 1].text) &&
        !countryTables().seatsOfPower.has(tokens[j - 1].text.toLowerCase())
      ) {
        j += 2;
        continue;
      }
      if (t.text === '-' && j + 1 < tokens.length && capitalised(tokens[j + 1]) && t.start === tokens[j - 1].end) {
        j += 2;
        continue;
      }
      break;
    }
    classifyRun(text, tokens, i, j, mentions, taken, isPlace);
    i = j;
  }

  // 3. Acronyms defined in the text "(ISW)" or by an organisation's initials
  const orgs = mentions.filter((m) => m.type === 'organization' && !m.acronym);
  for (const m of mentions) {
    if (!m.acronym) continue;
    const defined = orgs.find((o) => {
      const after = text.slice(o.end, o.end + m.acronym!.length + 4);
      return after.replace(/^\s*\(/, '').startsWith(m.acronym!) || initials(o.canonical ?? o.text) === m.acronym;
    });
    if (defined) {
      m.key = defined.key;
      m.canonical = defined.canonical ?? defined.text;
      m.sideWords = `${m.sideWords} ${defined.sideWords}`;
    }
  }
  // an acronym neither well known nor defined in the text is not shown to name anything
  return mentions.filter((m) => !(m.acronym && m.key?.startsWith('acronym|'))).sort((a, b) => a.start - b.start);
}

function prefixWords(text: string, tokens: Token[], i: number): { start: number; words: string } {
  // titles, roles, country forms and organisation names right before the run
  let k = i;
  while (k - 1 >= 0 && i - k < 8 && tokens[k - 1].sentence === tokens[i].sentence) {
    const t = tokens[k - 1];
    const lw = t.text.toLowerCase();
    if (
      TITLES.has(lw) ||
      TITLE_MODIFIERS.has(lw) ||
      countryForm(lw) ||
      lw === "'s" ||
      lw === '’s' ||
      lw === '-' ||
      (capitalised(t) && !NOT_NAMES.has(lw)) ||
      ROLE_NOUNS.test(lw) ||
      lw === 'of' ||
      /-installed$|-backed$/.test(lw)
    )
      k--;
    else break;
  }
  if (k === i) return { start: tokens[i].start, words: '' };
  return { start: tokens[k].start, words: text.slice(tokens[k].start, tokens[i].start) };
}

// Is the word written after a lower-case word or a comma somewhere in the text (so a name, not a
// capitalised sentence opener)? Asked of every lone capitalised word: remembered per text, so an
// article of thousands of such words does not search the whole text for each.
let midSentence: { text: string; words: Map<string, boolean> } = { text: '', words: new Map() };
function usedMidSentenceIn(text: string, word: string): boolean {
  if (midSentence.text !== text) midSentence = { text, words: new Map() };
  let hit = midSentence.words.get(word);
  if (hit === undefined) midSentence.words.set(word, (hit = new RegExp(`[a-z,;] ${word}\\b`).test(text)));
  return hit;
}

/** ", the head of the Moscow-installed administration," right after a name, or before it. */
function appositive(text: string, tokens: Token[], i: number, j: number): string | null {
  const out: string[] = [];
  if (tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < tokens.length && k - j < 25 && tokens[k].text !== ',' && !/^[.;:!?"“”]$/.test(tokens[k].text)) k++;
    const phrase = text.slice(tokens[j + 1]?.start ?? 0, tokens[k - 1]?.end ?? 0);
    if (k > j + 1 && /^(?:the|a|an|who|which|[A-Z]\S*|\w+['’]s)\b/i.test(phrase) && ROLE_NOUNS.test(phrase))
      out.push(phrase);
  }
  // (a comma that opens the text has no phrase before it)
  if (i > 1 && tokens[i - 1].text === ',') {
    let k = i - 2;
    while (
      k >= 0 &&
      i - k < 25 &&
      tokens[k].text !== ',' &&
      !/^[.;:!?"“”]$/.test(tokens[k].text) &&
      tokens[k].sentence === tokens[i].sentence
    )
      k--;
    const phrase = text.slice(tokens[k + 1].start, tokens[i - 2].end);
    if (ROLE_NOUNS.test(phrase) && !/\b(?:said|says|told)\b/.test(phrase)) out.push(phrase);
  }
  return out.length ? out.join('; ') : null;
}

/** A run of capitalised tokens, trimmed, being classified; and where what it names is written. */
interface Run {
  text: string;
  tokens: Token[];
  /** the run's first token and the one past its end */
  a: number;
  j: number;
  words: string[];
  /** "Rep.", "Gen.", "Mr." are titles too: lower case, without the full stop */
  lower: string[];
  runText: string;
  lowerRun: string;
  mentions: Mention[];
  taken: boolean[];
  isPlace: Set<number>;
}

function classifyRun(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  mentions: Mention[],
  taken: boolean[],
  isPlace: Set<number>,
): void {
  const run = trimmedRun(text, tokens, i, j, mentions, taken, isPlace);
  if (!run) return;
  if (splitTitledOf(run) || media(run) || mediaInside(run) || acronym(run)) return;
  // organisations: a head word inside a run of two or more words, or a proper name + "unit"
  // a title-case headline is not a name ("Video Shows How the Army Captured …")
  if (run.j - run.a > 7 || run.words.slice(1).some((w) => HEADLINE_WORDS.has(w))) return;
  if (splitOrgThenPerson(run) || organisation(run) || unit(run)) return;
  person(run);
}

// the run without link words at its edges, nor the words before a name that are no part of it
function trimmedRun(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  mentions: Mention[],
  taken: boolean[],
  isPlace: Set<number>,
): Run | null {
  // trim link words at the edges
  while (j > i && (LINKS.has(tokens[j - 1].text) || tokens[j - 1].text === '-')) j--;
  let a = i;
  // "The", and a sentence-initial adverb or preposition ("Later Ganshev said")
  while (
    a < j &&
    (tokens[a].text.toLowerCase() === 'the' ||
      tokens[a].pos === 'ADV' ||
      tokens[a].pos === 'ADP' ||
      tokens[a].pos === 'SCONJ' ||
      tokens[a].pos === 'CCONJ' ||
      tokens[a].pos === 'DET')
  )
    a++;
  if (a >= j) return null;
  const words = tokens.slice(a, j).map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const runText = text.slice(tokens[a].start, tokens[j - 1].end);
  return { text, tokens, a, j, words, lower, runText, lowerRun: runText.toLowerCase(), mentions, taken, isPlace };
}

// a part of the run is classified as a run of its own
function again(run: Run, from: number, to: number): void {
  classifyRun(run.text, run.tokens, from, to, run.mentions, run.taken, run.isPlace);
}

// the run's tokens are used: no later run reads them
function mark(run: Run): void {
  for (let k = run.a; k < run.j; k++) run.taken[k] = true;
}

// "Dr. Jane Roe of Leeds University": a titled person, then where they work
function splitTitledOf(run: Run): boolean {
  const { a, j, lower } = run;
  if (!TITLES.has(lower[0])) return false;
  const of = lower.indexOf('of');
  if (!(
    of > 1 &&
    !lower.slice(1, of).every((w) => TITLES.has(w) || TITLE_MODIFIERS.has(w)) &&
    lower.slice(of + 1).some((w) => ORG_HEADS.has(w))
  ))
    return false;
  again(run, a, a + of);
  again(run, a + of + 1, j);
  return true;
}

// media: the whole run is an outlet's name (a short one only in capitals)
function media(run: Run): boolean {
  const { tokens, a, j, runText, lowerRun } = run;
  if (!(MEDIA.has(lowerRun) && (lowerRun.length > 3 || runText === runText.toUpperCase()))) return false;
  run.mentions.push({
    start: tokens[a].start,
    end: tokens[j - 1].end,
    text: runText,
    type: 'media',
    key: `media|${MEDIA.get(lowerRun)!.toLowerCase()}`,
    canonical: MEDIA.get(lowerRun)!,
    sideWords: 'news agency',
  });
  mark(run);
  return true;
}

// a media name inside a longer run ("RIA Novosti" in "agency RIA Novosti" is already split by case)
function mediaInside(run: Run): boolean {
  const { text, tokens, a, j } = run;
  for (let k = a; k < j; k++) {
    for (const len of [2, 1]) {
      if (k + len > j) continue;
      const s = text.slice(tokens[k].start, tokens[k + len - 1].end);
      const ls = s.toLowerCase();
      if (MEDIA.has(ls) && (ls.length > 3 || s === s.toUpperCase()) && (k > a || k + len < j)) {
        if (k > a) again(run, a, k);
        run.mentions.push({
          start: tokens[k].start,
          end: tokens[k + len - 1].end,
          text: s,
          type: 'media',
          key: `media|${MEDIA.get(ls)!.toLowerCase()}`,
          canonical: MEDIA.get(ls)!,
          sideWords: 'news agency',
        });
        for (let x = k; x < k + len; x++) run.taken[x] = true;
        if (k + len < j) again(run, k + len, j);
        return true;
      }
    }
  }
  return false;
}

// acronyms: a well-known one names its organisation; another waits for its expansion in the text
function acronym(run: Run): boolean {
  const { text, tokens, a, j, words, lower } = run;
  if (!(j - a === 1 && /^[A-Z]{2,6}$/.test(words[0]))) return false;
  // "RFE/RL": half of a slashed name
  if (text[tokens[a].start - 1] === '/' || text[tokens[a].end] === '/') return true;
  const known = countryTables().acronyms.get(words[0]);
  if (known) {
    run.mentions.push({
      start: tokens[a].start,
      end: tokens[a].end,
      text: words[0],
      type: known.type,
      key: known.type === 'media' ? `media|${known.canonical.toLowerCase()}` : orgKey(known.canonical),
      canonical: known.canonical,
      sideWords: known.canonical,
      knownSide: known.side,
    });
  } else if (!NOT_NAMES.has(lower[0])) {
    run.mentions.push({
      start: tokens[a].start,
      end: tokens[a].end,
      text: words[0],
      type: 'organization',
      acronym: words[0],
      key: `acronym|${words[0]}`,
      canonical: words[0],
      sideWords: '',
    });
  }
  mark(run);
  return true;
}

// "European Council President Paul Weber": an organisation, then a titled person
function splitOrgThenPerson(run: Run): boolean {
  const { tokens, a, j, lower } = run;
  const innerFirst = lower.findIndex(
    (w, k) => k > 0 && k < lower.length - 1 && FIRST_NAMES.has(w) && capitalised(tokens[a + k + 1]),
  );
  if (innerFirst <= 0) return false;
  let t = innerFirst;
  while (t - 1 >= 0 && (TITLES.has(lower[t - 1]) || TITLE_MODIFIERS.has(lower[t - 1])) && !ORG_HEADS.has(lower[t - 1]))
    t--;
  if (!(t > 0 && t < innerFirst && lower.slice(0, t).some((w) => ORG_HEADS.has(w)))) return false;
  again(run, a, a + t);
  again(run, a + t, j);
  return true;
}

// an organisation: a head word ("Council", "Institute") in a run of two or more words that are not all titles
function organisation(run: Run): boolean {
  const { text, tokens, a, j, lower, runText } = run;
  const hasHead = lower.some((w, k) => ORG_HEADS.has(w) && (j - a >= 2 || k > 0));
  if (!(hasHead && j - a >= 2 && !lower.every((w) => TITLES.has(w) || TITLE_MODIFIERS.has(w) || countryForm(w))))
    return false;
  const prefix = prefixWords(text, tokens, a);
  const canonical = runText.replace(/['’]s$/, '');
  run.mentions.push({
    start: tokens[a].start,
    end: tokens[j - 1].end,
    text: runText,
    type: 'organization',
    key: orgKey(canonical),
    canonical,
    sideWords: `${prefix.words} ${runText} ${appositive(text, tokens, a, j) ?? ''}`,
  });
  mark(run);
  return true;
}

// a proper name and the unit word after it ("Azov Regiment", "the Sokil unit") name a military unit
function unit(run: Run): boolean {
  const { text, tokens, a, j, lower, runText, isPlace } = run;
  const next = tokens[j];
  if (next && UNIT_HEADS.has(next.text) && !countryForm(lower[j - a - 1]) && next.sentence === tokens[a].sentence) {
    // "Fighters of the Sokil unit": the unit's name is the last capitalised stretch
    let u = j - 1;
    while (u - 1 >= a && capitalised(tokens[u - 1])) u--;
    if (u > a) {
      again(run, u, j);
      return true;
    }
  }
  if (
    next &&
    UNIT_HEADS.has(next.text) &&
    !countryForm(lower[j - a - 1]) &&
    !NOT_NAMES.has(lower[0]) &&
    !isPlace.has(a) &&
    next.sentence === tokens[a].sentence
  ) {
    const t = text.slice(tokens[a].start, next.end);
    run.mentions.push({
      start: tokens[a].start,
      end: next.end,
      text: t,
      type: 'organization',
      key: orgKey(t),
      canonical: runText,
      sideWords: `${prefixWords(text, tokens, a).words} ${t} ${sentenceText(text, tokens, a)}`,
    });
    mark(run);
    run.taken[j] = true;
    return true;
  }
  return false;
}

// what is left may name a person: their name's words, checked, accepted or kept as a surname candidate
function person(run: Run): void {
  const { text, tokens, a, j, lower } = run;
  const { p, firstAt } = nameStart(run);
  const nameWords = tokens.slice(p, j).filter((t) => t.text !== '-' && !LINKS.has(t.text));
  if (nameWords.length === 0 || nameWords.length > 4) return;
  if (namesSomethingElse(run, p, firstAt, nameWords)) return;
  const titled =
    (p > a && TITLES.has(lower[p - a - 1])) ||
    (p > 0 && TITLES.has(tokens[p - 1].text.toLowerCase().replace(/\.$/, '')));
  // a tagger reads some first names as verbs ("analyst Rob Lee"); a title before them says otherwise
  if (nameWords.some((t) => t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'X') && !titled)
    return;
  // a lone head word ("College", "Brigade") is part of a name, never a person; a lone plural
  // of a people or party ("Republicans", "Nationalists") is a group
  if (
    nameWords.length === 1 &&
    (ORG_HEADS.has(lower[j - a - 1]) || UNIT_HEADS.has(lower[j - a - 1]) || GROUP_PLURAL.test(nameWords[0].text))
  )
    return;
  const nameText = text.slice(nameWords[0].start, nameWords[nameWords.length - 1].end).replace(/['’]s$/, '');
  const prefix = prefixWords(text, tokens, p);
  const apposition = appositive(text, tokens, p, j);
  if (!acceptedAsPerson(run, p, firstAt, nameWords, titled, apposition)) {
    // a lone capitalised word: a surname only if later resolution finds its full name
    if (nameWords.length === 1 && nameWords[0].pos === 'PROPN') {
      run.mentions.push({
        start: nameWords[0].start,
        end: nameWords[0].end,
        text: nameText,
        type: 'person',
        first: null,
        last: nameText,
        sideWords: `${prefix.words} ${apposition ?? ''}`,
        role: null,
        key: 'candidate',
      });
    }
    return;
  }
  pushPerson(run, nameWords, nameText, prefix.words, apposition);
  for (let k = p; k < j; k++) run.taken[k] = true;
}

// people: from the first known first name, or after the titles
function nameStart(run: Run): { p: number; firstAt: number } {
  const { tokens, a, j, lower } = run;
  let p = a;
  const firstAt = lower.findIndex(
    (w, k) => FIRST_NAMES.has(w) && k < lower.length - 1 && capitalised(tokens[a + k + 1]),
  );
  if (firstAt >= 0) p = a + firstAt;
  else
    while (
      p < j &&
      (TITLES.has(lower[p - a]) ||
        TITLE_MODIFIERS.has(lower[p - a]) ||
        countryForm(lower[p - a]) ||
        LINKS.has(lower[p - a]) ||
        tokens[p].text === '-')
    )
      p++;
  return { p, firstAt };
}

// a word of the name that is no name (a month, a country, a seat of power, a place) makes it no
// person's, unless a known first name starts two or more words
function namesSomethingElse(run: Run, p: number, firstAt: number, nameWords: Token[]): boolean {
  const placeIn = () => {
    for (let k = p; k < run.j; k++) if (run.isPlace.has(k)) return true;
    return false;
  };
  if (
    nameWords.some(
      (t) =>
        NOT_NAMES.has(t.text.toLowerCase()) ||
        countryForm(t.text) ||
        countryTables().seatsOfPower.has(t.text.toLowerCase()),
    ) ||
    placeIn()
  ) {
    if (!(firstAt >= 0 && nameWords.length >= 2 && !NOT_NAMES.has(nameWords[0].text.toLowerCase()))) return true;
  }
  return false;
}

// a person for sure: a known first name, a lone surname that speaks, a titled name, or a full name with a role or a cue
function acceptedAsPerson(
  run: Run,
  p: number,
  firstAt: number,
  nameWords: Token[],
  titled: boolean,
  apposition: string | null,
): boolean {
  const { text, tokens, j } = run;
  const next = tokens[j];
  const hasFirst = firstAt >= 0 || FIRST_NAMES.has(nameWords[0].text.toLowerCase());
  const nextIsCue =
    next &&
    /^(?:said|says|told|added|claimed|stated|wrote|noted|insisted|denied|announced|posted|tweeted|confirmed|warned|explained|believes|thinks)$/.test(
      next.text,
    );
  const prev = tokens[p - 1];
  const sentenceInitial = p === 0 || tokens[p - 1].sentence !== tokens[p].sentence;
  const usedMidSentence = () => usedMidSentenceIn(text, nameWords[0].text.replace(/[^A-Za-z]/g, ''));
  // "Petrenko, quoted by TASS, said" / "Petrenko, according to RIA"
  const relayed = next?.text === ',' && /^(?:quoted|cited|according)$/.test(tokens[j + 1]?.text ?? '');
  const loneSpeaker =
    nameWords.length === 1 &&
    nameWords[0].pos === 'PROPN' &&
    (!sentenceInitial || usedMidSentence()) &&
    (relayed ||
      nextIsCue ||
      (prev && /^(?:said|says|added|told|wrote)$/.test(prev.text) && (!next || /^[.,;]$/.test(next.text))));
  return Boolean(
    hasFirst ||
    loneSpeaker ||
    (titled && nameWords.every((t) => /^[A-Z]/.test(t.text))) ||
    (nameWords.length >= 2 && (apposition || nextIsCue) && nameWords.every((t) => t.pos === 'PROPN')),
  );
}

// the person's mention, with the titles and apposition that may tell their side
function pushPerson(run: Run, nameWords: Token[], nameText: string, prefix: string, apposition: string | null): void {
  const { text } = run;
  const parts = nameWords.map((t) => t.text.replace(/['’]s$/, ''));
  const last = parts[parts.length - 1];
  const first = parts.length >= 2 ? parts[0] : null;
  const end = nameWords[0].start + nameText.length;
  // a photo credit ("Jo Bloggs/AFP via Getty Images") names who took the picture, not a side
  if (
    PHOTO_CREDIT_AFTER.test(text.slice(end, end + 40)) ||
    PHOTO_CREDIT_BEFORE.test(text.slice(Math.max(0, nameWords[0].start - 20), nameWords[0].start))
  ) {
    run.mentions.push({
      start: nameWords[0].start,
      end,
      text: nameText,
      type: 'person',
      first,
      last,
      sideWords: '',
      role: null,
    });
  } else {
    const roleText = [prefix.trim(), apposition].filter(Boolean).join('; ') || null;
    run.mentions.push({
      start: nameWords[0].start,
      end,
      text: nameText,
      type: 'person',
      first,
      last,
      sideWords: `${prefix} ${apposition ?? ''}`,
      role: roleText,
    });
  }
}

function sentenceText(text: string, tokens: Token[], i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && tokens[a - 1].sentence === tokens[i].sentence && i - a < 40) a--;
  while (b + 1 < tokens.length && tokens[b + 1].sentence === tokens[i].sentence && b - i < 40) b++;
  return text.slice(tokens[a].start, tokens[b].end);
}

export { nameKey };
