import type { Article } from '../model.js';

/**
 * Which articles are one source: linked as near-duplicates (`duplicate_of`), from the same
 * outlet, or a wire copy (an article with no outlet of its own that credits a wire agency) and
 * any article crediting the same agency (an outlet's story "with AFP" and an AFP copy may carry
 * the same wire text). Two outlets that both cite Reuters stay two sources: citing is not
 * copying. An article with neither outlet nor wire is its own source.
 */
/**
 * How a source is named in `outlets`: its outlet, else the wire it copies, else the file it came
 * from ("unnamed source (roundup.txt)"), so that every independent source counted in
 * corroboration is listed by a name a reader can find.
 */
export function sourceLabel(a: Article): string {
  if (a.outlet?.trim()) return a.outlet.trim();
  if (a.wire?.length) return a.wire.join('/');
  return `unnamed source (${a.path.split(/[\\/]/u).pop() || a.id})`;
}

export class SourceGroups {
  private parent = new Map<string, string>();
  private reasons = new Map<string, string>();

  constructor(articles: Article[]) {
    const byOutlet = new Map<string, string>();
    const wireCopy = new Map<string, string>();
    for (const a of articles) this.parent.set(a.id, a.id);
    for (const a of articles) {
      if (a.outlet?.trim()) continue;
      for (const w of a.wire ?? []) {
        const key = w.trim().toUpperCase();
        const other = wireCopy.get(key);
        if (other) this.union(a.id, other, `both copy ${key}`);
        else wireCopy.set(key, a.id);
      }
    }
    for (const a of articles) {
      if (a.duplicate_of && this.parent.has(a.duplicate_of)) this.union(a.id, a.duplicate_of, 'near-duplicate');
      const outlet = a.outlet?.trim().toLowerCase();
      if (outlet) {
        const other = byOutlet.get(outlet);
        if (other) this.union(a.id, other, `same outlet (${a.outlet})`);
        else byOutlet.set(outlet, a.id);
      }
      for (const w of a.wire ?? []) {
        const copy = wireCopy.get(w.trim().toUpperCase());
        if (copy && copy !== a.id) this.union(a.id, copy, `wire copy`);
      }
    }
  }

  root(id: string): string {
    let r = id;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    // path compression: the roots stay what they are, and a thousand articles of one outlet are
    // not a chain walked a thousand times
    for (let x = id; x !== r;) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }

  private union(a: string, b: string, why: string): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
    this.reasons.set(`${a}|${b}`, why);
  }

  /** The independent sources among some articles, and a sentence saying which were merged and why. */
  count(articles: Article[]): { corroboration: number; basis: string } {
    const groups = new Map<string, Article[]>();
    for (const a of articles) {
      const r = this.root(a.id);
      const members = groups.get(r);
      if (members) members.push(a);
      else groups.set(r, [a]);
    }
    const merged: string[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const names = members.map(
        (m) => m.outlet ?? (m.wire?.length ? `an unsigned ${m.wire[0].toUpperCase()} copy` : sourceLabel(m)),
      );
      const why = new Set<string>();
      for (const m of members) {
        if (m.duplicate_of && members.some((o) => o.id === m.duplicate_of)) why.add('near-duplicate');
        for (const w of m.wire ?? [])
          if (!m.outlet && members.filter((o) => o.wire?.some((x) => x.toUpperCase() === w.toUpperCase())).length > 1)
            why.add(`both carry ${w.toUpperCase()} copy`);
        if (m.outlet && members.filter((o) => o.outlet === m.outlet).length > 1) why.add(`same outlet`);
      }
      merged.push(`${names.join(' and ')} count once (${[...why].join(', ')})`);
    }
    const n = groups.size;
    const sources = `${n} independent source${n === 1 ? '' : 's'}`;
    // a source alone in its group with no outlet and no wire still counts: say so, naming it
    const unnamed = [...groups.values()]
      .filter((m) => m.length === 1 && !m[0].outlet?.trim() && !m[0].wire?.length)
      .map((m) => sourceLabel(m[0]));
    const own = unnamed.length
      ? `${unnamed.join(', ')} ${unnamed.length === 1 ? 'has' : 'have'} no outlet and count${unnamed.length === 1 ? 's' : ''} as ${unnamed.length === 1 ? 'its' : 'their'} own`
      : '';
    const notes = [...merged, ...(own ? [own] : [])];
    const basis =
      n === articles.length
        ? `${sources}${own ? `; ${own}` : ''}`
        : `${sources} among ${articles.length} articles${notes.length ? `: ${notes.join('; ')}` : ''}`;
    return { corroboration: n, basis };
  }
}
