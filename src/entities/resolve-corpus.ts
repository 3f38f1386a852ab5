/**
 * Entities across articles. Organisations, groups and media fuse by key (ministry domain and
 * country, organisation name, acronym expansion). People fuse by transliteration-insensitive
 * surname when their first names are compatible and their sides do not conflict; a surname
 * alone joins the one full name it can; a loose spelling (Hanshenko / Hanchenko) needs the same
 * first name or the same side. Every claim's speaker is rewritten to the corpus entity id.
 */
import { hashId } from '../hash-id.js';
import type { Article, Corpus, Entity, Side } from '../model.js';
import { compatibleFirst, looseKey, nameKey } from './name-key.js';
import { orgKey } from './recognise.js';
import { personKeys } from './resolve-article.js';
import { possessiveRoleSides } from './sides/possessive-role.js';

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

/**
 * The person groups made so far, in the order they were made, reachable by the key of their
 * surname and by its loose key: a mention is compared with the groups sharing its surname's key,
 * not with every person of the corpus (which made fusion quadratic in the store's size). Each
 * lookup gives the groups in creation order, so the first that fits is the one a scan of all
 * groups would find.
 */
class PersonGroups {
  private readonly bySurname = new Map<string, Group[]>();
  private readonly byLoose = new Map<string, Group[]>();

  add(g: Group): void {
    // a group without a surname is never matched (as before: `p.last &&` guarded every test)
    if (!g.last) return;
    const push = (index: Map<string, Group[]>, key: string) => {
      const list = index.get(key);
      if (list) list.push(g);
      else index.set(key, [g]);
    };
    push(this.bySurname, nameKey(g.last));
    push(this.byLoose, looseKey(g.last));
  }

  sameSurname(last: string): Group[] {
    return this.bySurname.get(nameKey(last)) ?? [];
  }

  looseSurname(last: string): Group[] {
    return this.byLoose.get(looseKey(last)) ?? [];
  }
}

export function fuseEntities(entities: Entity[]): { entities: Entity[]; idOf: Map<string, string> } {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const people = entities.filter((e) => e.type === 'person');
  // full names first, then surnames alone, so a surname can find its one full name
  const full = people.filter((e) => personKeys(e).first);
  const bare = people.filter((e) => !personKeys(e).first);
  const personGroups = new PersonGroups();
  const newPerson = (last: string, first: string | null, side: Side | null): Group => {
    const g: Group = { type: 'person', key: '', members: [], last, first, side };
    personGroups.add(g);
    groups.push(g);
    return g;
  };
  for (const e of full) {
    const { first, last } = personKeys(e);
    let g = personGroups
      .sameSurname(last)
      .find((p) => compatibleFirst(p.first, first) && sidesCompatible(p.side, e.side));
    // a loose surname match needs the same first name (by key) and no conflicting side
    g ??= personGroups
      .looseSurname(last)
      .find((p) => p.first && first && nameKey(p.first) === nameKey(first) && sidesCompatible(p.side, e.side));
    g ??= newPerson(last, first, e.side);
    g.members.push(e);
    g.side ??= e.side;
  }
  for (const e of bare) {
    const { last } = personKeys(e);
    let cands = personGroups.sameSurname(last).filter((p) => sidesCompatible(p.side, e.side));
    if (cands.length === 0)
      cands = personGroups.looseSurname(last).filter((p) => p.first && p.side && p.side === e.side);
    const g: Group = cands.length === 1 ? cands[0] : newPerson(last, null, e.side);
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

/** The corpus's entities, and which of them each article's own entity (by its id) became. */
export interface CorpusEntities {
  entities: Entity[];
  idOf: Map<string, string>;
  byId: Map<string, Entity>;
}

/**
 * Fuses every article's entities into the corpus's. Reads nothing of the articles but their
 * entities (the sides their places give officials were set by the article stages), so the store
 * can hand in the entities alone.
 */
export function corpusEntities(articles: Pick<Article, 'entities'>[]): CorpusEntities {
  const fused = fuseEntities(articles.flatMap((a) => a.entities ?? []));
  // "X's envoy" once X's side is known across the corpus
  const entities = possessiveRoleSides(fused.entities);
  return { entities, idOf: fused.idOf, byId: new Map(entities.map((e) => [e.id, e])) };
}

/** The article with each claim's speaker pointed at the corpus entity its own entity became. */
export function withCorpusSpeakers(a: Article, resolved: CorpusEntities): Article {
  if (!a.claims?.length) return a;
  let changed = false;
  const claims = a.claims.map((c) => {
    if (!c.speaker?.entity) return c;
    const id = resolved.idOf.get(c.speaker.entity);
    const e = id ? resolved.byId.get(id) : undefined;
    if (!e) return c;
    const speaker = { entity: e.id, canonical: e.canonical, side: e.side ?? c.speaker.side };
    const same =
      speaker.entity === c.speaker.entity &&
      speaker.canonical === c.speaker.canonical &&
      speaker.side === c.speaker.side &&
      // the same keys in the same order, so that the stored JSON is the same bytes
      Object.keys(c.speaker).join() === 'entity,canonical,side';
    if (same) return c;
    changed = true;
    return { ...c, speaker };
  });
  // an article whose speakers were already the corpus's is handed back as it was: the store
  // then knows at a glance that nothing of it needs saving again
  return changed ? { ...a, claims } : a;
}

/** Corpus stage: fuses every article's entities and points each claim's speaker at the fused entity. */
export function resolveEntities(corpus: Corpus): Corpus {
  const resolved = corpusEntities(corpus.articles);
  return {
    ...corpus,
    articles: corpus.articles.map((a) => withCorpusSpeakers(a, resolved)),
    entities: resolved.entities,
  };
}
