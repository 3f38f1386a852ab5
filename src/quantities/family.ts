import type { Quantity } from '../model.js';
import { findNumbers, type NumberHit } from './number.js';

/** What one pattern family finds: a quantity without its text (the stage slices it). */
export type QuantityMatch = Omit<Quantity, 'text'>;

/**
 * One family of quantity patterns (area, distance, casualties, …). The numbers are found once
 * for all families (number.ts); a family looks at the words right before and after each one.
 */
export interface QuantityFamily {
  name: string;
  /** the quantities this family reads around one number */
  match(text: string, hit: NumberHit): QuantityMatch[];
  /** the family on its own over a whole text (for tests and tools) */
  find(text: string): QuantityMatch[];
}

export function family(
  name: string,
  match: (text: string, hit: NumberHit) => QuantityMatch | QuantityMatch[] | null,
): QuantityFamily {
  const all = (text: string, hit: NumberHit): QuantityMatch[] => {
    const r = match(text, hit);
    return r === null ? [] : Array.isArray(r) ? r : [r];
  };
  return { name, match: all, find: (text) => findNumbers(text).flatMap((hit) => all(text, hit)) };
}

/** The match of a sticky pattern right after `at`, or null. */
export function after(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The match of an end-anchored pattern (`…$`) over the 80 characters before `at`, with its start in the text. */
export function before(re: RegExp, text: string, at: number): { start: number; m: RegExpExecArray } | null {
  const from = Math.max(0, at - 80);
  const m = re.exec(text.slice(from, at));
  return m ? { start: from + m.index, m } : null;
}

/** Rounds converted values the way a reader expects: 401.448 → 401.4, 0.0404686 → 0.0405. */
function roundSI(x: number): number {
  if (x === 0) return 0;
  if (Math.abs(x) >= 1) return Math.round(x * 10) / 10;
  return Number(x.toPrecision(3));
}

/** A quantity over [start, end) whose SI unit is its unit times a factor (km, km², people, items, …). */
export function scaled(
  hit: NumberHit,
  start: number,
  end: number,
  unit: string,
  siUnit: string,
  factor: number,
  counts: string | null,
): QuantityMatch {
  const q: QuantityMatch = {
    start,
    end,
    value: hit.value,
    unit,
    si_value: factor === 1 ? hit.value : roundSI(hit.value * factor),
    si_unit: siUnit,
    qualifier: hit.qualifier,
    counts,
  };
  if (hit.value_max !== undefined) {
    q.value_max = hit.value_max;
    q.si_value_max = factor === 1 ? hit.value_max : roundSI(hit.value_max * factor);
  }
  return q;
}
