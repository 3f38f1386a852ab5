/**
 * Geoparsing's own word lists: the words that end an organisation's or a medium's name and the
 * words that follow a unit's. Titles and first names are in the shared lexicon (src/lexicon).
 */

/** Words that end the name of an organisation or a medium ("The Washington Post", "King's College"). */
export const ORGANISATION_WORDS = new Set(
  `post times journal herald tribune gazette telegraph chronicle mail observer examiner inquirer
  courier dispatch bulletin press standard independent guardian express daily weekly magazine
  news radio tv television network broadcasting university college institute school academy
  club fc united rovers corporation corp company co inc ltd llc group party bank council committee
  ministry department agency service services foundation association federation union league
  commission authority airlines airways records studios church cathedral`.split(/\s+/),
);

/** Words that follow the name of a military or police unit ("the Kraken unit"). */
export const UNIT_WORDS = new Set(
  `unit units brigade brigades battalion battalions regiment regiments division divisions squad
  squadron platoon corps detachment branch legion battlegroup special`.split(/\s+/),
);
