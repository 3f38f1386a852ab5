/**
 * Wire agencies in a text. A credit is reporting the outlet took from an agency (the article
 * is partly the agency's copy); a citation attributes one statement to the agency's reporting
 * ("Reuters reported"), the way any other source is cited, and does not make the article a
 * wire copy. Only credits fill `Article.wire`; citations are kept apart as evidence.
 *
 *   credits:   "AFP contributed reporting."                    → AFP
 *              "KYIV (AP) — Government forces pushed on…"        → AP
 *              "The road was open on Friday, an AFP team found." → AFP
 *   citations: "the rebels advanced, Reuters reported."          → Reuters
 *              "…of the country, according to Reuters."          → Reuters
 *   neither:   "Photo: Juan Lopez/AFP via Getty Images"          (a photo credit)
 *              "AP/TASS"                                         (a picture agency line)
 */
import { AGENCIES } from '../lexicon/outlets.js';

export interface WireFamily {
  /** credit patterns; `<W>` stands for an agency spelling (the shared lexicon's agencies) */
  patterns: string[];
  /** citation patterns: a statement attributed to the agency's reporting */
  citations: string[];
}

export const wireCredits: WireFamily = {
  patterns: [
    '\\b<W>(?: news agency)?(?:\\s+and\\s+\\S+)? contributed(?: to)?(?: this)? report(?:ing)?',
    '\\b(?:[Aa]dditional |[Ww]ith )?reporting (?:by|from) (?:the )?<W>\\b',
    '(?:^|\\n)[ \\t]*(?:[A-Z][^\\n()]{0,60}?\\s*)?\\(<W>\\)\\s*[—–-]',
    '\\b(?:an?|the) <W> (?:team|reporter|correspondent|journalist|crew)s?\\b',
    '\\b(?:told|to|by) (?:an? )?<W> (?:reporter|correspondent|journalist)s?\\b',
  ],
  citations: [
    '\\b<W>(?: news agency)? (?:reported|reports|said|says|wrote|quoted|cited|was unable to|could not|has not been able to|cannot)\\b',
    '\\b[Aa]ccording to (?:the )?<W>(?: news agency)?\\b',
    '\\b(?:told|to|by|for) (?:the )?<W> news agency\\b',
    '\\btold <W>\\b',
  ],
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const spellingToAgency = new Map<string, string>();
// the agencies' spellings, case as written ("dpa" and "DPA", never "Ap")
for (const { name, spellings } of AGENCIES) for (const s of spellings) spellingToAgency.set(s, name);
const alternation = `(${[...spellingToAgency.keys()]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})`;
const compile = (patterns: string[]) => patterns.map((p) => new RegExp(p.replaceAll('<W>', alternation), 'g'));
const compiledCredits = compile(wireCredits.patterns);
const compiledCitations = compile(wireCredits.citations);

/** The agency a spelling names, or null. */
export function wireAgency(name: string): string | null {
  return spellingToAgency.get(name.trim()) ?? null;
}

/** Agencies credited in the text, in order of first credit. */
export function findWireCredits(text: string): { agency: string; start: number; end: number }[] {
  return find(text, compiledCredits);
}

/** Agencies whose reporting the text cites for a statement, in order. */
export function findWireCitations(text: string): { agency: string; start: number; end: number }[] {
  return find(text, compiledCitations);
}

function find(text: string, compiled: RegExp[]): { agency: string; start: number; end: number }[] {
  const found: { agency: string; start: number; end: number }[] = [];
  for (const re of compiled) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const agency = spellingToAgency.get(m[1]);
      if (!agency) continue;
      // the spelling must be a whole word (AP must not match inside APC)
      const at = m.index + m[0].indexOf(m[1]);
      const after = text[at + m[1].length] ?? ' ';
      if (/[A-Za-z0-9]/.test(after)) continue;
      found.push({ agency, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function wireAgencies(text: string): string[] {
  return [...new Set(findWireCredits(text).map((c) => c.agency))];
}

export function citedAgencies(text: string): string[] {
  return [...new Set(findWireCitations(text).map((c) => c.agency))];
}
