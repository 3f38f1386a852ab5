/**
 * Stage: who said what. Finds source, cue and content spans with the pattern families in
 * ./patterns, recognises the article's entities, links each source to its speaker (a pronoun
 * to the last named speaker), marks hedges and denials, and attaches the quantities and dates
 * whose spans fall inside each claim's content.
 */
import { hashId } from '../hash-id.js';
import { articleEntities } from '../entities/index.js';
import { countryTables } from '../entities/lexicon.js';
import { sideOf } from '../entities/sides/index.js';
import {
  placeMentions,
  type Article,
  type Claim,
  type Entity,
  type Message,
  type Sentence,
  type Span,
  type Token,
} from '../model.js';
import { tokenize } from '../text/analyse.js';
import {
  type Context,
  type Found,
  type Range,
  buildContext,
  chars,
  contentEnd,
  sentenceSubject,
  sourceAfter,
  sourceBefore,
  tokenAt,
} from './context.js';
import { hedgeOf } from './hedges/index.js';
import { attributionPatterns } from './patterns/index.js';
import { charSpans, joinContent, linkTagged, shippedModel, tagRoles } from './tagger/index.js';
import { IntervalIndex } from '../text/interval-index.js';

// A "sentence" longer than this is run-on text (no punctuation): nothing is attributed in it.
const MAX_SENTENCE_TOKENS = 250;

// prettier-ignore
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'said', 'with', 'by', 'as', 'it', 'at', 'from', 'has', 'have', 'are', 'be', 'he', 'his', 'were', 'its']);

interface Attribution {
  claims: Claim[];
  entities: Entity[];
  messages: Message[];
}

function span(text: string, r: [number, number]): Span {
  return { start: r[0], end: r[1], text: text.slice(r[0], r[1]) };
}

function message(msg: string, severity: Message['severity'] = 'warning', at?: { start: number; end: number }): Message {
  return at
    ? { stage: 'attribution', severity, message: msg, span: at }
    : { stage: 'attribution', severity, message: msg };
}

/** The claims and entities of one text (pure; `attribute` is the pipeline stage around it). */
export function findAttributions(article: Article): Attribution {
  const text = article.text;
  const messages: Message[] = [];
  let tokens = article.tokens;
  let sentences = article.sentences;
  if (!tokens || !sentences) ({ tokens, sentences } = tokenize(text));
  if (tokens.length === 0) return { claims: [], entities: [], messages: [message('no text to attribute', 'info')] };

  if (article.language && article.language !== 'en') {
    return {
      claims: [],
      entities: [],
      messages: [message(`language '${article.language}' is not English: no attribution attempted`)],
    };
  }
  // wink-nlp types words of other scripts as "unk"
  const words = tokens.filter((t) => t.type === 'word' || (t.type === 'unk' && /\p{L}/u.test(t.text)));
  const english = words.filter((t) => ENGLISH.has(t.text.toLowerCase())).length;
  if (words.length >= 5 && english / words.length < 0.05) {
    return {
      claims: [],
      entities: [],
      messages: [message('text does not look like English: no attribution attempted')],
    };
  }

  // run-on "sentences" are left out, with a message
  const bySentence = new Map<number, number>();
  for (const t of tokens) bySentence.set(t.sentence, (bySentence.get(t.sentence) ?? 0) + 1);
  const tooLong = new Set<number>();
  for (const [s, n] of bySentence) {
    if (n > MAX_SENTENCE_TOKENS) {
      tooLong.add(s);
      const sent = sentences.find((x) => x.index === s);
      messages.push(
        message(
          `a sentence of ${n} tokens without an end: not attributed`,
          'warning',
          sent ? { start: sent.start, end: sent.end } : undefined,
        ),
      );
    }
  }
  const usable: Token[] = tooLong.size ? tokens.filter((t) => !tooLong.has(t.sentence)) : tokens;

  const { ctx, found: byPattern } = patternFindings(text, usable, sentences);
  for (const at of ctx.unbalanced.slice(0, 5))
    messages.push(message('unbalanced quotation mark: quote ignored', 'info', { start: at, end: at + 1 }));
  const model = shippedModel();
  let found = byPattern;
  if (model) {
    const spans = tagRoles(ctx, byPattern, model);
    // contents joined once: the linker pairs them with cues, combine looks for the ones left over
    const contents = joinContent(ctx, spans);
    found = combine(
      ctx,
      linkTagged(ctx, spans, contents),
      byPattern,
      { source: charSpans(ctx, spans.source), content: charSpans(ctx, contents) },
      model.rescue,
    );
    const sources = charSpans(ctx, spans.source);
    for (const f of found)
      if (!f.source && f.cue) f.source = orphanSourceOf(ctx, f, sources, found) ?? subjectOfCue(ctx, f);
    found = found.filter((f) => !speakerless(ctx, f));
  }

  // the toponyms whole, and the demonyms: an official's side can come from the place their role
  // names, and "Kenyan" is no one's name
  const entities = articleEntities(article.id, text, ctx.tokens, placeMentions(article));
  const claims = linkClaims(article, ctx, found, entities);
  if (claims.length === 0 && messages.length === 0) messages.push(message('no attributed statement found', 'info'));
  return { claims, entities, messages };
}

