/**
 * Ministries under their many spellings: "France's Defense Ministry", "the French Defense
 * Ministry", "French Ministry of Defense", "Ministry of Defence of the French Republic" are
 * one ministry. The key is the domain and the country; the canonical name is
 * "<Adjective> Ministry of <Domain>".
 *
 *   matches:  Poland's Foreign Ministry summoned the envoy.
 *   must not: The ministerial meeting was postponed.
 */
import { countryTables } from './lexicon.js';

export interface MinistryMatch {
  start: number;
  end: number;
  text: string;
  domain: string;
  country: string | null;
}

const DOMAINS: [RegExp, string][] = [
  [/^defen[cs]e$/i, 'Defence'],
  [/^(?:foreign|foreign affairs)$/i, 'Foreign Affairs'],
  [/^(?:interior|the interior|internal affairs)$/i, 'Internal Affairs'],
  [/^(?:emergenc(?:y|ies)|emergency situations)$/i, 'Emergency Situations'],
];

function domainName(words: string): string {
  const w = words.trim();
  for (const [re, name] of DOMAINS) if (re.test(w)) return name;
  return w.replace(/\b\w/g, (c) => c.toUpperCase());
}

// "[The] [Country-form] [Domain words] Ministry [of Domain] [of [the] Country]" — bounded repeats only.
const RE =
  /((?:[A-Z][A-Za-z.'’-]*\s+){0,3})Ministry\b((?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2}){0,2})/g;

export const ministry = {
  matches: "Poland's Foreign Ministry summoned the envoy.",
  mustNot: 'The ministerial meeting was postponed.',
  find(text: string): MinistryMatch[] {
    const out: MinistryMatch[] = [];
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(text))) {
      const prefix = m[1].trim().split(/\s+/).filter(Boolean);
      let country: string | null = null;
      const domainWords: string[] = [];
      for (const w of prefix) {
        const lw = w.toLowerCase().replace(/’/g, "'");
        if (countryTables().countryForms.has(lw)) {
          country = countryTables().countryForms.get(lw)!;
          domainWords.length = 0;
        } else if (lw === 'the' || lw === 'a') {
          domainWords.length = 0;
        } else domainWords.push(w);
      }
      // words before the domain that are not part of it ("Palace officials and Defense Ministry")
      while (domainWords.length > 2) domainWords.shift();
      let domain = domainWords.join(' ');
      for (const part of m[2]
        .split(/\s+of\s+/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const lp = part.toLowerCase().replace(/^the\s+/, '');
        if (countryTables().countryForms.has(lp)) country = countryTables().countryForms.get(lp)!;
        else if (!domain) domain = part;
      }
      if (!domain) continue;
      // the matched text starts at the first country or domain word
      const firstWord = prefix.find(
        (w) =>
          w.toLowerCase() !== 'the' &&
          w.toLowerCase() !== 'a' &&
          (countryTables().countryForms.has(w.toLowerCase().replace(/’/g, "'")) || domainWords.includes(w)),
      );
      let start = m.index;
      if (firstWord) start = m.index + m[0].indexOf(firstWord);
      else start = m.index + m[1].length;
      const end = m.index + m[0].length;
      out.push({ start, end, text: text.slice(start, end), domain: domainName(domain), country });
    }
    return out;
  },
};

export function ministryCanonical(domain: string, country: string | null): string {
  const adj = country ? (countryTables().countryAdjective.get(country) ?? country) : null;
  return `${adj ? adj + ' ' : ''}Ministry of ${domain}`;
}

export function ministryKey(domain: string, country: string | null): string {
  return `ministry|${domain.toLowerCase()}|${country ?? ''}`;
}
