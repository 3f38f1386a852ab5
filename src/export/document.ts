/**
 * The export document: what the store holds, in the shape the JSON, JSON Lines and server
 * consumers read, every list in a deterministic order. Written list by list as the corpus is
 * read (./source.ts): what a list needs from lists written before it (the places, the checks)
 * is gathered while those are read, so only that is held, never the corpus.
 */
import type {
  Article,
  Check,
  Claim,
  Corpus,
  Dispute,
  DisputeClaim,
  Entity,
  FusedEvent,
  NonEvent,
  Place,
  Span,
} from '../model.js';
import { byString, collect, corpusSource, each, type CorpusSource } from './source.js';

interface ExportArticle {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  published_on_or_after: string | null;
  wire: string[];
  language: string | null;
  duplicate_of: string | null;
  /** the conflict profile the article was read with (profiles/*.json, or 'generic') */
  profile: string | null;
}

interface ExportPlace extends Place {
  /** per article, the spellings the place was met under */
  articles: { article: string; file: string; surfaces: string[] }[];
}

export interface ExportEntity {
  id: string;
  type: Entity['type'];
  canonical: string;
  variants: string[];
  side: Entity['side'];
  /** the words that support the side */
  side_evidence: string | null;
}

type ExportClaim = { file: string; article: string } & Claim;

type ExportEvent = FusedEvent & { checks: string[] };

/** A sentence that names an event its words do not assert, with the reason (see src/events/factuality.ts). */
type ExportNonEvent = { file: string; article: string } & NonEvent;

interface ExportDispute {
  id: string;
  kind: Dispute['kind'];
  topic: string;
  claims: DisputeClaim[];
}

interface ExportCheck {
  id: string;
  kind: Check['kind'];
  file: string;
  span: Span;
  stated: string;
  computed: string | null;
  verdict: Check['verdict'];
  explanation: string;
}

export interface ExportDocument {
  articles: ExportArticle[];
  places: ExportPlace[];
  /** the countries and regions named by a demonym ("Scottish", "Crimean"): whose side, not where */
  demonyms: ExportPlace[];
  entities: ExportEntity[];
  claims: ExportClaim[];
  events: ExportEvent[];
  /** triggers not coded as events: history, plans, conditions, denials, habits, each with its reason */
  non_events: ExportNonEvent[];
  disputes: ExportDispute[];
  checks: ExportCheck[];
}

function exportArticle(a: Article): ExportArticle {
  return {
    id: a.id,
    path: a.path,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    published_on_or_after: a.published_on_or_after,
    wire: a.wire,
    language: a.language,
    duplicate_of: a.duplicate_of,
    profile: a.profile?.id ?? null,
  };
}

function exportEntity(e: Entity): ExportEntity {
  return {
    id: e.id,
    type: e.type,
    canonical: e.canonical,
    variants: e.variants,
    side: e.side,
    side_evidence: e.sideEvidence ?? null,
  };
}

/** The places a layer of the articles names (toponyms, or demonyms), each with the spellings met. */
class Places {
  private readonly found = new Map<number, ExportPlace>();
  constructor(private readonly layer: 'toponyms' | 'demonyms') {}

  add(a: Article): void {
    for (const t of a[this.layer] ?? []) {
      if (!t.place) continue;
      let place = this.found.get(t.place.geonameid);
      if (!place) {
        place = { ...t.place, articles: [] };
        this.found.set(t.place.geonameid, place);
      }
      let entry = place.articles.find((e) => e.article === a.id);
      if (!entry) {
        entry = { article: a.id, file: a.path, surfaces: [] };
        place.articles.push(entry);
      }
      if (!entry.surfaces.includes(t.text)) entry.surfaces.push(t.text);
    }
  }

  sorted(): ExportPlace[] {
    for (const p of this.found.values()) {
      p.articles.sort((x, y) => byString(x.file, y.file) || byString(x.article, y.article));
      for (const e of p.articles) e.surfaces.sort(byString);
    }
    return [...this.found.values()].sort((x, y) => byString(x.name, y.name) || x.geonameid - y.geonameid);
  }
}

/** Once per id: of records sharing one in a list sorted by id, the first. */
async function* firstOfEachId<T extends { id: string }>(items: AsyncIterable<T>): AsyncGenerator<T> {
  let last: string | undefined;
  for await (const item of items) {
    if (item.id === last) continue;
    last = item.id;
    yield item;
  }
}