/** What the hand-written pattern families find, with the context they read. */
export function patternFindings(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
): { ctx: Context; found: Found[] } {
  const ctx = buildContext(text, tokens, sentences);
  const found: Found[] = [];
  for (const pattern of attributionPatterns) {
    const hits = pattern.find(ctx);
    found.push(...hits);
    ctx.found.push(...hits);
  }
  found.sort((a, b) => a.content[0] - b.content[0] || a.content[1] - b.content[1]);
  return { ctx, found };
}

const overlaps = (a: Range | null, b: Range | null) => !!a && !!b && a[0] < b[1] && b[0] < a[1];

/** Character ranges, absent ones never found, as an interval index. */
const rangeIndex = (ranges: (Range | null | undefined)[]) =>
  new IntervalIndex(ranges.map((r): [number, number] => (r ? [r[0], r[1]] : [-2, -2])));
/** Indices (ascending) of the ranges that overlap `r` (as `overlaps` says: a shared character). */
function overlapping(index: IntervalIndex, r: Range | null | undefined): number[] {
  return r ? index.query(r[0] + 1, r[1] - 1) : [];
}

/**
 * The tagger's claims decide. A pattern that found the same cue lends its source where the tagger
 * found none. A pattern's claim on a cue the tagger missed is kept when the tagger still saw its
 * source there and no claim of its own took it (the tagger saw the attribution, not its cue),
 * when its family is one the model trusts there (measured on held-out folds of the training split),
 * or when it is the inner speaker of an "according to" chain.
 */
