import { words, type TriggerFamily } from '../family.js';

/**
 * Someone takes a place: "captured", "seized", "took control of", "entered", "conquered", "full
 * control over", "changed hands". Who took it comes from the sentence (or the claimant); the sub_event_type
 * follows from whether the taker is the place's own state forces (see `territorySubEvent` in
 * index.ts).
 *
 *   matches:  "Rebel forces captured the town of Popasna after weeks of fighting."
 *   must not: "Soldiers captured two enemy tank crews near the river." (people, not a place)
 */
const PEOPLE_PASSIVE =
  '(?<!\\b(?:inmates?|prisoners?|suspects?|fugitives?|escapees?|people|men|women|accomplices?|soldiers?|servicem[ae]n|crews?|pilots?|fighters?|mercenar(?:y|ies)|civilians?|journalists?|hostages?|sailors?)\\b[^.;]{0,60}\\b(?:been|were|was|are|is|being|get|got)\\s+)';
/**
 * `verb` with its lookbehind, tried only where the verb starts: `(?=verb)` first matches the same
 * text, and spares the lookbehind's scan of up to 60 characters back at every other position of
 * every sentence (that scan was most of the time the event stage spent in its patterns).
 */
const guarded = (lookbehind: string, verb: string) => `(?=${verb})${lookbehind}${verb}`;

export const captureTerritory: TriggerFamily = {
  name: 'capture-territory',
  event_type: 'Battles',
  sub_event_type: 'Government regains territory',
  triggers: [
    words(
      // people captured or seized ("the two inmates have been captured in X") are no territory
      guarded(PEOPLE_PASSIVE, 'captur(?:ed|es|e|ing)'),
      guarded(PEOPLE_PASSIVE, 'seiz(?:ed|es|e|ing)'),
      'conquer(?:ed|s|ing)',
      'overr?an|overrun',
      // "entered" changes hands only when a force enters ("its units had entered Lyman"), not
      // when migrants or visitors do
      guarded(
        '(?<=\\b(?:troops|forces|army|soldiers|servicemen|units?|brigades?|battalions?|regiments?|fighters|militants|militia\\w*|gunmen|armed\\s+men|rebels|tanks|columns?|marines|paratroopers|commandos|special\\s+forces|mercenaries|guardsmen)\\b[^.;:]{0,60})',
        'entered',
      ),
      '(?:took|taken|taking|take|takes|gained|seized|claimed|established)\\s+(?:full\\s+|complete\\s+)?control\\s+(?:of|over)',
      '(?:full|complete)\\s+control\\s+(?:of|over)',
      // the taker unsaid: from the claimant, else the place's own forces
      'chang(?:ed|es|ing)\\s+hands',
    ),
    // "took Popasna", "have taken the village of Bohorodychne": a capitalised name right after
    // (case matters here, so not through `words`)
    /(?<![\p{L}\p{N}-])(?:[Tt]ook|[Tt]aken|[Tt]akes?|[Tt]aking|TAKES?|TOOK)(?=\s+(?:the\s+)?(?:(?:town|city|village|settlement|locality)\s+of\s+)?\p{Lu})/gu,
  ],
  anchor: 'object',
  territory: true,
  needsPlaceObject: true,
  examples: {
    matches: [
      'Rebel forces captured the town of Popasna after weeks of fighting.',
      'The army said its units had entered Lyman on Saturday.',
      'The brigade claimed full control over the city of Kreminna.',
      'Rebel forces take Popasna after weeks of shelling.',
      'Hroza changed hands twice in September.',
    ],
    rejects: [
      'Soldiers captured two enemy tank crews near the river.',
      'The talks took place in Istanbul on Tuesday.',
      'About 40,000 people have entered Lyman from the east since the spring.',
      'Two escaped inmates and their accomplice have been captured in Lyman, the police said.',
    ],
  },
};
