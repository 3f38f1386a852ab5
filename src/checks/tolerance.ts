/**
 * How far a stated figure may sit from the computed one and still be called consistent.
 *
 * - Distances: ±15% when the text hedges the figure ("about", "some", "around", "approximately",
 *   "roughly", "nearly", "almost"), ±10% when it states it bare: a bare figure is still a rounded
 *   one, and a gazetteer point stands for a town a few kilometres across; never less than ±2 km
 *   for the same reason. The percentage is taken of the straight line, so "22% longer" reads as
 *   the reporter's figure against the map's. "more than N" holds when the straight line is at
 *   least N less the tolerance; "up to / less than / within N" when it is at most N plus it.
 * - Compass points: ±22.5° (half of one point of an 8-point rose), on the initial bearing from the
 *   reference place.
 * - Populations: ±10% of the gazetteer's figure (GeoNames carries mostly pre-war census figures).
 * - Areas regained: ±25% of the area the maps show changing hands: a claim's period and region
 *   rarely match the snapshots' exactly, and maps lag the front by hours to days.
 */
import type { Qualifier } from '../model.js';

export const DISTANCE_TOLERANCE = { approximate: 0.15, exact: 0.1, floorKm: 2 };
export const POPULATION_TOLERANCE = 0.1;
export const AREA_TOLERANCE = 0.25;

export type StatedQualifier = Qualifier | 'approximate';

/** The qualifier of a hedge word as the checks read it. */
export function qualifierOf(word: string | undefined | null): StatedQualifier {
  const w = (word ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!w) return null;
  if (/^(?:about|some|around|approximately|roughly|nearly|almost|just|close to|an estimated)$/.test(w))
    return 'approximate';
  if (/^(?:more than|over|at least)$/.test(w)) return w === 'at least' ? 'at least' : 'more than';
  if (/^(?:less than|under|up to|at most|within)$/.test(w))
    return w === 'up to' || w === 'within' ? 'up to' : 'less than';
  return null;
}

export const QUALIFIER_SOURCE =
  'about|some|around|approximately|roughly|nearly|almost|just|close to|an estimated|more than|over|at least|less than|under|up to|at most';

interface Comparison {
  consistent: boolean;
  /** (stated − computed) / computed */
  relative: number;
  /** the tolerance applied, as a fraction */
  tolerance: number;
}

/** Compares a stated figure with a computed one under a qualifier and relative tolerance. */
export function compareFigure(
  stated: number,
  computed: number,
  qualifier: StatedQualifier,
  tolerance: number,
  floor = 0,
): Comparison {
  const relative = computed > 0 ? (stated - computed) / computed : Infinity;
  const slack = Math.max(tolerance * computed, floor);
  let consistent: boolean;
  if (qualifier === 'more than' || qualifier === 'at least') consistent = computed >= stated - slack;
  else if (qualifier === 'up to' || qualifier === 'less than' || qualifier === 'at most')
    consistent = computed <= stated + slack;
  else consistent = Math.abs(stated - computed) <= slack;
  return { consistent, relative, tolerance };
}

export function percent(x: number): string {
  return `${Math.round(Math.abs(x) * 100)}%`;
}