function combine(
  ctx: Context,
  tagged: Found[],
  byPattern: Found[],
  spans: { source: Range[]; content: Range[] },
  trusted: ReadonlySet<string>,
): Found[] {
  // overlaps are asked of interval indexes (characters), not by a scan per claim: an article of
  // thousands of claims stays linear
  const patternCues = rangeIndex(byPattern.map((p) => p.cue));
  for (const t of tagged) {
    const pi = overlapping(patternCues, t.cue)[0];
    const p = pi === undefined ? undefined : byPattern[pi]!;
    if (!p) continue;
    if (!t.source && p.source && !overlaps(p.source, t.content)) t.source = p.source;
    // the tagger began the content inside a phrase ("[Pysarivka was destroyed …], said X" for "A
    // hospital in Velyka Pysarivka …"): where the pattern's content holds it and ends with it,
    // the content starts where the pattern's does, unless a clause opens right before the tagger's
    if (
      p.content[0] < t.content[0] &&
      t.content[1] <= p.content[1] &&
      p.content[1] - t.content[1] <= 2 &&
      !opensClause(ctx, t.content[0])
    )
      t.content = [p.content[0], t.content[1]];
  }
  const taggedSources = rangeIndex(tagged.map((t) => t.source));
  const taggedContents = rangeIndex(tagged.map((t) => t.content));
  const taggedCues = rangeIndex(tagged.map((t) => t.cue));
  const orphanSources = spans.source.filter((s) => overlapping(taggedSources, s).length === 0);
  const orphanContents = spans.content.filter((s) => overlapping(taggedContents, s).length === 0);
  const orphanSourceIndex = rangeIndex(orphanSources);
  const orphanContentIndex = rangeIndex(orphanContents);
  const rescued = byPattern
    .filter(
      (p) =>
        overlapping(taggedCues, p.cue).length === 0 &&
        (trusted.has(p.pattern) ||
          overlapping(orphanSourceIndex, p.source).length > 0 ||
          innerOfAccordingTo(p, tagged)),
    )
    .map((p) => {
      // the content as far as the tagger saw it (a quote that began a sentence earlier)
      const seen = overlapping(orphanContentIndex, p.content)
        .map((i) => orphanContents[i]!)
        .filter((s) => !overlaps(s, p.cue) && !overlaps(s, p.source));
      return seen.length
        ? {
            ...p,
            content: [
              Math.min(p.content[0], ...seen.map((s) => s[0])),
              Math.max(p.content[1], ...seen.map((s) => s[1])),
            ] as Range,
          }
        : p;
    });
  return [...tagged, ...rescued].sort((a, b) => a.content[0] - b.content[0] || a.content[1] - b.content[1]);
}

/**
 * "It is known that …", "It seems the army has left", "the town appeared deserted": no one says,
 * writes or shows anything. An expletive "it" before a passive of knowing or believing, or a
 * raising verb with no speaker, is not an attribution ("It said" of an agency is, and stays).
 */
function speakerless(ctx: Context, f: Found): boolean {
  if (!f.cue) return false;
  const cue = ctx.text.slice(f.cue[0], f.cue[1]).toLowerCase();
  const source = f.source ? ctx.text.slice(f.source[0], f.source[1]).toLowerCase() : null;
  if (source === 'it') return EXPLETIVE_CUE.test(cue);
  // "It seems …" read with "It" as what is said: the claim has neither speaker nor content
  const content = ctx.text.slice(f.content[0], f.content[1]).trim().toLowerCase();
  return source === null && RAISING_CUE.test(cue) && (content === 'it' || content === 'there');
}
const EXPLETIVE_CUE =
  /^(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:(?:widely|well|generally|now|also|not|still)\s+)*(?:known|believed|thought|understood|assumed|feared|rumou?red)$|^(?:seems?|seemed|appears?|appeared)$/u;
const RAISING_CUE = /^(?:seems?|seemed|appears?|appeared|is\s+known|was\s+known)$/u;

