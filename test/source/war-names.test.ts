/**
 * What belongs to one war lives in its conflict profile (profiles/*.json), never in the code: no
 * source file that ships (every .ts under src/ that tsconfig.build.json compiles, comments
 * included) names a party, a demonym, a leader, an army, an agency or an armed group that a
 * profile lists. Capitals and seats of government are places, which the gazetteer knows, and are
 * not looked for. Tests and test-only helpers (excluded from the build) may name anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allProfiles, surnames } from '../../src/profiles/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every name a profile gives a war's parties, with where it comes from. */
function profileNames(): Map<string, string> {
  const out = new Map<string, string>();
  // names are proper nouns; a profile's common words ("separatist", "junta") belong to no war alone
  const add = (name: string, from: string): void => {
    if (/^\p{Lu}/u.test(name) && !out.has(name)) out.set(name, from);
  };
  for (const p of allProfiles()) {
    for (const s of p.sides) {
      const at = `${p.id}: side ${s.id}`;
      add(s.id, at);
      for (const w of [
        ...s.names,
        ...(s.demonyms ?? []),
        ...(s.institutions ?? []),
        ...(s.affiliates ?? []),
        ...(s.epithets ?? []),
      ])
        add(w, at);
      for (const l of s.leaders ?? []) for (const w of surnames(l)) add(w, `${at}, leader ${l.name}`);
      for (const a of [...(s.forces ?? []), ...(s.police ?? []), ...(s.government ?? [])]) add(a.name, at);
    }
    for (const o of p.organisations ?? []) {
      add(o.acronym, `${p.id}: organisation`);
      add(o.canonical, `${p.id}: organisation`);
    }
    for (const g of p.armedGroups ?? []) for (const w of [...g.names, g.actor]) add(w, `${p.id}: armed group`);
  }
  return out;
}

/** The .ts files under src/ that the build compiles (tsconfig.build.json's include and exclude). */
function shippedSources(): string[] {
  const config = JSON.parse(readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8')) as { exclude?: string[] };
  const exclude = (config.exclude ?? []).map((glob) => {
    const re = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '@@')
      .replace(/\*/g, '[^/]*')
      .replace(/@@/g, '(?:.*/)?');
    return new RegExp(`^${re}(?:/.*)?$`);
  });
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith('.ts') && !exclude.some((re) => re.test(rel))) out.push(rel);
    }
  };
  walk('src');
  return out.sort();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");

describe('no war in the code', () => {
  it('the profiles list the names to look for', () => {
    const names = profileNames();
    expect(names.has('Ukraine')).toBe(true);
    expect(names.has('Rapid Support Forces')).toBe(true);
    expect(names.has('Tatmadaw')).toBe(true);
  });

  it('no shipped source file names a party, leader, army or armed group of a profile', () => {
    const names = [...profileNames().keys()];
    // an acronym is matched as written ("RSF", not "rsf"); a word in any case, with a plural or possessive
    const patterns = names.map(
      (n) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${escape(n)}(?:s|['’]s)?(?![\\p{L}\\p{N}])`,
          /^[\p{Lu}\d/-]+$/u.test(n) ? 'u' : 'iu',
        ),
    );
    const found: string[] = [];
    for (const file of shippedSources()) {
      const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const hits = names.filter((_, j) => patterns[j]!.test(line));
        if (hits.length) found.push(`${file}:${i + 1}: ${hits.join(', ')}`);
      });
    }
    expect(found, `a war's names belong in its profile (profiles/*.json):\n${found.join('\n')}`).toEqual([]);
  });
});
