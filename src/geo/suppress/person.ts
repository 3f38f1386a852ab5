import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { TITLES } from '../../lexicon/titles.js';
import { isCapitalised, lower, type SuppressionRule } from './rule.js';

// prettier-ignore
const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'argued', 'asked', 'noted', 'replied', 'tweeted', 'insisted', 'recalled']);

/**
 * A name preceded by a first name or a title, possibly with other names between, is a
 * person; so is a surname the article already used for a person, and a first name followed
 * by a capitalised surname.
 *
 *   matches:  "Defense Secretary Lloyd Austin met his counterparts."
 *   must not: "Officials met in Austin on Monday."
 */
export const person: SuppressionRule = {
  name: 'person names',
  suppress({ tokens, start, end, persons, largest, candidates }) {
    let i = start - 1;
    let names = 0;
    while (i >= 0 && isCapitalised(tokens[i]) && tokens[i].sentence === tokens[start].sentence && names < 3) {
      const w = lower(tokens[i]);
      if (FIRST_NAMES.has(w)) return `after the first name "${tokens[i].text}"`;
      if (TITLES.has(w)) return `after the title "${tokens[i].text}"`;
      names++;
      i--;
    }
    if (i >= 0 && TITLES.has(lower(tokens[i])) && names > 0) return `after the title "${tokens[i].text}"`;
    if (
      end - start === 1 &&
      FIRST_NAMES.has(lower(tokens[start])) &&
      isCapitalised(tokens[end]) &&
      tokens[end].pos === 'PROPN'
    ) {
      return 'a first name followed by a surname';
    }
    // a small place's name that is also a first name ("Lucy", "Amber") stands for the person
    // prettier-ignore
    const locative = ['in', 'near', 'at', 'outside', 'from', 'to', 'of'].includes(lower(tokens[start - 1]));
    if (end - start === 1 && largest < 100000 && !locative && FIRST_NAMES.has(lower(tokens[start])))
      return 'a first name';
    // "Walsh said …", "Windsor told reporters": towns rarely speak; capitals, regions and
    // countries do ("Kyiv said", "Moscow told"), for their governments
    const governs = (candidates ?? []).some((c) => /^(PPLC|PPLA|ADM1|PCLI)$/.test(c.place.feature) && c.score >= 0.97);
    if (
      end - start === 1 &&
      (largest < 100000 || (candidates && !governs && largest < 1e6)) &&
      SPEECH.has(lower(tokens[end]))
    )
      return `the subject of "${tokens[end].text}"`;
    const surface = tokens
      .slice(start, end)
      .map((t) => t.text)
      .join(' ');
    const prev = lower(tokens[start - 1]);
    if (persons.has(surface) && !['in', 'near', 'at', 'from', 'to', 'of'].includes(prev)) {
      return 'the surname of a person named earlier';
    }
    return null;
  },
  examples: {
    surface: 'Austin|Lee',
    matches: [
      'Defense Secretary Lloyd Austin met his counterparts.',
      'The analyst Rob Lee wrote that Lee was surprised.',
      'Asked about it, Austin said nothing.',
    ],
    mustNot: ['Officials met in Austin on Monday.'],
  },
};