async function isEmpty(items: AsyncIterable<unknown>): Promise<boolean> {
  const it = items[Symbol.asyncIterator]();
  const first = await it.next();
  await it.return?.();
  return first.done === true;
}

async function* mapEach<T, U>(items: AsyncIterable<T>, f: (item: T) => U[]): AsyncGenerator<U> {
  for await (const item of items) yield* f(item);
}

/** Of checks sharing an id, the first. */
function onceEach(checks: Check[]): Check[] {
  const seen = new Map<string, Check>();
  for (const c of checks) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}

/** Corpus checks, then the checks stored on articles (in article order), once per id. */
export async function allChecks(source: CorpusSource): Promise<Check[]> {
  const checks = await collect(source.checks());
  for await (const a of source.articles()) checks.push(...(a.checks ?? []));
  return onceEach(checks);
}

type Section = { [K in keyof ExportDocument]: [K, AsyncIterable<ExportDocument[K][number]>] }[keyof ExportDocument];

/**
 * The document's lists in order, each read from the source as its items are taken: take every
 * item of one list before asking for the next (a later list is made from what the earlier were
 * read with). The articles are read three times (articles, claims, non-events), never held.
 */
export async function* documentSections(source: CorpusSource): AsyncGenerator<Section> {
  // the corpus checks first: only the paths of the articles they name are kept (not every article's)
  const corpusChecks = await collect(source.checks());
  const checkedArticles = new Set(corpusChecks.map((c) => c.articleId));
  const pathOf = new Map<string, string>();
  const toponyms = new Places('toponyms');
  const demonyms = new Places('demonyms');
  // corpus-level entities when that stage has run; otherwise each article's own
  const corpusEntities = !(await isEmpty(source.entities()));
  const articleEntities: Entity[] = [];
  const articleChecks: Check[] = [];
  yield [
    'articles',
    mapEach(source.articles(), (a) => {
      if (checkedArticles.has(a.id) || a.checks?.length) pathOf.set(a.id, a.path);
      toponyms.add(a);
      demonyms.add(a);
      if (!corpusEntities) articleEntities.push(...(a.entities ?? []));
      articleChecks.push(...(a.checks ?? []));
      return [exportArticle(a)];
    }),
  ];
  yield ['places', each(toponyms.sorted())];
  yield ['demonyms', each(demonyms.sorted())];
  const entities = corpusEntities ? source.entities() : each([...articleEntities].sort((x, y) => byString(x.id, y.id)));
  yield ['entities', mapEach(firstOfEachId(entities), (e) => [exportEntity(e)])];
  yield [
    'claims',
    mapEach(source.articles(), (a) => (a.claims ?? []).map((c) => ({ file: a.path, article: a.id, ...c }))),
  ];
  const checks = onceEach([...corpusChecks, ...articleChecks]);
  const checksOf = new Map<string, string[]>();
  for (const c of checks) {
    if (!c.eventId) continue;
    const ids = checksOf.get(c.eventId) ?? [];
    ids.push(c.id);
    checksOf.set(c.eventId, ids);
  }
  for (const ids of checksOf.values()) ids.sort(byString);
  yield ['events', mapEach(source.events('date'), (e) => [{ ...e, checks: checksOf.get(e.id) ?? [] }])];
  yield [
    'non_events',
    mapEach(source.articles(), (a) =>
      [...(a.nonEvents ?? [])]
        .sort((x, y) => x.trigger.start - y.trigger.start || byString(x.id, y.id))
        .map((n) => ({ file: a.path, article: a.id, ...n })),
    ),
  ];
  yield ['disputes', mapEach(source.disputes(), (d) => [{ id: d.id, kind: d.kind, topic: d.topic, claims: d.claims }])];
  yield [
    'checks',
    each(
      checks
        .map((c): ExportCheck => ({
          id: c.id,
          kind: c.kind,
          file: pathOf.get(c.articleId) ?? '',
          span: c.span,
          stated: c.stated,
          computed: c.computed,
          verdict: c.verdict,
          explanation: c.explanation,
        }))
        .sort((x, y) => byString(x.file, y.file) || x.span.start - y.span.start || byString(x.id, y.id)),
    ),
  ];
}

/** The whole document of a corpus in memory. */
export async function toDocument(corpus: Corpus): Promise<ExportDocument> {
  const doc: Partial<Record<keyof ExportDocument, unknown[]>> = {};
  for await (const [name, items] of documentSections(corpusSource(corpus)))
    doc[name] = await collect(items as AsyncIterable<unknown>);
  return doc as unknown as ExportDocument;
}
