import { compoundNounFiles, supersenses } from '../../text/wordnet.js';
import type { Token } from '../../model.js';
import { isCapitalised, lower, type SuppressionRule } from './rule.js';

// WordNet's files for places and for natural objects (seas, rivers): a compound in them names a place
const PLACE_FILES = new Set(['noun.location', 'noun.object']);
// a building or an institution: "the Pentagon", "the Duma" stand for a government
const INSTITUTION_FILES = new Set(['noun.artifact', 'noun.group']);
// prettier-ignore
const LOCATIVE = new Set(['in', 'at', 'inside', 'outside', 'near', 'to', 'from', 'into', 'toward', 'towards']);

const placeLike = (files: readonly string[]) => files.some((f) => PLACE_FILES.has(f));

// "officials at the Pentagon", "a spokesman in the Pentagon": people of the body, not a place
// (a capitalised "Officials" comes from the tagger as a name, its plural unreduced)
const isPerson = (t: Token | undefined): boolean => {
  if (!t) return false;
  const w = (t.lemma ?? t.text).toLowerCase();
  return [w, w.replace(/s$/, ''), w.replace(/es$/, '')].some((x) => supersenses(x, 'noun').includes('noun.person'));
};

/**
 * A name that English uses for a thing or an institution, not a place: a common compound noun
 * ("a Ferris wheel", "a Molotov cocktail", "the White House", which WordNet lists as an artefact or
 * a group and not as a location), and a building standing for the body it houses ("the Pentagon
 * said", "the Duma voted"). WordNet decides; a compound it lists as a location ("New York",
 * "Downing Street") stays a place, and so does a building after a preposition of place ("talks in
 * the Pentagon").
 *
 *   matches:  "A Ferris wheel stood in the park."   "Officials at the White House said so."
 *             "The Duma said the vote would go ahead."   "Officials at the Pentagon declined."
 *   must not: "Officials in New York said so."   "Talks were held in the Pentagon."
 */
export const compoundNoun: SuppressionRule = {
  name: 'common nouns and institutions',
  suppress({ tokens, start, end }) {
    const words = tokens.slice(start, end).map((t) => t.text);
    if (end - start > 1) {
      const files = compoundNounFiles(words);
      if (files.length && !placeLike(files)) return `"${words.join(' ')}" is a common noun (${files[0]})`;
    }
    const next = tokens[end];
    if (
      next &&
      next.sentence === tokens[start].sentence &&
      next.start - tokens[end - 1].end <= 1 &&
      /^\p{L}+$/u.test(next.text)
    ) {
      const files = compoundNounFiles([...words, next.text]);
      if (files.length && !placeLike(files))
        return `part of the common noun "${words.join(' ')} ${next.text}" (${files[0]})`;
    }
    // "the Duma said", "officials at the Pentagon", but not "talks in the Pentagon"
    if (
      end - start === 1 &&
      isCapitalised(tokens[start]) &&
      lower(tokens[start - 1]) === 'the' &&
      (!LOCATIVE.has(lower(tokens[start - 2])) || isPerson(tokens[start - 3]))
    ) {
      const files = supersenses(words[0], 'noun');
      if (files.some((f) => INSTITUTION_FILES.has(f)) && !placeLike(files))
        return `"the ${words[0]}" stands for the body it houses (${files[0]})`;
    }
    return null;
  },
  examples: {
    surface: 'Ferris|White House|Duma|Pentagon|New York',
    matches: [
      'A Ferris wheel stood in the park.',
      'Officials at the White House said so.',
      'The Duma said the vote would go ahead.',
      'Officials at the Pentagon declined to comment.',
    ],
    mustNot: ['Officials in New York said so.', 'Talks were held in the Pentagon.'],
  },
};
