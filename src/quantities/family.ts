import type { Qualifier, Quantity } from '../model.js';
import { dayOfMonth, looksLikeYear, parseNumber, qualifierOf } from './number.js';

/** What one pattern family finds: a quantity without its text (the stage slices it). */
export type QuantityMatch = Omit<Quantity, 'text'>;

/** One family of quantity patterns (area, distance, casualties, …): finds its matches in a text. */
export interface QuantityFamily {
  name: string;
  find(text: string): QuantityMatch[];
}

/** The groups `QTY` captures (see number.ts). */
export interface QtyGroups {
  qual?: string;
  num?: string;
  num2?: string;
  bnum?: string;
  bnum2?: string;
}

export interface ParsedQty {
  value: number;
  value_max?: number;
  qualifier: Qualifier;
}

/** Value, upper bound and qualifier from a `QTY` match; null for years and unparsable words. */
export function parseQty(text: string, m: RegExpExecArray): ParsedQty | null {
  const g = (m.groups ?? {}) as QtyGroups;
  const first = g.num ?? g.bnum;
  const second = g.num2 ?? g.bnum2;
  if (!first) return null;
  const at = text.indexOf(first, m.index);
  if (!second && looksLikeYear(text, at, first)) return null;
  if (dayOfMonth(text, at, first)) return null;
  // "no one was killed" counts nobody.
  if (/\b(?:no|not)\s+$/i.test(text.slice(Math.max(0, at - 5), at))) return null;
  const value = parseNumber(first);
  if (value === null) return null;
  const out: ParsedQty = { value, qualifier: qualifierOf(g.qual) };
  if (second) {
    const max = parseNumber(second);
    // "10-15" is a range only when it grows; "2022-23" and "5-1" are something else.
    if (max === null || max <= value) return null;
    // "15-20,000" is 15,000 to 20,000 written short; too ambiguous to guess.
    if (max > value * 100) return null;
    out.value_max = max;
  }
  return out;
}

/** Rounds converted values the way a reader expects: 401.448 → 401.4, 0.0404686 → 0.0405. */
export function roundSI(x: number): number {
  if (x === 0) return 0;
  if (Math.abs(x) >= 1) return Math.round(x * 10) / 10;
  return Number(x.toPrecision(3));
}

/** Runs a global regex over the text and maps each match (null drops it). */
export function each(re: RegExp, text: string, map: (m: RegExpExecArray) => QuantityMatch | null): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const q = map(m);
    if (q) out.push(q);
  }
  return out;
}

/** A quantity whose SI unit is its unit times a factor (km, km², people, items, …). */
export function scaled(
  m: RegExpExecArray,
  p: ParsedQty,
  unit: string,
  siUnit: string,
  factor: number,
  counts: string | null,
): QuantityMatch {
  const q: QuantityMatch = {
    start: m.index,
    end: m.index + m[0].length,
    value: p.value,
    unit,
    si_value: factor === 1 ? p.value : roundSI(p.value * factor),
    si_unit: siUnit,
    qualifier: p.qualifier,
    counts,
  };
  if (p.value_max !== undefined) {
    q.value_max = p.value_max;
    q.si_value_max = factor === 1 ? p.value_max : roundSI(p.value_max * factor);
  }
  return q;
}
