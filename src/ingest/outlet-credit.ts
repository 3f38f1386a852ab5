/**
 * The outlet an article names as its own: a source line ("Original url: https://…"), a dateline
 * "(RFE/RL) —", a byline "…'s article for MailOnline", a writer's footer "… is a Newsweek
 * reporter", or the outlet speaking of itself ("Newsweek reached out to…", "Here, MailOnline
 * investigates…"). Only names in the outlet lexicon count, so no outlet is invented, and wire
 * agencies are never outlets here.
 *
 *   matches: "Jane Roe's article for MailOnline"      → MailOnline
 *            "(RFE/RL) — Government forces said…"     → RFE/RL
 *            "Jo Bloggs is a Newsweek reporter based in Ohio." → Newsweek
 *   must not: "according to The Washington Post"      (a source, not the outlet)
 *             "KYIV (AP) — …"                          (a wire credit, see wire.ts)
 */
import { outletFromName, outletFromUrl, outletSpellings } from './outlets.js';
import { wireAgency } from './wire.js';

interface OutletCreditFamily {
  /** `<O>` stands for an outlet spelling from the lexicon */
  patterns: { name: string; pattern: string }[];
}

const outletCredits: OutletCreditFamily = {
  patterns: [
    { name: 'dateline', pattern: '(?:^|\\n)[ \\t]*(?:[A-Z][^\\n()]{0,60}?\\s*)?\\(<O>\\)\\s*[—–-]' },
    {
      name: 'byline',
      pattern: '\\b(?:article|report|story|piece|column|analysis|reporting|writing) for (?:the )?<O>\\b',
    },
    {
      name: 'writer',
      pattern:
        '\\b(?:is|was) an? (?:senior |staff |chief |deputy |special |news |breaking news |political |foreign |defen[cs]e |war )?<O> (?:reporter|correspondent|journalist|writer|editor|columnist|contributor)\\b',
    },
    { name: 'writer', pattern: '\\bjoined <O> in (?:19|20)\\d\\d\\b' },
    {
      name: 'self',
      pattern:
        '\\b<O> (?:has )?(?:reached out to|contacted|has contacted|asked|approached)\\b[^.\\n]{0,120}\\bfor (?:comment|a response)',
    },
    { name: 'self', pattern: '\\b[Hh]ere,? <O> (?:investigates|explains|looks at|examines|reveals)\\b' },
  ],
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let compiled: { name: string; re: RegExp }[] | null = null;
function patterns() {
  if (!compiled) {
    const alternation = `(${outletSpellings().map(esc).join('|')})`;
    compiled = outletCredits.patterns.map((p) => ({
      name: p.name,
      re: new RegExp(p.pattern.replaceAll('<O>', alternation), 'gi'),
    }));
  }
  return compiled;
}

/** A URL the text gives as its own source ("Original url:", "Source:", "Originally published at"). */
export function sourceUrl(text: string): string | null {
  const m =
    /(?:^|\n)[ \t*_]*(?:original(?:ly published at| url| link| article)?|source(?: url)?|read (?:the )?original(?: at)?)\s*:?\s*\n?\s*<?(https?:\/\/[^\s<>)\]]+)/i.exec(
      text,
    );
  return m ? m[1] : null;
}

export function outletFromText(text: string): { outlet: string; how: string } | null {
  for (const { name, re } of patterns()) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // case-insensitive search, but the name itself must be capitalised as a name is
      if (!/^[A-Z0-9]/.test(m[1])) continue;
      if (wireAgency(m[1])) continue;
      const outlet = outletFromName(m[1]);
      if (outlet) return { outlet, how: name };
    }
  }
  return null;
}

export { outletFromUrl };
