/**
 * Entities across articles. Organisations, groups and media fuse by key (ministry domain and
 * country, organisation name, acronym expansion). People fuse by transliteration-insensitive
 * surname when their first names are compatible and their sides do not conflict; a surname
 * alone joins the one full name it can; a loose spelling (Hanshenko / Hanchenko) needs the same
 * first name or the same side. Every claim's speaker is rewritten to the corpus entity id.
 */
import { hashId } from '../hash-id.js';
import { placeMentions, type Article, type Corpus, type Entity, type Side } from '../model.js';
import { compatibleFirst, looseKey, nameKey } from './name-key.js';
import { orgKey } from './recognise.js';
import { personKeys } from './resolve-article.js';
import { possessiveRoleSides } from './sides/possessive-role.js';
import { territorialSides } from './sides/territorial.js';

interface Group {
  type: Entity['type'];
  key: string;
  members: Entity[];
  last: string | null;
  first: string | null;
  side: Side | null;
}

function stableId(type: string, key: string): string {
  return 'ent-' + hashId([type, key], 12, '|');
}

function sidesCompatible(a: Side | null, b: Side | null): boolean {
  return !a || !b || a === b;
}

function entityKey(e: Entity): string {
  if (e.type === 'media') return `media|${e.canonical.toLowerCase()}`;
  if (/^(?:[A-Z][a-z]+ |U\.S\. )?Ministry of /.test(e.canonical)) return `ministry|${e.canonical.toLowerCase()}`;
  return orgKey(e.canonical);
}

export function fuseEntities(entities: Entity[]): { entities: Entity[]; idOf: Map<string, string> } {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const people = entities.filter((e) => e.type === 'person');
  // full names first, then surnames alone, so a surname can find its one full name
  const full = people.filter((e) => personKeys(e).first);
  const bare = people.filter((e) => !personKeys(e).first);
  const personGroups: Group[] = [];
  for (const e of full) {
    const { first, last } = personKeys(e);
    const sk = nameKey(last);
    let g = personGroups.find(
      (p) => p.last && nameKey(p.last) === sk && compatibleFirst(p.first, first) && sidesCompatible(p.side, e.side),
    );
    // a loose surname match needs the same first name (by key) and no conflicting side
    g ??= personGroups.find(
      (p) =>
        p.last &&
        looseKey(p.last) === looseKey(last) &&
        p.first &&
        first &&
        nameKey(p.first) === nameKey(first) &&
        sidesCompatible(p.side, e.side),
    );
    if (!g) {
      g = { type: 'person', key: '', members: [], last, first, side: e.side };
      personGroups.push(g);
      groups.push(g);
    }
    g.members.push(e);
    g.side ??= e.side;
  }
  for (const e of bare) {
    const { last } = personKeys(e);
    const sk = nameKey(last);
    let cands = personGroups.filter((p) => p.last && nameKey(p.last) === sk && sidesCompatible(p.side, e.side));
    if (cands.length === 0)
      cands = personGroups.filter(
        (p) => p.first && p.last && looseKey(p.last) === looseKey(last) && p.side && p.side === e.side,
      );
    let g: Group | undefined = cands.length === 1 ? cands[0] : undefined;
    if (!g) {
      g = { type: 'person', key: '', members: [], last, first: null, side: e.side };
      personGroups.push(g);
      groups.push(g);
    }
    g.members.push(e);
    g.side ??= e.side;
  }
  for (const e of entities) {
    if (e.type === 'person') continue;
    const key = entityKey(e);
    let g = byKey.get(key);
    if (!g) {
      g = { type: e.type, key, members: [], last: null, first: null, side: e.side };
      byKey.set(key, g);
      groups.push(g);
    }
    g.members.push(e);
  }

  const out: Entity[] = [];
  const idOf = new Map<string, string>();
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const m of g.members) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    let canonical = g.members[0].canonical;
    for (const [c, n] of counts) {
      const best = counts.get(canonical) ?? 0;
      if (n > best || (n === best && g.type === 'person' && c.split(' ').length > canonical.split(' ').length))
        canonical = c;
    }
    const key = g.type === 'person' ? `person|${nameKey(canonical)}` : g.key;
    const id = stableId(g.type, key);
    // the side most members support; ties go to the first
    const sideVotes = new Map<Side, number>();
    for (const m of g.members) if (m.side) sideVotes.set(m.side, (sideVotes.get(m.side) ?? 0) + 1);
    let side: Side | null = null;
    for (const [s, n] of sideVotes) if (!side || n > (sideVotes.get(side) ?? 0)) side = s;
    const evidence = g.members.find((m) => m.side === side)?.sideEvidence ?? null;
    out.push({
      id,
      type: g.type,
      canonical,
      variants: [...new Set(g.members.flatMap((m) => m.variants))],
      side,
      sideEvidence: evidence,
      role: g.members.find((m) => m.role)?.role ?? null,
      mentions: g.members.flatMap((m) => m.mentions),
    });
    for (const m of g.members) idOf.set(m.id, id);
  }
  return { entities: out, idOf };
}

/** Corpus stage: fuses every article's entities and points each claim's speaker at the fused entity. */
export function resolveEntities(corpus: Corpus): Corpus {
  // the toponym layer tells which state an official's place belongs to
  const placed = corpus.articles.map((a) =>
    a.entities?.length && (a.toponyms?.length || a.demonyms?.length)
      ? {
          ...a,
          entities: territorialSides(a.entities, { text: a.text, toponyms: placeMentions(a), sentences: a.sentences }),
        }
      : a,
  );
  const all = placed.flatMap((a) => a.entities ?? []);
  const fused = fuseEntities(all);
  const { idOf } = fused;
  // "X's envoy" once X's side is known across the corpus
  const entities = possessiveRoleSides(fused.entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const articles: Article[] = placed.map((a) => {
    if (!a.claims?.length) return a;
    return {
      ...a,
      claims: a.claims.map((c) => {
        if (!c.speaker?.entity) return c;
        const id = idOf.get(c.speaker.entity);
        const e = id ? byId.get(id) : undefined;
        if (!e) return c;
        return { ...c, speaker: { entity: e.id, canonical: e.canonical, side: e.side ?? c.speaker.side } };
      }),
    };
  });
  return { ...corpus, articles, entities };
}
