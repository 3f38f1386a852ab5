/**
 * The document model: one typed Article flows through the stages; each stage reads what the
 * earlier ones added and adds its own layer. All offsets are UTF-16 code units into
 * `Article.text`, the analysed text exactly as read (UTF-8, BOM removed; for HTML, feeds and
 * JSON, the extracted body). Corpus-level stages (duplicates, entity resolution across articles,
 * fusion, checks against control maps) work on a `Corpus`.
 */
import type { ControlSnapshot } from './checks/control.js';
import type { ArticleProfile } from './profiles/profile.js';

/** A half-open range [start, end) of UTF-16 code units into the article text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem a stage found, attached to the article instead of printed (vfile-style). */
export interface Message {
  stage: string;
  severity: Severity;
  message: string;
  span?: { start: number; end: number };
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** index of the sentence's first token in Article.tokens, and one past its last */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, NUM, …) */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, … */
  type: string;
  /** base form from wink-nlp ("told" → "tell"); absent on tokens built by hand */
  lemma?: string;
  sentence: number;
}

/**
 * Token `t` with `changes`, its fields always written in the order the tokenizer writes them. A
 * token rebuilt with a spread (`{ ...t, end }`) got a hidden class of its own (V8 11, Node 20,
 * gives the result of a spread with more properties after it a new class on each call once the
 * spread's cache is warm), and every function that reads tokens and met one was deoptimised and
 * compiled again. Tests: ./text/token-shape.test.ts.
 */
export function tokenWith(t: Token, changes: Partial<Token>): Token {
  return {
    start: changes.start ?? t.start,
    end: changes.end ?? t.end,
    text: changes.text ?? t.text,
    pos: changes.pos ?? t.pos,
    type: changes.type ?? t.type,
    lemma: 'lemma' in changes ? changes.lemma : t.lemma,
    sentence: changes.sentence ?? t.sentence,
  };
}

/** A place in the gazetteer (GeoNames record, or a country / first-level region). */
export interface Place {
  /** GeoNames id where known; regions built from other data carry a negative synthetic id */
  geonameid: number;
  name: string;
  /** GeoNames feature class (P, A, H, …) and code (PPL, PPLA, ADM1, PCLI, STM, …) */
  featureClass: string;
  feature: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** GeoNames admin1 code (e.g. "07" for Kharkiv Oblast), or null */
  admin1: string | null;
  admin1Name?: string | null;
  admin2?: string | null;
  lat: number;
  lon: number;
  population: number;
}

/** A toponym: a span of text that names a place, and what it resolved to. */
export interface ToponymMention extends Span {
  /** null when recognised as a place name but not resolved */
  place: Place | null;
  /** 0..1: how sure the resolver is of `place` */
  confidence: number;
  /** why this candidate won (signals used), for the evidence view */
  evidence?: string[];
  /**
   * When the text names the region the place lies in ("Fedorivka, Donetsk region"): how many
   * places of that name the region holds (1: the name is unique there, so the place is certain
   * however low the confidence among its namesakes elsewhere).
   */
  namesakes?: number;
}

/**
 * A demonym or adjective of place ("Polish forces", "Kurdish units"): it names the country or
 * region whose people or side act, not where anything happens, so it is kept apart from the
 * toponyms (not counted, not mapped, not highlighted as a place).
 */
export interface DemonymMention extends Span {
  /** the country or region the word belongs to */
  place: Place;
  confidence: number;
}

export type EntityType = 'person' | 'organization' | 'group' | 'media';

/**
 * Whom a mention speaks or acts for: a side a conflict profile defines (profiles/*.json: a party
 * such as a state, an armed movement or an administration another side installed), or one of the
 * roles every war has.
 */
export type Side = string;

/** The sides that belong to no war in particular. */
export const GENERIC_SIDES = [
  'United States',
  'Western government',
  'independent analyst',
  'media',
  'international organisation',
  'civilian',
] as const;

