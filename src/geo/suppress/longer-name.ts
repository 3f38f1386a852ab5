import { MONTHS, WEEKDAYS } from '../../lexicon/months.js';
import { TITLES } from '../../lexicon/titles.js';
import { ORGANISATION_WORDS } from './lexicon.js';
import { isEnglishWord } from '../english.js';
import { isCapitalised, lower, type SuppressionRule } from './rule.js';

/**
 * A line in headline case ("Video Shows Town Recapture"): every longer word capitalised, no full
 * stop at its end. There a capital says nothing about a longer name.
 */
const MAX_HEADLINE = 200;

function inHeadline(text: string, at: number): boolean {
  // a headline is short: look no further than MAX_HEADLINE either way (a page on one line stays linear)
  let from = at;
  while (from > 0 && text[from - 1] !== '\n') if (at - --from > MAX_HEADLINE) return false;
  let to = at;
  while (to < text.length && text[to] !== '\n') if (++to - at > MAX_HEADLINE) return false;
  const line = text.slice(from, to).trim();
  if (/[.!?;:]["”’]?$/u.test(line)) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

// words that may follow a place name without making a longer name: "Kharkiv Oblast",
// "Kharkiv Mayor …", "Izium Monday"
const FREE_AFTER = new Set([
  ...`region oblast province governorate krai kray okrug state territory county district raion rayon
  municipality city town village`.split(/\s+/),
  ...[...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()),
]);
// prettier-ignore
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
  suppress({ text, tokens, start, end, demonym, largest }) {
    // a large place keeps its name before a capital ("Kharkiv Mayor …", "US Army"), unless the
    // surface is a short particle of other names ("Um" before "Dukhun" is no alternate name of Qom;
    // an abbreviation in capitals is no particle)
    const surface = tokens[start].text;
    const particle = surface.length < 4 && surface !== surface.toUpperCase();
    if (end - start !== 1 || demonym || (largest >= 100000 && !particle)) return null;
    const t = tokens[start];
    const next = tokens[end];
    if (
      next &&
      next.sentence === t.sentence &&
      next.start - t.end <= 1 &&
      isCapitalised(next) &&
      next.type === 'word'
    ) {
      const w = lower(next);
      // in a headline an ordinary word after the place is capitalised too ("… Balakliya Recapture")
      const headlineWord = isEnglishWord(w) && inHeadline(text, t.start);
      if (!FREE_AFTER.has(w) && !TITLES.has(w) && !ORGANISATION_WORDS.has(w) && !headlineWord)
        return `followed by "${next.text}"`;
    }
    const prev = tokens[start - 1];
    if (
      prev &&
      prev.sentence === t.sentence &&
      t.start - prev.end <= 1 &&
      isCapitalised(prev) &&
      prev.type === 'word'
    ) {
      const first = start - 1 === 0 || tokens[start - 2].sentence !== prev.sentence;
      const headlineWord = isEnglishWord(lower(prev)) && inHeadline(text, t.start);
      if (!first && !FREE_BEFORE.has(lower(prev)) && !TITLES.has(lower(prev)) && !headlineWord)
        return `preceded by "${prev.text}"`;
    }
    return null;
  },
  examples: {
    surface: 'Hatch',
    matches: ['The race at Brands Hatch drew a crowd.', 'The Hatch Act was passed.'],
    mustNot: [
      'The race at Hatch drew a crowd.',
      'Hatch Mayor John Smith spoke.',
      'Troops Enter Hatch Outskirts After Long Siege\nThe army said on Monday it had crossed the river.',
    ],
  },
};
