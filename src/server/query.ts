/**
 * Query values that pass their JSON Schema pattern but name nothing: checked against the
 * calendar, the globe and ACLED's taxonomy, case-insensitively, each refused with a 400 that names
 * its field. Enumerations come back in their canonical spelling, so filters compare exactly.
 */
import { GENERIC_SIDES, type Side } from '../model.js';
import { knowledge } from '../profiles/index.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../taxonomy.js';
import { isoDateProblem } from '../time/valid-date.js';
import { HttpError } from './errors.js';

export const STATUSES = ['reported', 'claimed', 'disputed', 'hedged'] as const;
/** Every side a profile defines, then the roles every war has. */
export function sides(): readonly Side[] {
  return [...knowledge().sides.keys(), ...GENERIC_SIDES];
}

/** A 400 that names the querystring field and says what to send instead. */
export const badField = (field: string, message: string) =>
  new HttpError(400, 'bad_request', `Invalid querystring field '${field}': ${message}`);

/** A real calendar day between 1900 and 2100. */
export function checkDay(field: string, value: string | undefined): void {
  if (value === undefined) return;
  const problem = isoDateProblem(value);
  if (problem) throw badField(field, `${JSON.stringify(value)}: ${problem}; send a day as YYYY-MM-DD.`);
}

export function checkRange(from: string | undefined, to: string | undefined): void {
  checkDay('from', from);
  checkDay('to', to);
  if (from && to && from > to) throw badField('from', `${from} is after to=${to}; send from ≤ to.`);
}

/**
 * west,south,east,north in degrees: longitudes in [-180, 180], latitudes in [-90, 90], south ≤
 * north. A box whose west is greater than its east crosses the antimeridian (as in RFC 7946 §5.2).
 */
export function checkBbox(value: string | undefined): void {
  if (value === undefined) return;
  const [w, s, e, n] = value.split(',').map(Number) as [number, number, number, number];
  if (![w, s, e, n].every(Number.isFinite))
    throw badField('bbox', `${JSON.stringify(value)} is not four numbers west,south,east,north.`);
  if (Math.abs(w) > 180 || Math.abs(e) > 180)
    throw badField('bbox', `longitudes must lie in [-180, 180] (got west ${w}, east ${e}).`);
  if (Math.abs(s) > 90 || Math.abs(n) > 90)
    throw badField('bbox', `latitudes must lie in [-90, 90] (got south ${s}, north ${n}).`);
  if (s > n) throw badField('bbox', `south ${s} is above north ${n}.`);
}

/** Comma-separated values of an enumeration, matched case-insensitively; returned canonical, or undefined when absent. */
export function canonicalList(
  field: string,
  value: string | undefined,
  allowed: readonly string[],
): string | undefined {
  if (value === undefined) return undefined;
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const out: string[] = [];
  for (const raw of value
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const hit = byLower.get(raw.toLowerCase());
    if (!hit) throw badField(field, `${JSON.stringify(raw)} is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
    out.push(hit);
  }
  return out.join(',');
}

/** Sides, canonical, each with the actors it includes. */
export function canonicalSides(value: string | undefined): string | undefined {
  const list = canonicalList('side', value, sides());
  if (list === undefined) return undefined;
  return [...new Set(list.split(',').flatMap((s): readonly string[] => knowledge().withInstalled(s)))].join(',');
}

export { EVENT_TYPES, SUB_EVENT_TYPES };