/** A named person, organisation, group or medium; per article, or fused across articles. */
export interface Entity {
  id: string;
  type: EntityType;
  canonical: string;
  /** every spelling met */
  variants: string[];
  side: Side | null;
  /** the words that support the side ("the head of the Moscow-installed administration") */
  sideEvidence: string | null;
  /** title or role as the text gives it */
  role?: string | null;
  mentions: Span[];
}

export type Qualifier = 'about' | 'up to' | 'more than' | 'at least' | 'less than' | 'at most' | null;

export interface Quantity extends Span {
  value: number;
  unit: string;
  si_value: number;
  si_unit: string;
  qualifier: Qualifier;
  /** what it counts: territory, distance, killed, injured, evacuated, troops, tanks, equipment, money, population, … */
  counts?: string | null;
  /** upper bound of a range ("two to three kilometers": value 2, value_max 3), and its SI value */
  value_max?: number;
  si_value_max?: number;
}

export type TimePrecision = 'day' | 'week' | 'month' | 'year';

export interface TimeExpression extends Span {
  /** ISO date (YYYY-MM-DD) the expression resolves to, or the first day of its range */
  date: string;
  /** last day of the range, when the expression covers more than one day */
  endDate?: string | null;
  precision: TimePrecision;
  /** ACLED time_precision: 1 day, 2 week, 3 month or vaguer */
  time_precision: 1 | 2 | 3;
}

export type Hedge = 'unconfirmed' | 'denied' | 'hedged' | 'disputed' | 'predicted' | null;

/** Who said what: an attributed statement. */
export interface Claim {
  id: string;
  kind: 'direct' | 'indirect' | 'according_to' | 'mixed';
  source: Span | null;
  cue: Span | null;
  content: Span;
  speaker: { entity: string | null; canonical: string; side: Side | null } | null;
  hedge: Hedge;
  quantities: Quantity[];
  dates: TimeExpression[];
}

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

/** One report of an event, as one article states it. */
export interface EventMention {
  id: string;
  articleId: string;
  /** the sentence the event was found in, and the trigger words */
  sentence: Span;
  trigger: Span;
  event_type: EventType;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  location: ToponymMention | null;
  /** ACLED geo_precision: 1 the place itself, 2 near it / part of a region, 3 a region */
  geo_precision: 1 | 2 | 3;
  date: string | null;
  time_precision: 1 | 2 | 3;
  fatalities: number | null;
  injured: number | null;
  /** the claim behind it, if it is attributed */
  claimId: string | null;
  claimant: string | null;
  hedge: Hedge;
  /** the trigger family that found it (regains-territory, shelling, …) */
  family?: string;
  /** the days the event may have happened on: [date_earliest, date_latest] */
  date_earliest?: string | null;
  date_latest?: string | null;
  /** found in a photo or video caption: supports an event, never makes one alone */
  caption?: boolean;
  /** a headline or region-level summary of the article's lead event */
  summary?: boolean;
  /** the claimant's side, where known */
  claimantSide?: Side | null;
}

/**
 * Whether a sentence says an event happened: `asserted` (it did); `historical` (long before the
 * report: "in 2014", anniversaries, "then known as"); `future` (planned, promised, threatened,
 * demanded or only attempted); `hypothetical` (a condition or a possibility: "if", "could",
 * "would", "may"); `negated` (denied or said not to have happened); `habitual` (what is done
 * regularly, not one event).
 */
export type Factuality = 'asserted' | 'historical' | 'future' | 'hypothetical' | 'negated' | 'habitual';

/**
 * A trigger whose sentence does not assert an event: kept on the article with the reason, so a
 * reader can see why the sentence was not coded. Never fused, never dated by the publication.
 */
export interface NonEvent {
  id: string;
  articleId: string;
  sentence: Span;
  trigger: Span;
  /** what it would have been coded as */
  event_type: EventType;
  sub_event_type: string;
  family: string;
  reason: Exclude<Factuality, 'asserted'>;
  /** the words that give the reason ("promised to", "in 2014", "denied") */
  cue: string | null;
  location: ToponymMention | null;
  /** historical mentions: the day the text gives for it, when it gives one (else null) */
  date: string | null;
}

