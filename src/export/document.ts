/**
 * The export document: what the store holds, in the shape the JSON, JSON Lines and server
 * consumers read. One function of a Corpus; every list in a deterministic order.
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

interface ExportEntity {
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

interface ExportDocument {
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

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/** The places a layer of the articles names (toponyms, or demonyms), each with the spellings met. */
export function places(articles: Article[], layer: 'toponyms' | 'demonyms' = 'toponyms'): ExportPlace[] {
  const found = new Map<number, ExportPlace>();
  for (const a of articles) {
    for (const t of a[layer] ?? []) {
      if (!t.place) continue;
      let place = found.get(t.place.geonameid);
      if (!place) {
        place = { ...t.place, articles: [] };
        found.set(t.place.geonameid, place);
      }
      let entry = place.articles.find((e) => e.article === a.id);
      if (!entry) {
        entry = { article: a.id, file: a.path, surfaces: [] };
        place.articles.push(entry);
      }
      if (!entry.surfaces.includes(t.text)) entry.surfaces.push(t.text);
    }
  }
  for (const p of found.values()) {
    p.articles.sort((x, y) => byString(x.file, y.file) || byString(x.article, y.article));
    for (const e of p.articles) e.surfaces.sort(byString);
  }
  return [...found.values()].sort((x, y) => byString(x.name, y.name) || x.geonameid - y.geonameid);
}

/** Corpus-level entities when that stage has run; otherwise each article's own, once per id. */
export function entities(corpus: Corpus): ExportEntity[] {
  const source = corpus.entities.length ? corpus.entities : corpus.articles.flatMap((a) => a.entities ?? []);
  const seen = new Map<string, ExportEntity>();
  for (const e of source) {
    if (!seen.has(e.id))
      seen.set(e.id, {
        id: e.id,
        type: e.type,
        canonical: e.canonical,
        variants: e.variants,
        side: e.side,
        side_evidence: e.sideEvidence ?? null,
      });
  }
  return [...seen.values()].sort((x, y) => byString(x.id, y.id));
}

/** Corpus checks and the checks stored on articles, once per id, in text order. */
export function allChecks(corpus: Corpus): Check[] {
  const seen = new Map<string, Check>();
  for (const c of [...corpus.checks, ...corpus.articles.flatMap((a) => a.checks ?? [])]) {
    if (!seen.has(c.id)) seen.set(c.id, c);
  }
  return [...seen.values()];
}

export function toDocument(corpus: Corpus): ExportDocument {
  const articles = [...corpus.articles].sort((x, y) => byString(x.path, y.path) || byString(x.id, y.id));
  const pathOf = new Map(articles.map((a) => [a.id, a.path]));
  const checks = allChecks(corpus)
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
    .sort((x, y) => byString(x.file, y.file) || x.span.start - y.span.start || byString(x.id, y.id));
  const checksOf = new Map<string, string[]>();
  for (const c of allChecks(corpus)) {
    if (!c.eventId) continue;
    checksOf.set(c.eventId, [...(checksOf.get(c.eventId) ?? []), c.id].sort(byString));
  }
  return {
    articles: articles.map(exportArticle),
    places: places(articles),
    demonyms: places(articles, 'demonyms'),
    entities: entities(corpus),
    claims: articles.flatMap((a) => (a.claims ?? []).map((c) => ({ file: a.path, article: a.id, ...c }))),
    events: [...corpus.events]
      .sort((x, y) => byString(x.date ?? '', y.date ?? '') || byString(x.id, y.id))
      .map((e) => ({ ...e, checks: checksOf.get(e.id) ?? [] })),
    non_events: articles.flatMap((a) =>
      [...(a.nonEvents ?? [])]
        .sort((x, y) => x.trigger.start - y.trigger.start || byString(x.id, y.id))
        .map((n) => ({ file: a.path, article: a.id, ...n })),
    ),
    disputes: [...corpus.disputes]
      .sort((x, y) => byString(x.id, y.id))
      .map((d) => ({ id: d.id, kind: d.kind, topic: d.topic, claims: d.claims })),
    checks,
  };
}
