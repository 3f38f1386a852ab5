import { words, type TriggerFamily } from '../family.js';

/**
 * Someone takes a place: "captured", "seized", "took control of", "entered", "conquered", "full
 * control over", "changed hands". Who took it comes from the sentence (or the claimant); the sub_event_type
 * follows from whether the taker is the place's own state forces (see `territorySubEvent` in
 * index.ts).
 *
 *   matches:  "Russian forces captured the town of Popasna after weeks of fighting."
 *   must not: "Soldiers captured two Russian tank crews near the river." (people, not a place)
 */
export const captureTerritory: TriggerFamily = {
  name: 'capture-territory',
  event_type: 'Battles',
  sub_event_type: 'Government regains territory',
  triggers: [
    words(
      'captur(?:ed|es|e|ing)',
      'seiz(?:ed|es|e|ing)',
      'conquer(?:ed|s|ing)',
      'overr?an|overrun',
      'entered',
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
      'Russian forces captured the town of Popasna after weeks of fighting.',
      'The army said its units had entered Lyman on Saturday.',
      'The brigade claimed full control over the city of Kreminna.',
      'Russian forces take Popasna after weeks of shelling.',
      'Hroza changed hands twice in September.',
    ],
    rejects: ['Soldiers captured two Russian tank crews near the river.', 'The talks took place in Istanbul on Tuesday.'],
  },
};