/** A statement of who holds a place ("the town is under our control", "fully retaken X"). */
export interface ControlStatement {
  id: string;
  articleId: string;
  span: Span;
  place: ToponymMention;
  /** the side said to hold the place after the statement */
  holder: Side;
  speaker: string | null;
  speakerSide: Side | null;
  claimId: string | null;
  date: string | null;
  /** 'event' when derived from a territory-change event mention */
  basis: 'statement' | 'event';
}

/** A statement on how much territory was gained: a number (km²) or a minimising phrase. */
export interface ScaleStatement {
  id: string;
  articleId: string;
  span: Span;
  /** km², or null for a minimising phrase ("just a few villages") */
  km2: number | null;
  minimising: boolean;
  /** the side said to have gained it, where the text says */
  gainer: Side | null;
  speaker: string | null;
  speakerSide: Side | null;
  claimId: string | null;
  date: string | null;
}

export interface EventReport {
  articleId: string;
  path: string;
  outlet: string | null;
  mentionId: string;
  sentence: Span;
  claimant: string | null;
  hedge: Hedge;
  date: string | null;
}

export interface FieldDisagreement {
  field: string;
  values: { value: string | number | null; articleId: string; outlet: string | null; claimant: string | null }[];
}

/** One real-world event, fused from the reports of many articles. */
export interface FusedEvent {
  id: string;
  event_type: EventType;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  place: Place | null;
  location: string | null;
  geo_precision: 1 | 2 | 3;
  date: string | null;
  time_precision: 1 | 2 | 3;
  fatalities: number | null;
  injured: number | null;
  reports: EventReport[];
  outlets: string[];
  /** independent outlets (wire copies count once) */
  corroboration: number;
  firstReported: string | null;
  lastReported: string | null;
  disagreements: FieldDisagreement[];
  status: 'reported' | 'claimed' | 'disputed' | 'hedged';
  confidence: number;
  notes: string;
  /** the range of days the reports allow */
  date_earliest?: string | null;
  date_latest?: string | null;
  /** how corroboration was counted (which articles were taken as one source, and why) */
  corroboration_basis?: string;
  /** ids of the disputes that concern this event */
  disputes?: string[];
}

export interface DisputeClaim {
  articleId: string;
  path: string;
  claimId: string | null;
  speaker: string | null;
  date: string | null;
  span: Span;
  value?: number | null;
  /** the side the claim says holds the place (contradictions about control) */
  holder?: Side | null;
}

export interface Dispute {
  id: string;
  kind: 'contradiction' | 'series';
  topic: string;
  claims: DisputeClaim[];
  /** the place the dispute is about, where it is about one */
  place?: Place | null;
  /** the unit of a series' values (km2) */
  unit?: string | null;
}

export type CheckKind = 'distance' | 'direction' | 'within' | 'population' | 'control' | 'area';
export type Verdict = 'consistent' | 'inconsistent' | 'unverifiable';

export interface Check {
  id: string;
  kind: CheckKind;
  articleId: string;
  span: Span;
  stated: string;
  computed: string | null;
  verdict: Verdict;
  explanation: string;
  eventId?: string | null;
  claimId?: string | null;
  details?: Record<string, unknown>;
}

/** An article's publication dates as its own text and metadata gave them, before batch dating. */
export interface ReadDates {
  published: string | null;
  published_on_or_after: string | null;
  /** how many messages it had then (the dating's own messages come after them) */
  messages: number;
}