/** Does a clause or quotation open right before this character (after "that", a comma, a colon, a quote mark)? */
function opensClause(ctx: Context, at: number): boolean {
  const i = tokenAt(ctx, at);
  if (i === 0 || ctx.sentStart[i] === i) return true;
  const prev = ctx.lower[i - 1];
  return (
    /^[,;:([—–"“”'‘’-]$/u.test(prev) ||
    CLAUSE_OPENERS.has(prev) ||
    prev === 'that' ||
    prev === 'whether' ||
    prev === 'if'
  );
}

/**
 * A cue the tagger found without its source, where the tagger did tag a source earlier in the
 * sentence that no other claim took ("Officials, speaking on condition of anonymity, said"): that
 * span is the speaker. The last such span before the cue wins, as the nearest subject.
 */
function orphanSourceOf(ctx: Context, f: Found, sources: Range[], found: Found[]): Range | null {
  const s = ctx.sentStart[tokenAt(ctx, f.cue![0])];
  const from = ctx.tokens[s]?.start ?? 0;
  const free = sources.filter(
    (r) => r[0] >= from && r[1] <= f.cue![0] && !overlaps(r, f.content) && !found.some((o) => overlaps(o.source, r)),
  );
  return free.length ? free[free.length - 1] : null;
}

/**
 * A cue the tagger found without its source ("Cook did not say when", "Trump is telling a town
 * hall", "…, Fox found"): the noun phrase that opens the cue's clause and ends right before it,
 * past auxiliaries and adverbs, is its subject. Only at a clause's start (the sentence's start, a
 * comma, a conjunction), so the object of an earlier verb is never taken for a speaker.
 */
function subjectOfCue(ctx: Context, f: Found): Range | null {
  const i = tokenAt(ctx, f.cue![0]);
  if (i >= ctx.tokens.length || i === 0) return null;
  const floor = ctx.sentStart[i];
  // "The nurse later sued, claiming …": a participle after a comma says what the clause's
  // subject did
  if (ctx.lower[i - 1] === ',' && /ing$/u.test(ctx.lower[i]) && i - 1 > floor) {
    const subject = sentenceSubject(ctx, floor, i - 1);
    return subject && !overlaps(chars(ctx, subject), f.content) ? chars(ctx, subject) : null;
  }
  // a passive names its speaker after "by" ("was first reported by the network"); its subject is
  // what is said or done ("Clinton was booed", "the suspect is named in reports")
  const e = tokenAt(ctx, f.cue![1]);
  const aux = ctx.lower.slice(Math.max(floor, i - 3), e);
  // "Farmers are convinced …", "officials were worried …": a state of mind has its holder as subject
  const experiencer = EXPERIENCER.has(ctx.lower[e - 1] ?? '') && ctx.lower[e] !== 'by';
  if (
    !experiencer &&
    aux.some((w) => BE.has(w)) &&
    PARTICIPLE.test(ctx.lower[ctx.lower[e - 1] === 'by' ? e - 2 : e - 1] ?? '')
  ) {
    const by = ctx.lower[e - 1] === 'by' ? e : ctx.lower[e] === 'by' ? e + 1 : -1;
    const agent = by > 0 ? sourceAfter(ctx, by, ctx.sentEnd[i]) : null;
    if (!agent) return null;
    const a = chars(ctx, agent);
    if (!overlaps(a, f.content)) return a;
    // the tagger took the by-phrase for what was said ("has been endorsed [by dozens of papers]"):
    // the agent is the source, and what the passive is about, its subject, is the content
    const aux = ctx.lower.slice(floor, e).findIndex((w) => BE.has(w) || w === 'has' || w === 'have' || w === 'had');
    const subjectEnd = aux < 0 ? -1 : floor + aux;
    const contentFrom = tokenAt(ctx, f.content[0]);
    if (subjectEnd <= floor || (contentFrom !== by - 1 && contentFrom !== by)) return null;
    f.content = chars(ctx, [floor, subjectEnd]);
    return a;
  }
  const np = sourceBefore(ctx, i, floor);
  if (!np) return null;
  const before = np[0] - 1;
  const opensClause =
    np[0] === floor || (before >= floor && (ctx.lower[before] === ',' || CLAUSE_OPENERS.has(ctx.lower[before])));
  if (!opensClause) return null;
  // "it appears", "they seem" raise no speaker ("he appeared to suggest" has one)
  const verbs = ctx.lower.slice(np[1], e);
  if (!experiencer && verbs.some((w) => BE.has(w)) && verbs.some((w) => PARTICIPLE.test(w))) return null;
  if (
    (RAISING.has(verbs[verbs.length - 1] ?? '') && ctx.lower[e] !== 'to') ||
    (np[1] - np[0] === 1 && ctx.lower[np[0]] === 'it' && RAISING_IT.test(verbs.join(' ')))
  )
    return null;
  const r = chars(ctx, np);
  if (!overlaps(r, f.content)) return r;
  // the tagger ran the content over its own cue ("[… after he appeared to suggest that …]"): what
  // is said is what follows the cue
  if (f.content[0] <= f.cue![0] && f.content[1] >= f.cue![1]) {
    const after = afterCue(ctx, f.cue!);
    if (!after) return null;
    f.content = after;
    return r;
  }
  // the tagger ran the content up to the cue through its subject ("…, but Cook did not say
  // when"): the subject is the source, the content is what is left on its side, or else what
  // follows the cue to the sentence's end
  if (f.content[1] > r[1] || f.content[0] >= r[0]) {
    if (f.content[0] < r[0] || f.content[1] > r[1]) return null;
  }
  const left = ctx.text.slice(f.content[0], r[0]).replace(/[\s,;:—–-]+$/u, '');
  if (f.content[0] < r[0] && /\p{L}.*\p{L}/u.test(left)) f.content = [f.content[0], f.content[0] + left.length];
  else {
    const after = afterCue(ctx, f.cue!);
    if (!after) return null;
    f.content = after;
  }
  return r;
}

/** What follows a cue to its sentence's end, without closing punctuation; null when nothing does (a cue that ends the text). */
function afterCue(ctx: Context, cue: Range): Range | null {
  const from = tokenAt(ctx, cue[1]);
  if (from >= ctx.tokens.length) return null;
  const end = contentEnd(ctx, ctx.sentEnd[from]);
  return Number.isInteger(end) && end > from ? chars(ctx, [from, end]) : null;
}
// prettier-ignore
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const PARTICIPLE =
  /^(?:\p{L}+(?:ed|en|wn)|told|said|heard|thought|taught|brought|sought|held|felt|found|built|led|meant|paid|sent|left)$/u;
// prettier-ignore
const EXPERIENCER = new Set(['convinced', 'persuaded', 'worried', 'concerned', 'confident', 'frustrated', 'alarmed', 'determined', 'disappointed', 'pleased', 'satisfied', 'surprised', 'shocked', 'aware', 'afraid', 'sure', 'certain', 'adamant']);
// prettier-ignore
const RAISING = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'seemingly', 'reportedly']);
const RAISING_IT = /\b(?:appears?|appeared|seems?|seemed|is|was|'s|’s)\b/u;
// prettier-ignore
const CLAUSE_OPENERS = new Set(['and', 'but', 'because', 'while', 'as', 'since', 'although', 'though', 'when', 'after', 'so', ';', ':']);

/**
 * "“…,” Petrenko said, according to RIA": the words are the speaker's and the agency is the
 * channel. When the tagger gives the quotation to "according to", the pattern's inner "X said"
 * between them is kept as its own claim.
 */
function innerOfAccordingTo(p: Found, tagged: Found[]): boolean {
  if (!p.cue || !p.source) return false;
  return tagged.some(
    (t) =>
      t.kind === 'according_to' &&
      t.cue &&
      overlaps(t.content, p.content) &&
      p.content[1] <= p.cue![0] &&
      p.cue![1] <= t.cue[0],
  );
}

const PRONOUN_SPEAKER = /^(?:he|she|it|they|we|i|you|who|which|that)$/i;
// "Hanna Maliar", "Olena de Vries": two or three capitalised words
const PERSONAL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|van|von|al|bin)\s+)?\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

