/**
 * The English demonyms of every country (world-countries, already a dependency, offline): a
 * nationality is general knowledge, not one war's, so rules that need "a person of some
 * country" ("300 Kenyans were evacuated") read it here rather than list a war's parties.
 */
import { readFileSync } from 'node:fs';
import { countriesFile } from './paths.js';

let demonyms: string[] | null = null;

/** One-word demonyms ("Kenyan", "Chadian", "Guinea-Bissauan"), each once; read on first use. */
export function countryDemonyms(): readonly string[] {
  if (!demonyms) {
    const countries = JSON.parse(readFileSync(countriesFile(), 'utf8')) as {
      demonyms?: { eng?: { m?: string; f?: string } };
    }[];
    const all = new Set<string>();
    // a multi-word one ("Central African") ends in a one-word one, and the slots before a noun take the rest
    for (const c of countries)
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && /^[\p{L}-]+$/u.test(d)) all.add(d);
    demonyms = [...all];
  }
  return demonyms;
}
