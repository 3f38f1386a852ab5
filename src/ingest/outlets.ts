/**
 * The outlet of an article from a name or a URL, read in the shared lexicon of news organisations
 * (src/lexicon/outlets.json). Wire agencies are read in wire.ts: a wire credit never becomes an
 * outlet, but an agency's own site does ("reuters.com" → Reuters).
 *
 *   outletFromUrl('https://www.themoscowtimes.com/2022/09/08/x') → 'The Moscow Times'
 *   outletFromUrl('https://news.example-courier.co.uk/a')        → 'Example Courier' (prettified domain)
 *   outletFromName('Radio Free Europe/Radio Liberty')            → 'RFE/RL'
 *   outletFromName('Canadian')                                   → null (not a news organisation)
 */
import { AGENCIES, OUTLETS } from '../lexicon/outlets.js';

// registrable domain → canonical name; an agency's own site names the agency (and then the agency
// is the outlet, not a wire credit)
const byDomain = new Map<string, string>();
for (const o of [...OUTLETS, ...AGENCIES]) for (const d of o.domains) if (!byDomain.has(d)) byDomain.set(d, o.name);

// second-level labels under which registrable domains sit (example.co.uk, example.com.ua)
// prettier-ignore
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'news']);

const byLowerName = new Map<string, string>();
for (const { name, spellings } of OUTLETS) {
  byLowerName.set(name.toLowerCase(), name);
  for (const s of spellings) byLowerName.set(s.toLowerCase(), name);
}

/** The canonical outlet for a name as written (case-insensitive), or null. */
export function outletFromName(name: string): string | null {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return byLowerName.get(key) ?? byLowerName.get(key.replace(/^the /, '')) ?? null;
}

/** Every spelling in the lexicon, longest first (for building alternations). */
export function outletSpellings(): string[] {
  return [...byLowerName.keys()].sort((a, b) => b.length - a.length);
}

/** The outlet a URL belongs to: the table of news domains, else the prettified domain. */
export function outletFromUrl(url: string): string | null {
  const labels = hostLabels(url);
  return labels && (fromNewsDomain(labels) ?? prettifyDomain(labels));
}

/** The outlet of a URL on a domain of the table of news domains, or null. */
export function newsDomainOutlet(url: string): string | null {
  const labels = hostLabels(url);
  return labels && fromNewsDomain(labels);
}

function hostLabels(url: string): string[] | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return host.replace(/^(www|m|amp|mobile|edition|eu|uk|us|en)\./, '').split('.');
}

function fromNewsDomain(labels: string[]): string | null {
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = byDomain.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return null;
}

function prettifyDomain(labels: string[]): string | null {
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return null;
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i]) && labels[labels.length - 1].length === 2) i--;
  const name = labels[i];
  if (!name || name === 'localhost') return null;
  return name
    .split('-')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