function linkClaims(
  article: Article,
  ctx: ReturnType<typeof buildContext>,
  found: Found[],
  entities: Entity[],
): Claim[] {
  const text = article.text;
  const claims: Claim[] = [];
  // mentions by position, to find the entity inside a source span
  const mentionIndex: { start: number; end: number; entity: Entity }[] = [];
  for (const e of entities) for (const m of e.mentions) mentionIndex.push({ start: m.start, end: m.end, entity: e });
  mentionIndex.sort((a, b) => a.start - b.start);
  const speakerOf = new Map<Found, Claim['speaker']>();
  // "he said": the last named person who spoke, in text order of sources
  const ordered = [...found].sort((a, b) => (a.source?.[0] ?? a.content[0]) - (b.source?.[0] ?? b.content[0]));
  // the last speaker a "he"/"she" and an "it" can stand for: a person (an entity, or a bare
  // personal name the entity stage did not keep), and anything else named
  let lastPerson: Claim['speaker'] = null;
  let lastOrg: Claim['speaker'] = null;
  for (const f of ordered) {
    let speaker: Claim['speaker'] = null;
    if (f.source) {
      const [s, e] = f.source;
      const srcText = text.slice(s, e);
      const lower = srcText.toLowerCase();
      if (lower === 'he' || lower === 'she') {
        const prior = lastMentionBefore(mentionIndex, s, 'person');
        speaker =
          lastPerson ??
          (prior
            ? { entity: prior.id, canonical: prior.canonical, side: prior.side }
            : { entity: null, canonical: srcText, side: null });
      } else if (lower === 'it') {
        speaker = lastOrg ?? { entity: null, canonical: srcText, side: null };
      } else if (lower === 'who' || lower === 'which') {
        speaker = antecedentOf(text, s, mentionIndex) ?? { entity: null, canonical: srcText, side: null };
      } else {
        const inside: typeof mentionIndex = [];
        for (let k = firstAtOrAfter(mentionIndex, s); k < mentionIndex.length && mentionIndex[k].start < e; k++)
          if (mentionIndex[k].end <= e) inside.push(mentionIndex[k]);
        // the speaker is the source's head: a person, or the mention the source starts with
        const pick =
          inside.find((m) => m.entity.type === 'person') ??
          inside.find((m) => m.start - s <= 4) ??
          (/^[A-Z]/.test(srcText) ? undefined : inside[0]);
        if (pick) speaker = { entity: pick.entity.id, canonical: pick.entity.canonical, side: pick.entity.side };
        else {
          const seat =
            countryTables().seatsOfPower.get(lower.replace(/^the /, 'the ')) ?? countryTables().seatsOfPower.get(lower);
          if (seat) {
            const entity = seatEntity(article.id, entities, seat.canonical, seat.side, {
              start: s,
              end: e,
              text: srcText,
            });
            speaker = { entity: entity.id, canonical: entity.canonical, side: entity.side };
          } else {
            const country = countryTables().countryForms.get(lower.replace(/^the /, ''));
            const side =
              country && countryTables().countrySide.has(country)
                ? { side: countryTables().countrySide.get(country)! }
                : sideOf(srcText);
            // the head before any appositive ("the ministry, in a statement" → "ministry")
            const head = srcText.split(/\s*[,(]/)[0] || srcText;
            speaker = { entity: null, canonical: head.replace(/^the\s+/i, ''), side: side?.side ?? null };
          }
        }
      }
      if (speaker && !PRONOUN_SPEAKER.test(srcText)) {
        const ent = speaker.entity ? entities.find((x) => x.id === speaker!.entity) : undefined;
        if (ent ? ent.type === 'person' : PERSONAL_NAME.test(speaker.canonical)) lastPerson = speaker;
        else if (ent || /^\p{Lu}/u.test(speaker.canonical) || /^the\s/i.test(srcText)) lastOrg = speaker;
      }
    }
    speakerOf.set(f, speaker);
  }

  const sentenceOf = (pos: number) => ctx.sentences.find((s) => s.start <= pos && pos < s.end + 1) ?? null;
  const sentenceIndex = buildSentenceLookup(ctx.sentences);
  for (const f of found) {
    const sent = sentenceIndex(f.content[0]) ?? sentenceOf(f.content[0]);
    const sentText = sent ? text.slice(sent.start, sent.end) : '';
    const nextSent = sent ? ctx.sentences[sent.index + 1] : undefined;
    const claimStart = Math.min(f.source?.[0] ?? f.content[0], f.cue?.[0] ?? f.content[0], f.content[0]);
    const claimEnd = Math.max(f.source?.[1] ?? 0, f.cue?.[1] ?? 0, f.content[1]);
    const hedge = hedgeOf({
      claim: text.slice(claimStart, claimEnd),
      sentence: sentText,
      content: text.slice(f.content[0], f.content[1]),
      next: nextSent ? text.slice(nextSent.start, nextSent.end) : '',
    });
    // a quantity or date the content's edge cuts ("said up | to 1,300") still belongs to it
    const inContent = <T extends { start: number; end: number }>(xs: T[] | undefined): T[] =>
      (xs ?? []).filter(
        (x) => x.end > f.content[0] && x.start < f.content[1] && (x.start >= f.content[0] || x.end <= f.content[1]),
      );
    const id = hashId([article.id, String(f.content[0]), String(f.content[1]), String(f.cue?.[0] ?? '')], 12, '|');
    claims.push({
      id: `claim-${id}`,
      kind: f.kind,
      source: f.source ? span(text, f.source) : null,
      cue: f.cue ? span(text, f.cue) : null,
      content: span(text, f.content),
      speaker: speakerOf.get(f) ?? null,
      hedge,
      quantities: inContent(article.quantities),
      dates: inContent(article.timexes),
    });
  }
  return claims;
}

/**
 * "A wounded soldier, who asked…": a relative pronoun stands for the noun phrase right before
 * it: an entity mention ending there, else the last few words of that phrase.
 */
function antecedentOf(
  text: string,
  at: number,
  mentions: { start: number; end: number; entity: Entity }[],
): Claim['speaker'] {
  const before = text.slice(Math.max(0, at - 80), at);
  for (let k = firstAtOrAfter(mentions, at) - 1; k >= 0 && mentions[k].end > at - 80; k--) {
    const m = mentions[k];
    if (m.end <= at && /^[\s,]*$/.test(text.slice(m.end, at)))
      return { entity: m.entity.id, canonical: m.entity.canonical, side: m.entity.side };
  }
  const np =
    /(?:^|[.;:!?"“”(]|\b(?:and|but|said|says|told|of|to|by|from|with|for)\s)\s*((?:the|a|an)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)\s*,?\s*$/iu.exec(
      before,
    );
  if (!np) return null;
  const head = np[2].trim();
  return { entity: null, canonical: head, side: sideOf(head)?.side ?? null };
}

function buildSentenceLookup(sentences: { start: number; end: number; index: number }[]) {
  return (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos > s.end) lo = mid + 1;
      else return s;
    }
    return null;
  };
}

function firstAtOrAfter(index: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastMentionBefore(
  index: { start: number; entity: Entity }[],
  pos: number,
  type: Entity['type'],
): Entity | null {
  for (let k = firstAtOrAfter(index, pos) - 1; k >= 0; k--) if (index[k].entity.type === type) return index[k].entity;
  return null;
}

function seatEntity(
  articleId: string,
  entities: Entity[],
  canonical: string,
  side: Entity['side'],
  mention: Span,
): Entity {
  let e = entities.find((x) => x.canonical === canonical);
  if (!e) {
    e = {
      id: `${articleId}:e${entities.length + 1}`,
      type: 'group',
      canonical,
      variants: [],
      side,
      sideEvidence: mention.text,
      role: null,
      mentions: [],
    };
    entities.push(e);
  }
  if (!e.variants.includes(mention.text)) e.variants.push(mention.text);
  e.mentions.push(mention);
  return e;
}

/** Pipeline stage: fills `article.claims` and `article.entities`. */
export function attribute(article: Article): Article {
  const { claims, entities, messages } = findAttributions(article);
  return { ...article, claims, entities, messages: [...article.messages, ...messages] };
}