export interface Article {
  /** content hash (sha256 of the text, first 16 hex digits) */
  id: string;
  /** the input file, or `<file>#<n>` for the n-th item of a JSON Lines file or feed */
  path: string;
  format: InputFormat;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO date of publication, or null */
  published: string | null;
  /** when only a lower bound is known: the latest absolute date the text mentions */
  published_on_or_after: string | null;
  /** wire agencies credited (AFP, Reuters, AP, …) */
  wire: string[];
  language: string | null;
  /** id of the article this one near-duplicates (same wire story), or null */
  duplicate_of: string | null;
  /** MinHash signature over word shingles, for near-duplicate linking */
  signature?: number[];
  /**
   * Set when `inferUndatedDates` dated the article from related ones: the dates and the number of
   * messages it had as read, so that a later pass over everything stored can date it again from
   * the same start, whatever came first (see src/ingest/infer-undated.ts).
   */
  read_dates?: ReadDates;
  messages: Message[];
  /** the conflict profile the article is read with (set by the profile stage, or forced by --profile) */
  profile?: ArticleProfile;

  // Layers added by the stages; absent until that stage has run.
  sentences?: Sentence[];
  /** the text stage's tokens: for the article stages only, never stored (see DERIVED_LAYERS) */
  tokens?: Token[];
  toponyms?: ToponymMention[];
  /** demonyms and adjectives of place ("Polish", "Kurdish", "Darfuri"): whose side or people, not where */
  demonyms?: DemonymMention[];
  entities?: Entity[];
  claims?: Claim[];
  quantities?: Quantity[];
  timexes?: TimeExpression[];
  events?: EventMention[];
  /** triggers whose sentence does not assert an event (history, plans, conditions, denials, habits) */
  nonEvents?: NonEvent[];
  /**
   * statements of who holds a place, and of how much territory was gained (events stage); not the
   * control maps (`Corpus.control`). Stored as `control` before store version 7.
   */
  holderClaims?: ControlStatement[];
  scale?: ScaleStatement[];
  checks?: Check[];
}

/** What the corpus-level stages produce from all stored articles. */
export interface Corpus {
  articles: Article[];
  entities: Entity[];
  events: FusedEvent[];
  disputes: Dispute[];
  checks: Check[];
  /** the territorial-control map snapshots the store holds (`sitrep control import`), oldest first */
  control?: ControlSnapshot[];
  /**
   * Ids of the articles the last corpus pass saw, as the store knows them: among these, what that
   * pass found between them (near-duplicate links) still holds, and a stage may keep it rather than
   * compare them again. Absent: nothing is known, everything is compared.
   */
  settled?: ReadonlySet<string>;
}

/** Toponyms and demonyms in text order: for the stages that read sides as well as places. */
export function placeMentions(article: Pick<Article, 'toponyms' | 'demonyms'>): ToponymMention[] {
  return [...(article.toponyms ?? []), ...(article.demonyms ?? [])].sort((a, b) => a.start - b.start);
}

/**
 * An article made of a text alone, as evaluations, benchmarks and tests build one: no title,
 * outlet or date unless `over` gives them; its path is its id.
 */
export function textArticle(text: string, id = 't', over: Partial<Article> = {}): Article {
  return {
    id,
    path: id,
    format: 'text',
    text,
    title: null,
    url: null,
    outlet: null,
    published: null,
    published_on_or_after: null,
    wire: [],
    language: 'en',
    duplicate_of: null,
    messages: [],
    ...over,
  };
}

/** The date an article's relative expressions are resolved against. */
export function referenceDate(article: Pick<Article, 'published' | 'published_on_or_after'>): string | null {
  return article.published ?? article.published_on_or_after ?? null;
}

/**
 * Layers the article stages build for themselves and nothing after them reads: they are not
 * stored and not passed back from a worker thread. The tokens are three quarters of an analysed
 * article's size (about 40 KB of 57 KB for a news article) and are rebuilt from the text by the
 * text stage whenever needed.
 */
export const DERIVED_LAYERS = ['tokens'] as const;

/** The article without its derived layers: what is stored and what crosses threads. */
export function withoutDerivedLayers(article: Article): Article {
  const out = { ...article } as Record<string, unknown>;
  for (const key of DERIVED_LAYERS) delete out[key];
  return out as unknown as Article;
}
