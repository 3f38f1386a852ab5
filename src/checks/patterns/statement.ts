/**
 * What a pattern family finds in an article: a checkable geographic statement, tied to the
 * toponyms it is about. The checks (../check-article.ts) compute and judge; the patterns only read.
 */
import type { Article, ToponymMention } from '../../model.js';
import type { Point8 } from '../compass.js';
import type { StatedQualifier } from '../tolerance.js';

export interface GeoStatement {
  kind: 'distance' | 'within' | 'population';
  /** the pattern family that found it */
  pattern: string;
  /** the claim span: from the described place to the end of the figure's phrase */
  start: number;
  end: number;
  /** the place the statement describes (X in "X, 76 km northeast of Y"); null for "within" */
  subject: ToponymMention | null;
  /** the place it is measured from (Y); null for populations */
  reference: ToponymMention | null;
  /** kilometres for distances, people for populations */
  value: number;
  /** the figure and unit as written ("76 kilometers", "27,000") */
  stated: string;
  qualifier: StatedQualifier;
  direction: Point8 | null;
}

export interface StatementPattern {
  name: string;
  find(article: Article): GeoStatement[];
}

export const UNIT_SOURCE = 'kilometers|kilometres|kilometer|kilometre|km|miles|mile|mi';

export function toKm(value: number, unit: string): number {
  return /^mi/i.test(unit) ? value * 1.609344 : value;
}

/** Toponyms with a place, in text order. */
export function placed(article: Article): ToponymMention[] {
  return (article.toponyms ?? []).filter((t) => t.place !== null).sort((a, b) => a.start - b.start);
}

/** True when [start, end) does not cross a sentence boundary. */
export function sameSentence(article: Article, start: number, end: number): boolean {
  if (article.sentences?.length) {
    const s = article.sentences.find((x) => x.start <= start && start < x.end);
    return !!s && end <= s.end;
  }
  return !/[.!?]["”’)]?\s+["“‘(]?[A-Z]/.test(article.text.slice(start, end));
}
