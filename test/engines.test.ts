/**
 * Every package the lockfile installs accepts the Node running the tests (the README names Node
 * 20): `npm ci` then installs without EBADENGINE warnings. cookie@2 wants Node 22; fastify's
 * light-my-request is held at 6.6 (cookie@1) by an `overrides` entry in package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli/helpers.js';

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v
    .replace(/^v/, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  return [a, b, c];
};
const cmp = (x: Version, y: Version): number => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

/** The forms npm's engines ranges take in this lockfile: >=, ^, N.x, *, joined by spaces and ||. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => {
        if (c === '*' || c === '') return true;
        const m = /^(>=|<=|>|<|\^|~)?(.*)$/.exec(c)!;
        const op = m[1] ?? '';
        const w = parse(m[2]);
        if (op === '>=') return cmp(v, w) >= 0;
        if (op === '>') return cmp(v, w) > 0;
        if (op === '<=') return cmp(v, w) <= 0;
        if (op === '<') return cmp(v, w) < 0;
        if (op === '^') return v[0] === w[0] && cmp(v, w) >= 0;
        if (op === '~') return v[0] === w[0] && v[1] === w[1] && cmp(v, w) >= 0;
        // 20.x, 20, 20.19.0
        const parts = m[2].split('.');
        return parts.every((p, i) => p === 'x' || p === '*' || Number(p) === v[i]);
      }),
  );
}

describe('engines', () => {
  it('reads the ranges the lockfile uses', () => {
    expect(satisfies('20.20.2', '>=22')).toBe(false);
    expect(satisfies('20.20.2', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.20.2', '20.x || 22.x')).toBe(true);
    expect(satisfies('20.20.2', '>= 14.16')).toBe(true);
    expect(satisfies('20.20.2', '^10 || ^12 || >=14')).toBe(true);
  });

  it('every locked package accepts this Node (no EBADENGINE from npm ci)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } }>;
    };
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node && !satisfies(process.versions.node, p.engines.node))
      .map(([name, p]) => `${name.replace(/^.*node_modules\//, '')}@${p.version} wants node ${p.engines!.node}`);
    expect(refused).toEqual([]);
  });
});
