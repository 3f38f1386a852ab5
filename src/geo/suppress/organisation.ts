import { ORGANISATION_WORDS } from './lexicon.js';
import { isCapitalised, lower, type SuppressionRule } from './rule.js';

// public bodies named after the country or region they serve
// prettier-ignore
const INSTITUTIONS = new Set(['department', 'ministry', 'university', 'police', 'court', 'government', 'council', 'assembly', 'legislature', 'parliament', 'senate', 'office', 'agency', 'service', 'authority', 'commission', 'committee', 'state']);

// heads of names that end in "of <place>" without naming the place as a location
// prettier-ignore
const HEADS = new Set(['institute', 'secretary', 'ministry', 'minister', 'department', 'study', 'studies', 'council', 'office', 'bank', 'court', 'chamber', 'order']);

/**
 * A place name inside the name of a medium or an organisation is not a toponym of the story:
 * "The Washington Post", "The Moscow Times", "King's College", "Kyiv Independent".
 *
 *   matches:  "The Washington Post reported the advance."
 *   must not: "Talks were held in Washington on Friday."
 */
export const organisation: SuppressionRule = {
  name: 'organisations and media',
  suppress({ tokens, start, end, demonym, largest, candidates }) {
    // "Kenyan Defence Ministry", "Chile's Security Service": a country still names a place
    if (demonym) return null;
    // "Kentucky Department of …", "University of Michigan": a public body names its jurisdiction
    // (a country or a first-level region; an ocean has none: "the Atlantic Council")
    const region =
      largest >= 1e7 && (!candidates || candidates.some((c) => c.place.featureClass === 'A' && c.via === 'name'));
    // "the Institute for the Study of War", "Secretary of State": the name ends an organisation's or a title's
    const of = tokens[start - 1];
    if (of && (of.text === 'of' || of.text === 'for') && of.sentence === tokens[start].sentence) {
      for (let i = start - 2; i >= Math.max(0, start - 6) && tokens[i].sentence === of.sentence; i--) {
        const w = lower(tokens[i]);
        if (region && INSTITUTIONS.has(w)) return null;
        if (ORGANISATION_WORDS.has(w) || HEADS.has(w))
          return `inside the name "${tokens[i].text} … ${tokens[end - 1].text}"`;
        if (!isCapitalised(tokens[i]) && !['of', 'for', 'the', 'and'].includes(w)) break;
      }
    }
    for (let i = end; i < Math.min(tokens.length, end + 3); i++) {
      const t = tokens[i];
      if (t.text === "'s" || t.text === '’s') continue;
      if (!isCapitalised(t) || t.sentence !== tokens[end - 1].sentence) break;
      if (region && INSTITUTIONS.has(lower(t))) return null;
      if (ORGANISATION_WORDS.has(lower(t))) return `part of the name "… ${t.text}"`;
    }
    return null;
  },
  examples: {
    surface: 'Washington|King|Kenyan|Kentucky|Atlantic',
    matches: [
      'The Washington Post reported the advance.',
      "A lecturer at King's College said so.",
      'The Bank of Washington said so.',
      'Analysts at the Atlantic Council said so.',
    ],
    mustNot: [
      'Talks were held in Washington on Friday.',
      'The Kenyan Defence Ministry said so.',
      'The Kentucky Department of Fish and Wildlife said so.',
    ],
  },
};
