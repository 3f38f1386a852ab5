/**
 * Entities within one article: mentions become entities. A surname alone joins the full name it
 * shortens (Hanchenko → Vitaliy Hanchenko), a loose spelling joins only the one candidate it can
 * (Hanshenko → Vitaly Hanchenko); a bare "Defense Ministry" joins the ministry the article names
 * with its country; acronyms join their expansion. Sides come from the words around each mention.
 */
import type { Entity, Side } from '../model.js';
import { compatibleFirst, looseKey, nameKey } from './name-key.js';
import type { Mention } from './recognise.js';
import { sideOf } from './sides/index.js';
import { possessiveRoleSides } from './sides/possessive-role.js';

interface Cluster {
  type: Entity['type'];
  key: string;
  first: string | null;
  last: string | null;
  canonical: string;
  mentions: Mention[];
}

export function resolveArticleEntities(articleId: string, mentions: Mention[]): Entity[] {
  const clusters: Cluster[] = [];
  const people: Cluster[] = [];
  const byKey = new Map<string, Cluster>();

  // full names first, in text order
  for (const m of mentions) {
    if (m.type !== 'person' || !m.first || !m.last) continue;
    const sk = nameKey(m.last);
    let c = people.find((p) => p.last && nameKey(p.last) === sk && compatibleFirst(p.first, m.first ?? null));
    if (!c) {
      c = { type: 'person', key: `person|${sk}`, first: m.first, last: m.last, canonical: m.text, mentions: [] };
      people.push(c);
      clusters.push(c);
    }
    c.mentions.push(m);
  }
  // then surnames alone
  for (const m of mentions) {
    if (m.type !== 'person' || m.first || !m.last) continue;
    const sk = nameKey(m.last);
    let cands = people.filter((p) => p.last && nameKey(p.last) === sk);
    if (cands.length === 0) {
      const lk = looseKey(m.last);
      cands = people.filter((p) => p.first && p.last && looseKey(p.last) === lk);
    }
    if (cands.length === 1 || (cands.length > 1 && cands.every((c) => c === cands[0]))) {
      cands[0].mentions.push(m);
      continue;
    }
    if (cands.length > 1) {
      // the nearest full name before the mention
      const before = cands.filter((c) => c.mentions.some((x) => x.start < m.start));
      if (before.length) {
        before.sort(
          (a, b) => Math.max(...b.mentions.map((x) => x.start)) - Math.max(...a.mentions.map((x) => x.start)),
        );
        before[0].mentions.push(m);
        continue;
      }
    }
    if (m.key === 'candidate') continue; // a capitalised word, not shown to be a person
    const c: Cluster = {
      type: 'person',
      key: `person|${sk}`,
      first: null,
      last: m.last,
      canonical: m.text,
      mentions: [m],
    };
    people.push(c);
    clusters.push(c);
  }
  // bare ministries join the ministry of the same domain that names its country
  for (const m of mentions) {
    if (m.type === 'person' || !m.key) continue;
    let key = m.key;
    if (m.domain && !m.country) {
      const named = mentions.find((x) => x.domain === m.domain && x.country);
      if (named && named.key) key = named.key;
    }
    let c = byKey.get(key);
    if (!c) {
      c = { type: m.type, key, first: null, last: null, canonical: m.canonical ?? m.text, mentions: [] };
      if (m.domain && !m.country && key !== m.key)
        c.canonical = mentions.find((x) => x.key === key)?.canonical ?? c.canonical;
      byKey.set(key, c);
      clusters.push(c);
    }
    // an acronym's expansion is a better canonical than the acronym
    if (c.canonical === c.canonical.toUpperCase() && m.canonical && m.canonical !== m.canonical.toUpperCase())
      c.canonical = m.canonical;
    c.mentions.push(m);
  }

  const entities: Entity[] = [];
  clusters.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    let side: Side | null = null;
    let sideEvidence: string | null = null;
    for (const m of c.mentions) {
      if (m.knownSide) {
        side = m.knownSide;
        sideEvidence = `${m.text} (${m.canonical})`;
        break;
      }
      const s = sideOf(m.sideWords);
      if (s) {
        side = s.side;
        sideEvidence = s.evidence;
        break;
      }
    }
    // a full name's surname is a spelling the text uses too ("Antony Blinken" is also "Blinken")
    const variants = [
      ...new Set(c.mentions.flatMap((m) => (m.type === 'person' && m.first && m.last ? [m.text, m.last] : [m.text]))),
    ];
    let canonical = c.canonical;
    if (c.type === 'person') {
      // the longest full spelling
      canonical = variants.reduce((best, v) => (v.split(' ').length > best.split(' ').length ? v : best), variants[0]);
    } else if (c.key.startsWith('unit|')) {
      canonical = c.mentions[0].canonical ?? canonical;
      const core = c.key.slice(5);
      const word = c.mentions[0].text.split(/\s+/).find((w) => w.toLowerCase() === core);
      if (word) canonical = word;
    }
    entities.push({
      id: `${articleId}:e${entities.length + 1}`,
      type: c.type,
      canonical,
      variants,
      side,
      sideEvidence,
      role: c.mentions.find((m) => m.role)?.role ?? null,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
  }
  inheritRoleSides(entities);
  return possessiveRoleSides(entities);
}

/** "Defense Ministry spokesman Igor Petrenko": a person speaks for the organisation in their role. */
function inheritRoleSides(entities: Entity[]): void {
  const orgs = entities.filter((e) => e.type !== 'person' && e.side);
  for (const p of entities) {
    if (p.type !== 'person' || p.side || !p.role) continue;
    for (const m of p.mentions) {
      const org = orgs.find((o) =>
        o.mentions.some((om) => om.end <= m.start && m.start - om.end < 40 && p.role!.includes(om.text)),
      );
      if (org) {
        p.side = org.side;
        p.sideEvidence = `${p.role} (${org.canonical})`;
        break;
      }
    }
  }
}

/** The key a person entity resolves by across articles. */
export function personKeys(e: Entity): { last: string; first: string | null } {
  const full = e.variants.reduce(
    (best, v) => (v.split(' ').length > best.split(' ').length ? v : best),
    e.variants[0] ?? e.canonical,
  );
  const parts = full.split(/\s+/);
  return { last: parts[parts.length - 1], first: parts.length >= 2 ? parts[0] : null };
}
