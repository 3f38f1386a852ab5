/**
 * The annotated spans of an article, each with links to what it fed: a toponym to its place and
 * the events anchored on it, a quantity to its claim and the disputes and checks that use it,
 * a speaker to the entity, a trigger to its fused event; a trigger that was not coded (a promise, a
 * past war, a denial) says why. The page draws them as highlights.
 */
import type { Article } from '../model.js';
import { overlaps, within, type CorpusView } from './view.js';

type AnnotationKind =
  'toponym' | 'entity' | 'quantity' | 'timex' | 'source' | 'cue' | 'content' | 'trigger' | 'non_event' | 'check';

export interface Link {
  kind: 'event' | 'place' | 'entity' | 'claim' | 'dispute' | 'check';
  id: string;
  label: string;
}

export interface Annotation {
  start: number;
  end: number;
  kind: AnnotationKind;
  label: string;
  links: Link[];
}

// per view and article: an event's reports often share articles, and views are rebuilt, never mutated
const cache = new WeakMap<CorpusView, WeakMap<Article, Annotation[]>>();

export function annotate(view: CorpusView, article: Article): Annotation[] {
  let byArticle = cache.get(view);
  if (!byArticle) cache.set(view, (byArticle = new WeakMap()));
  let hit = byArticle.get(article);
  if (!hit) byArticle.set(article, (hit = annotateArticle(view, article)));
  return hit;
}

