import { ORGANISATION_WORDS, TITLES } from './lexicon.js';
import { isCapitalised, lower, type SuppressionRule } from './rule.js';

// words that may follow a place name without making a longer name: "Kharkiv Oblast",
// "Kharkiv Mayor …", "Izium Monday"
const FREE_AFTER = new Set(
  `region oblast province governorate krai kray okrug state territory county district raion rayon
  municipality city town village monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december`.split(/\s+/),
);
const FREE_BEFORE = new Set(['the', 'in', 'near', 'at', 'from', 'to', 'of', 'and', 'but', 'for', 'on', 'outside', 'by', 'as', 'with', 'when', 'after', 'before', 'while', 'since']);

/**
 * A single word that matches a small place but stands inside a longer capitalised name
 * ("Brands Hatch", "Faubourg Marigny", "Kasba Bonli") is a part of that other name, not the
 * place. Large places and countries are kept ("Kharkiv Mayor …" keeps Kharkiv by the title).
 *
 *   matches:  "The race at Brands Hatch drew a crowd."
 *   must not: "The race at Hatch drew a crowd."
 */
export const longerName: SuppressionRule = {
  name: 'part of a longer name',
  suppress({ tokens, start, end, demonym, largest }) {
    if (end - start !== 1 || demonym || largest >= 100000) return null;
    const t = tokens[start];
    const next = tokens[end];
    if (next && next.sentence === t.sentence && next.start - t.end <= 1 && isCapitalised(next) && next.type === 'word') {
      const w = lower(next);
      if (!FREE_AFTER.has(w) && !TITLES.has(w) && !ORGANISATION_WORDS.has(w)) return `followed by "${next.text}"`;
    }
    const prev = tokens[start - 1];
    if (prev && prev.sentence === t.sentence && t.start - prev.end <= 1 && isCapitalised(prev) && prev.type === 'word') {
      const first = start - 1 === 0 || tokens[start - 2].sentence !== prev.sentence;
      if (!first && !FREE_BEFORE.has(lower(prev)) && !TITLES.has(lower(prev))) return `preceded by "${prev.text}"`;
    }
    return null;
  },
  examples: {
    surface: 'Hatch',
    matches: ['The race at Brands Hatch drew a crowd.', 'The Hatch Act was passed.'],
    mustNot: ['The race at Hatch drew a crowd.', 'Hatch Mayor John Smith spoke.'],
  },
};
