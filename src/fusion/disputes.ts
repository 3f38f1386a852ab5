import { hashId } from '../hash-id.js';
import type { Article, ControlStatement, Dispute, DisputeClaim, ScaleStatement, Side } from '../model.js';
import { knowledge } from '../profiles/index.js';
import { dayNumber } from './cluster.js';

const hash = (...parts: string[]): string => hashId(parts);

/** The party a side's statements count for (an installed administration's are its patron's), from the profiles. */
function partyOf(side: Side | null): Side | null {
  return knowledge().partyOf(side);
}

/**
 * Contradictions about who holds a place: statements dated within a day of each other that give
 * it to different sides ("the town is under our control" vs "fully retaken"). Every statement
 * about the place in the days around is kept, one per article, speaker and holder, so a reader
 * sees a speaker reverse himself.
 */
export function controlDisputes(articles: Article[]): Dispute[] {
  const byPlace = new Map<number, { s: ControlStatement; a: Article }[]>();
  for (const a of articles)
    for (const s of a.holderClaims ?? []) {
      if (!s.place.place || !s.date) continue;
      const id = s.place.place.geonameid;
      const list = byPlace.get(id);
      if (list) list.push({ s, a });
      else byPlace.set(id, [{ s, a }]);
    }
  const out: Dispute[] = [];
  for (const list of byPlace.values()) {
    list.sort(
      (x, y) =>
        (x.s.date ?? '').localeCompare(y.s.date ?? '') ||
        x.a.id.localeCompare(y.a.id) ||
        x.s.span.start - y.s.span.start,
    );
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of list)
      for (const y of list) {
        if (x.s.holder === y.s.holder) continue;
        const dx = dayNumber(x.s.date, 0);
        const dy = dayNumber(y.s.date, 0);
        if (Math.abs(dx - dy) > 1) continue;
        lo = Math.min(lo, dx, dy);
        hi = Math.max(hi, dx, dy);
      }
    if (lo === Infinity) continue;
    const seen = new Set<string>();
    const claims: DisputeClaim[] = [];
    for (const { s, a } of list) {
      const d = dayNumber(s.date, 0);
      if (d < lo - 1 || d > hi + 1) continue;
      const key = `${a.id}|${s.speaker ?? ''}|${s.holder}`;
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push({
        articleId: a.id,
        path: a.path,
        claimId: s.claimId,
        speaker: s.speaker ?? s.speakerSide ?? a.outlet,
        date: s.date,
        span: s.span,
        holder: s.holder,
      });
    }
    const place = list[0].s.place.place!;
    const topic = `control of ${place.name}`;
    out.push({
      id: hash('contradiction', topic, ...claims.map((c) => `${c.articleId}:${c.span.start}`)),
      kind: 'contradiction',
      topic,
      claims,
      place,
    });
  }
  return out;
}

interface Scaled {
  s: ScaleStatement;
  a: Article;
}

function toClaim({ s, a }: Scaled): DisputeClaim {
  return {
    articleId: a.id,
    path: a.path,
    claimId: s.claimId,
    speaker: s.speaker ?? s.speakerSide ?? null,
    date: s.date,
    span: s.span,
    value: s.km2,
  };
}

/**
 * The scale of a side's territorial gains. Figures from the gaining side (or unattributed) that
 * rise over the days are a series, not a contradiction (270 → 700 → 1,000 km² as more is
 * announced); a minimising statement by the other side ("just a few villages") against that
 * side's largest figure is a contradiction.
 */
export function scaleDisputes(articles: Article[]): Dispute[] {
  const all: Scaled[] = [];
  for (const a of articles) for (const s of a.scale ?? []) all.push({ s, a });
  const numeric = all.filter((x) => x.s.km2 !== null);
  const out: Dispute[] = [];
  // Whose gains each figure is: the stated gainer, else the speaker's own side.
  const gainerOf = (x: Scaled): Side | null => x.s.gainer ?? partyOf(x.s.speakerSide);
  const sides = new Set(numeric.map(gainerOf).filter((g): g is Side => g !== null));
  for (const side of sides) {
    // figures from the gainer's own side or unattributed; analysts' estimates are another measure
    const own = numeric.filter((x) => {
      const g = gainerOf(x) ?? (sides.size === 1 ? side : null);
      const speaker = partyOf(x.s.speakerSide);
      return g === side && (x.s.speakerSide === null || speaker === side);
    });
    own.sort(
      (x, y) => (x.s.date ?? '').localeCompare(y.s.date ?? '') || x.s.km2! - y.s.km2! || x.a.id.localeCompare(y.a.id),
    );
    const dates = [...new Set(own.map((x) => x.s.date ?? ''))].filter(Boolean);
    const speakers = new Set(own.map((x) => `${x.a.id}|${x.s.speaker ?? ''}`));
    if (own.length >= 3 && dates.length >= 2 && speakers.size >= 2) {
      const maxima = dates.map((d) => Math.max(...own.filter((x) => x.s.date === d).map((x) => x.s.km2!)));
      const rising = maxima.every((v, i) => i === 0 || v >= maxima[i - 1]) && maxima.at(-1)! > maxima[0];
      if (rising) {
        const topic = `territory regained by ${side} (km²)`;
        const claims = own.map(toClaim);
        out.push({
          id: hash('series', topic, ...claims.map((c) => `${c.articleId}:${c.span.start}`)),
          kind: 'series',
          topic,
          claims,
          unit: 'km2',
        });
      }
    }
    for (const m of all.filter((x) => x.s.minimising && x.s.gainer === side)) {
      const speaker = partyOf(m.s.speakerSide);
      if (!speaker || speaker === side) continue;
      const md = dayNumber(m.s.date, 0);
      const against = own
        .filter((x) => Math.abs(dayNumber(x.s.date, md) - md) <= 7)
        .sort((x, y) => y.s.km2! - x.s.km2!)[0];
      if (!against) continue;
      const topic = `scale of the territory gained by ${side}`;
      const claims = [toClaim(m), toClaim(against)];
      out.push({
        id: hash('contradiction', topic, ...claims.map((c) => `${c.articleId}:${c.span.start}`)),
        kind: 'contradiction',
        topic,
        claims,
        unit: 'km2',
      });
    }
  }
  return out;
}