function annotateArticle(view: CorpusView, article: Article): Annotation[] {
  const out: Annotation[] = [];
  const mentions = article.events ?? [];
  const claims = article.claims ?? [];
  const checks = view.allChecks().filter((c) => c.articleId === article.id);
  const disputes = view.corpus.disputes.filter((d) => d.claims.some((c) => c.articleId === article.id));

  const eventLink = (mentionId: string): Link | null => {
    const id = view.eventOfMention.get(mentionId);
    if (!id) return null;
    const e = view.events.get(id)!.event;
    return {
      kind: 'event',
      id,
      label: `${e.sub_event_type}${e.location ? ` — ${e.location}` : ''}${e.date ? `, ${e.date}` : ''}`,
    };
  };
  const disputeLinks = (span: { start: number; end: number }, claimId: string | null): Link[] =>
    disputes
      .filter((d) =>
        d.claims.some(
          (c) => c.articleId === article.id && ((claimId && c.claimId === claimId) || overlaps(c.span, span)),
        ),
      )
      .map((d) => ({ kind: 'dispute' as const, id: d.id, label: `${d.kind}: ${d.topic}` }));
  const checkLinks = (span: { start: number; end: number }): Link[] =>
    checks
      .filter((c) => overlaps(c.span, span))
      .map((c) => ({ kind: 'check' as const, id: c.id, label: `${c.kind} check: ${c.verdict}` }));
  const claimOf = (span: { start: number; end: number }) =>
    claims.find(
      (c) =>
        within(span, c.content) ||
        (c.source && within(span, c.source)) ||
        c.quantities.some((q) => q.start === span.start && q.end === span.end),
    );
  const compact = (links: (Link | null)[]): Link[] => {
    const seen = new Set<string>();
    return links.filter((l): l is Link => {
      if (!l || seen.has(`${l.kind}:${l.id}`)) return false;
      seen.add(`${l.kind}:${l.id}`);
      return true;
    });
  };

  for (const t of article.toponyms ?? []) {
    const events = mentions
      .filter((m) => m.location && m.location.start === t.start && m.location.end === t.end)
      .map((m) => eventLink(m.id));
    out.push({
      start: t.start,
      end: t.end,
      kind: 'toponym',
      label: t.place
        ? `${t.place.name} (${t.place.feature}, ${t.place.country}) — GeoNames ${t.place.geonameid}, confidence ${t.confidence.toFixed(2)}`
        : `unresolved place name (confidence ${t.confidence.toFixed(2)})`,
      links: compact([
        t.place ? { kind: 'place', id: String(t.place.geonameid), label: t.place.name } : null,
        ...events,
        ...checkLinks(t),
      ]),
    });
  }
  for (const e of article.entities ?? []) {
    for (const m of e.mentions) {
      out.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        label: `${e.canonical} (${e.type}${e.side ? `, ${e.side}` : ''})`,
        links: [{ kind: 'entity', id: e.id, label: e.canonical }],
      });
    }
  }
  for (const q of article.quantities ?? []) {
    const claim = claimOf(q);
    out.push({
      start: q.start,
      end: q.end,
      kind: 'quantity',
      label: `${q.qualifier ? `${q.qualifier} ` : ''}${q.value} ${q.unit} = ${round(q.si_value)} ${q.si_unit}${q.counts ? ` (${q.counts})` : ''}`,
      links: compact([
        claim ? { kind: 'claim', id: claim.id, label: claim.speaker?.canonical ?? 'unattributed claim' } : null,
        ...disputeLinks(q, claim?.id ?? null),
        ...checkLinks(q),
      ]),
    });
  }
  for (const t of article.timexes ?? []) {
    const events = mentions.filter((m) => overlaps(m.sentence, t) && m.date === t.date).map((m) => eventLink(m.id));
    out.push({
      start: t.start,
      end: t.end,
      kind: 'timex',
      label: `${t.date}${t.endDate ? ` to ${t.endDate}` : ''} (precision: ${t.precision})`,
      links: compact(events),
    });
  }
  for (const c of claims) {
    const speaker = c.speaker?.canonical ?? null;
    const claimLink: Link = { kind: 'claim', id: c.id, label: speaker ?? 'unattributed claim' };
    const events = mentions.filter((m) => m.claimId === c.id).map((m) => eventLink(m.id));
    if (c.source) {
      out.push({
        start: c.source.start,
        end: c.source.end,
        kind: 'source',
        label: `source: ${speaker ?? c.source.text}${c.speaker?.side ? ` (${c.speaker.side})` : ''}`,
        links: compact([
          claimLink,
          c.speaker?.entity ? { kind: 'entity', id: c.speaker.entity, label: speaker ?? c.speaker.entity } : null,
        ]),
      });
    }
    if (c.cue) {
      out.push({ start: c.cue.start, end: c.cue.end, kind: 'cue', label: `cue (${c.kind})`, links: [claimLink] });
    }
    out.push({
      start: c.content.start,
      end: c.content.end,
      kind: 'content',
      label: `content of a claim by ${speaker ?? 'an unnamed source'}${c.hedge ? ` — ${c.hedge}` : ''}`,
      links: compact([claimLink, ...events, ...disputeLinks(c.content, c.id), ...checkLinks(c.content)]),
    });
  }
  for (const m of mentions) {
    out.push({
      start: m.trigger.start,
      end: m.trigger.end,
      kind: 'trigger',
      label: `${m.event_type} / ${m.sub_event_type}`,
      links: compact([eventLink(m.id)]),
    });
  }
  // a sentence that names an event without reporting it: shown with the reason it was not coded
  for (const x of article.nonEvents ?? []) {
    out.push({
      start: x.trigger.start,
      end: x.trigger.end,
      kind: 'non_event',
      label: `not coded as ${x.event_type} / ${x.sub_event_type}: ${x.reason}${x.cue ? ` (“${x.cue}”)` : ''}`,
      links: [],
    });
  }
  for (const c of checks) {
    out.push({
      start: c.span.start,
      end: c.span.end,
      kind: 'check',
      label: `${c.kind} check: ${c.verdict} — ${c.explanation}`,
      links: [{ kind: 'check', id: c.id, label: `${c.kind}: ${c.verdict}` }],
    });
  }
  const n = article.text.length;
  return out
    .filter((a) => a.start >= 0 && a.end <= n && a.start < a.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
