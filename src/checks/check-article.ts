/**
 * The article stage of the checks: every geographic statement the pattern families find is
 * computed against the gazetteer (great-circle distance, initial bearing, population) and judged
 * under the tolerances of ./tolerance.ts, with a one-line explanation a reader can follow.
 * "within N km of Y" needs the control maps: here it is recorded as unverifiable, and the corpus
 * stage (./check-control.ts) measures it against the snapshots.
 */
import type { Article, Check, Claim, Span } from '../model.js';
import { compass, COMPASS_TOLERANCE_DEG } from './compass.js';
import { distanceKm, initialBearing } from './geometry.js';
import { distanceAway } from './patterns/distance-away.js';
import { distanceOf } from './patterns/distance-of.js';
import { population } from './patterns/population.js';
import type { GeoStatement, StatementPattern } from './patterns/statement.js';
import { within } from './patterns/within.js';
import { compareFigure, DISTANCE_TOLERANCE, percent, POPULATION_TOLERANCE } from './tolerance.js';

export const statementPatterns: StatementPattern[] = [distanceOf, distanceAway, within, population];

function span(article: Article, start: number, end: number): Span {
  return { start, end, text: article.text.slice(start, end) };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function claimFor(article: Article, start: number, end: number): Claim | null {
  return (article.claims ?? []).find((c) => c.content.start <= start && end <= c.content.end) ?? null;
}

function qualifierWord(q: GeoStatement['qualifier']): string {
  return q === 'approximate' ? 'about ' : q ? `${q} ` : '';
}

/** Distance (and, when stated, direction) checks for one statement. */
function distanceChecks(
  s: GeoStatement,
  base: Omit<Check, 'id' | 'kind' | 'stated' | 'computed' | 'verdict' | 'explanation'>,
): Omit<Check, 'id'>[] {
  const from = s.reference!.place!;
  const to = s.subject!.place!;
  const km = distanceKm(from, to);
  const bearing = initialBearing(from, to);
  const tol = s.qualifier === 'approximate' ? DISTANCE_TOLERANCE.approximate : DISTANCE_TOLERANCE.exact;
  const cmp = compareFigure(s.value, km, s.qualifier, tol, DISTANCE_TOLERANCE.floorKm);
  const dirDiff = s.direction ? compass.difference(compass.degrees(s.direction), bearing) : null;
  const dirOk = dirDiff !== null && dirDiff <= COMPASS_TOLERANCE_DEG;
  const statedText = `${qualifierWord(s.qualifier)}${round(s.value, 1)} km ${s.direction ? `${s.direction} of` : 'from'} ${s.reference!.text}`;
  const line = `straight line ${Math.round(km)} km at ${Math.round(bearing)}° (${compass.name16(bearing)})`;
  const distPart =
    Math.abs(cmp.relative) < 0.005
      ? 'distance matches the straight line'
      : `distance ${percent(cmp.relative)} ${cmp.relative > 0 ? 'longer' : 'shorter'} than the straight line`;
  const distVerdict = `${distPart} (tolerance ±${percent(cmp.tolerance)}${s.qualifier && s.qualifier !== 'approximate' ? `, "${s.qualifier}"` : ''}): ${cmp.consistent ? 'consistent' : 'inconsistent'}`;
  const dirPart = s.direction
    ? `direction ${dirOk ? 'consistent' : `inconsistent (${compass.name16(bearing)}, not ${compass.name16(compass.degrees(s.direction))}; ${Math.round(dirDiff!)}° off, tolerance ±${COMPASS_TOLERANCE_DEG}°)`}`
    : null;
  const explanation = `stated ${statedText}; ${line}: ${distVerdict}${dirPart ? `, ${dirPart}` : ''}`;
  const details = {
    pattern: s.pattern,
    from: { geonameid: from.geonameid, name: from.name, lat: from.lat, lon: from.lon },
    to: { geonameid: to.geonameid, name: to.name, lat: to.lat, lon: to.lon },
    stated_km: round(s.value, 2),
    qualifier: s.qualifier,
    stated_direction: s.direction,
    computed_km: round(km, 2),
    bearing_deg: round(bearing, 1),
    relative_difference: round(cmp.relative, 3),
    tolerance: cmp.tolerance,
  };
  const checks: Omit<Check, 'id'>[] = [
    {
      ...base,
      kind: 'distance',
      stated: `${qualifierWord(s.qualifier)}${round(s.value, 1)} km`,
      computed: `${round(km, 1)} km`,
      verdict: cmp.consistent ? 'consistent' : 'inconsistent',
      explanation,
      details,
    },
  ];
  if (s.direction) {
    checks.push({
      ...base,
      kind: 'direction',
      stated: s.direction,
      computed: `${round(bearing, 1)}° (${compass.name16(bearing)})`,
      verdict: dirOk ? 'consistent' : 'inconsistent',
      explanation,
      details: {
        ...details,
        direction_difference_deg: round(dirDiff!, 1),
        direction_tolerance_deg: COMPASS_TOLERANCE_DEG,
      },
    });
  }
  return checks;
}

function populationCheck(
  s: GeoStatement,
  base: Omit<Check, 'id' | 'kind' | 'stated' | 'computed' | 'verdict' | 'explanation'>,
): Omit<Check, 'id'> {
  const place = s.subject!.place!;
  const stated = `${qualifierWord(s.qualifier)}${s.value.toLocaleString('en-US')}`;
  const details = {
    pattern: s.pattern,
    place: { geonameid: place.geonameid, name: place.name },
    stated_population: s.value,
    gazetteer_population: place.population,
    tolerance: POPULATION_TOLERANCE,
  };
  if (!place.population) {
    return {
      ...base,
      kind: 'population',
      stated,
      computed: null,
      verdict: 'unverifiable',
      explanation: `stated population ${stated}; the gazetteer has no population for ${place.name}`,
      details,
    };
  }
  const cmp = compareFigure(s.value, place.population, s.qualifier, POPULATION_TOLERANCE);
  return {
    ...base,
    kind: 'population',
    stated,
    computed: place.population.toLocaleString('en-US'),
    verdict: cmp.consistent ? 'consistent' : 'inconsistent',
    explanation: `stated population ${stated}; gazetteer (GeoNames) ${place.population.toLocaleString('en-US')} for ${place.name}: ${percent(cmp.relative)} ${cmp.relative >= 0 ? 'above' : 'below'} (tolerance ±${percent(POPULATION_TOLERANCE)}): ${cmp.consistent ? 'consistent' : 'inconsistent'}`,
    details: { ...details, relative_difference: round(cmp.relative, 3) },
  };
}

function withinCheck(
  s: GeoStatement,
  base: Omit<Check, 'id' | 'kind' | 'stated' | 'computed' | 'verdict' | 'explanation'>,
): Omit<Check, 'id'> {
  const place = s.reference!.place!;
  return {
    ...base,
    kind: 'within',
    stated: `within ${round(s.value, 1)} km of ${s.reference!.text}`,
    computed: null,
    verdict: 'unverifiable',
    explanation: `stated within ${round(s.value, 1)} km of ${s.reference!.text}: needs a control map (checked against the snapshots when imported)`,
    details: {
      pattern: s.pattern,
      place: { geonameid: place.geonameid, name: place.name, country: place.country, lat: place.lat, lon: place.lon },
      stated_km: round(s.value, 2),
    },
  };
}

/** Below this the geoparser itself doubts the place: a check on it would judge the geoparser. */
const MIN_CONFIDENCE = 0.5;

function uncertain(s: GeoStatement): string | null {
  for (const t of [s.subject, s.reference]) {
    if (!t?.place) continue;
    if (t.place.featureClass === 'A' || t.place.featureClass === 'L') return `${t.text} is a region, not a point`;
    if (t.confidence < MIN_CONFIDENCE)
      return `${t.text} is resolved with low confidence (${t.confidence.toFixed(2)} to ${t.place.name}, ${t.place.admin1Name ?? t.place.country})`;
  }
  return null;
}

/** All geographic checks of one article, in text order. */
export function geographicChecks(article: Article): Check[] {
  const statements = statementPatterns
    .flatMap((p) => p.find(article))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const checks: Check[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    const key = `${s.kind}:${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const claim = claimFor(article, s.start, s.end);
    const base = {
      articleId: article.id,
      span: span(article, s.start, s.end),
      claimId: claim?.id ?? null,
      eventId: null,
    };
    const doubt = uncertain(s);
    const made: Omit<Check, 'id'>[] = doubt
      ? [
          {
            ...base,
            kind: s.kind,
            stated: `${qualifierWord(s.qualifier)}${s.kind === 'population' ? s.value.toLocaleString('en-US') : `${round(s.value, 1)} km`}`,
            computed: null,
            verdict: 'unverifiable',
            explanation: `stated ${s.stated}: not checked, ${doubt}`,
            details: { pattern: s.pattern },
          },
        ]
      : s.kind === 'distance'
        ? distanceChecks(s, base)
        : s.kind === 'population'
          ? [populationCheck(s, base)]
          : [withinCheck(s, base)];
    for (const c of made) checks.push({ id: `${article.id}:check:${checks.length + 1}`, ...c });
  }
  return checks;
}

/** The article stage: fills `article.checks`. */
export function checkArticle(article: Article): Article {
  if (!article.toponyms) return { ...article, checks: [] };
  return { ...article, checks: geographicChecks(article) };
}
